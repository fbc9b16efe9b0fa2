package brussels.maillage.plans.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of a plan's actions and their milestones. */
@Controller
class ActionsController {

	private final PlansService plans;

	private final PlanChecks checks;

	private final Clock clock;

	ActionsController(PlansService plans, PlanChecks checks, Clock clock) {
		this.plans = plans;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping("/staff/plans/{planId}/actions/new")
	String newAction(@PathVariable UUID planId, Model model, @AuthenticationPrincipal CurrentUser user) {
		Plan plan = editablePlan(planId, user);
		return form(plan, null, ActionForm.empty(plan), model);
	}

	@PostMapping("/staff/plans/{planId}/actions/new")
	String add(@PathVariable UUID planId, @Validated @ModelAttribute("form") ActionForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Plan plan = editablePlan(planId, user);
		if (!this.checks.action(plan, null, form, errors)) {
			return form(plan, null, form, model);
		}
		UUID id = this.plans.addAction(planId, form.draft(), user.getUsername());
		redirect.addFlashAttribute("notice", "plans.action.saved");
		return "redirect:/staff/plans/actions/" + id;
	}

	@GetMapping("/staff/plans/actions/{id}")
	String action(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		return page(find(id), new MilestoneForm(null, null), model, user);
	}

	@GetMapping("/staff/plans/actions/{id}/edit")
	String edit(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		Action action = find(id);
		return form(editablePlan(action.planId(), user), action, ActionForm.of(action), model);
	}

	@PostMapping("/staff/plans/actions/{id}/edit")
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") ActionForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = find(id);
		Plan plan = editablePlan(action.planId(), user);
		if (!this.checks.action(plan, action, form, errors)) {
			return form(plan, action, form, model);
		}
		this.plans.updateAction(id, form.draft(), user.getUsername());
		redirect.addFlashAttribute("notice", "plans.action.saved");
		return "redirect:/staff/plans/actions/" + id;
	}

	@PostMapping("/staff/plans/actions/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = find(id);
		editablePlan(action.planId(), user);
		this.plans.deleteAction(id);
		redirect.addFlashAttribute("notice", "plans.action.deleted");
		return "redirect:/staff/plans/" + action.planId();
	}

	@PostMapping("/staff/plans/actions/{id}/milestones")
	String addMilestone(@PathVariable UUID id, @Validated @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult errors, Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = find(id);
		editablePlan(action.planId(), user);
		LocalDate day = PlanChecks.milestone(form, errors);
		if (day == null) {
			return page(action, form, model, user);
		}
		this.plans.addMilestone(id, day, form.label());
		redirect.addFlashAttribute("notice", "plans.milestone.added");
		return "redirect:/staff/plans/actions/" + id;
	}

	@PostMapping("/staff/plans/actions/{id}/milestones/{milestoneId}/delete")
	String deleteMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = find(id);
		editablePlan(action.planId(), user);
		this.plans.deleteMilestone(id, milestoneId);
		redirect.addFlashAttribute("notice", "plans.milestone.deleted");
		return "redirect:/staff/plans/actions/" + id;
	}

	private String form(Plan plan, Action action, ActionForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("fields", ActionForm.FIELDS);
		model.addAttribute("objectives", this.plans.objectives());
		model.addAttribute("origins", List.of(Origin.values()));
		model.addAttribute("statuses", List.of(ActionStatus.values()));
		model.addAttribute("teams", Plan.TERRITORIES);
		model.addAttribute("bassins", List.of(TerritoryScope.NORD, TerritoryScope.NORD_EST, TerritoryScope.SUD,
				TerritoryScope.SUD_EST, TerritoryScope.CENTRE_OUEST));
		return "plans/action-form";
	}

	private String page(Action action, MilestoneForm form, Model model, CurrentUser user) {
		Plan plan = this.plans.plan(action.planId()).orElseThrow();
		model.addAttribute("plan", plan);
		model.addAttribute("action", action);
		model.addAttribute("objective",
				(action.objectiveCode() != null) ? this.plans.objective(action.objectiveCode()).orElse(null) : null);
		model.addAttribute("history", this.plans.actionHistory(action.id()));
		model.addAttribute("canEdit", PlansService.canEdit(user, plan.territory()) && plan.status().editable());
		model.addAttribute("milestoneForm", form);
		model.addAttribute("milestoneFields", MilestoneForm.FIELDS);
		model.addAttribute("zone", this.clock.getZone());
		return "plans/action";
	}

	private Action find(UUID id) {
		return this.plans.action(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Plan editablePlan(UUID planId, CurrentUser user) {
		Plan plan = this.plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PlansController.editor(user, plan);
		if (!plan.status().editable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return plan;
	}

}
