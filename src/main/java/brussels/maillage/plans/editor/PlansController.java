package brussels.maillage.plans.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Objective;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlanRefused;
import brussels.maillage.plans.plan.PlanStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the plans: the list by year, a plan with its actions, its status. */
@Controller
class PlansController {

	private final PlansService plans;

	private final PlanChecks checks;

	private final Clock clock;

	PlansController(PlansService plans, PlanChecks checks, Clock clock) {
		this.plans = plans;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping("/staff/plans")
	String list(@RequestParam(required = false) Integer year, Model model, @AuthenticationPrincipal CurrentUser user) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		return list(shown, new NewPlanForm(null, Integer.toString(shown)), model, user);
	}

	@PostMapping("/staff/plans")
	String create(@Validated @ModelAttribute("form") NewPlanForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser user) {
		boolean ok = this.checks.newPlan(form, user, errors);
		int year = (!errors.hasFieldErrors("year") && !form.year().isBlank()) ? Integer.parseInt(form.year())
				: LocalDate.now(this.clock).getYear();
		if (!ok) {
			return list(year, form, model, user);
		}
		UUID id = this.plans.createPlan(TerritoryScope.valueOf(form.territory()), year, user.getUsername());
		return "redirect:/staff/plans/" + id;
	}

	private String list(int year, NewPlanForm form, Model model, CurrentUser user) {
		Map<TerritoryScope, Plan> byTerritory = this.plans.plans(year)
			.stream()
			.collect(Collectors.toMap(Plan::territory, Function.identity()));
		model.addAttribute("year", year);
		model.addAttribute("years", years(year));
		model.addAttribute("territories", Plan.TERRITORIES);
		model.addAttribute("byTerritory", byTerritory);
		model.addAttribute("editable", Plan.TERRITORIES.stream().filter((t) -> PlansService.canEdit(user, t)).toList());
		model.addAttribute("form", form);
		model.addAttribute("fields", NewPlanForm.FIELDS);
		return "plans/list";
	}

	private List<Integer> years(int shown) {
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		years.addAll(this.plans.years());
		years.add(shown);
		years.add(LocalDate.now(this.clock).getYear());
		return List.copyOf(years);
	}

	@GetMapping("/staff/plans/{id}")
	String plan(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		return plan(find(id), StatusForm.empty(), model, user);
	}

	@PostMapping("/staff/plans/{id}/status")
	String status(@PathVariable UUID id, @Validated @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Plan plan = find(id);
		editor(user, plan);
		if (!PlanChecks.status(form, errors)) {
			return plan(plan, form, model, user);
		}
		try {
			this.plans.changeStatus(id, PlanStatus.valueOf(form.status()),
					ActionForm.blank(form.meetingId()) ? null : UUID.fromString(form.meetingId()), form.decisionText(),
					ActionForm.blank(form.decidedOn()) ? null : LocalDate.parse(form.decidedOn()), form.note(),
					user.getUsername());
			redirect.addFlashAttribute("notice", "plans.status.changed");
		}
		catch (PlanRefused ex) {
			if (PlanChecks.meetingRefused(ex, errors)) {
				return plan(plan, form, model, user);
			}
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/plans/" + id;
	}

	private String plan(Plan plan, StatusForm form, Model model, CurrentUser user) {
		model.addAttribute("plan", plan);
		model.addAttribute("actions", this.plans.actions(plan.id()));
		model.addAttribute("objectives",
				this.plans.objectives().stream().collect(Collectors.toMap(Objective::code, Function.identity())));
		model.addAttribute("history", this.plans.history(plan.id()));
		model.addAttribute("canEdit", PlansService.canEdit(user, plan.territory()) && plan.status().editable());
		model.addAttribute("canChangeStatus", PlansService.canEdit(user, plan.territory()));
		model.addAttribute("statusForm", form);
		model.addAttribute("statusFields", StatusForm.FIELDS);
		model.addAttribute("zone", this.clock.getZone());
		return "plans/plan";
	}

	private Plan find(UUID id) {
		return this.plans.plan(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static void editor(CurrentUser user, Plan plan) {
		if (!PlansService.canEdit(user, plan.territory())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
