package brussels.maillage.plans.editor;

import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.Deliverable;
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

/** Staff pages of an action's deliverables. */
@Controller
class DeliverablesController {

	private final PlansService plans;

	private final PlanChecks checks;

	DeliverablesController(PlansService plans, PlanChecks checks) {
		this.plans = plans;
		this.checks = checks;
	}

	@GetMapping("/staff/plans/actions/{actionId}/deliverables/new")
	String newDeliverable(@PathVariable UUID actionId, Model model, @AuthenticationPrincipal CurrentUser user) {
		Action action = editableAction(actionId, user);
		return form(action, null, DeliverableForm.empty(), model);
	}

	@PostMapping("/staff/plans/actions/{actionId}/deliverables/new")
	String add(@PathVariable UUID actionId, @Validated @ModelAttribute("form") DeliverableForm form,
			BindingResult errors, Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = editableAction(actionId, user);
		if (!this.checks.deliverable(form, errors)) {
			return form(action, null, form, model);
		}
		this.plans.addDeliverable(actionId, form.deliverable(null));
		redirect.addFlashAttribute("notice", "plans.deliverable.saved");
		return "redirect:/staff/plans/actions/" + actionId;
	}

	@GetMapping("/staff/plans/deliverables/{id}/edit")
	String edit(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		Action action = ofDeliverable(id, user);
		Deliverable deliverable = action.deliverables()
			.stream()
			.filter((d) -> d.id().equals(id))
			.findFirst()
			.orElseThrow();
		return form(action, id, DeliverableForm.of(deliverable), model);
	}

	@PostMapping("/staff/plans/deliverables/{id}/edit")
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") DeliverableForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = ofDeliverable(id, user);
		if (!this.checks.deliverable(form, errors)) {
			return form(action, id, form, model);
		}
		this.plans.updateDeliverable(form.deliverable(id));
		redirect.addFlashAttribute("notice", "plans.deliverable.saved");
		return "redirect:/staff/plans/actions/" + action.id();
	}

	@PostMapping("/staff/plans/deliverables/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Action action = ofDeliverable(id, user);
		this.plans.deleteDeliverable(id);
		redirect.addFlashAttribute("notice", "plans.deliverable.deleted");
		return "redirect:/staff/plans/actions/" + action.id();
	}

	private String form(Action action, UUID deliverableId, DeliverableForm form, Model model) {
		model.addAttribute("plan", this.plans.plan(action.planId()).orElseThrow());
		model.addAttribute("action", action);
		model.addAttribute("deliverableId", deliverableId);
		model.addAttribute("form", form);
		model.addAttribute("fields", DeliverableForm.FIELDS);
		return "plans/deliverable-form";
	}

	private Action ofDeliverable(UUID id, CurrentUser user) {
		Action action = this.plans.actionOfDeliverable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return editableAction(action.id(), user);
	}

	private Action editableAction(UUID actionId, CurrentUser user) {
		Action action = this.plans.action(actionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Plan plan = this.plans.plan(action.planId()).orElseThrow();
		PlansController.editor(user, plan);
		if (!plan.status().editable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return action;
	}

}
