package brussels.maillage.plans.editor;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.plans.plan.PlansService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strategic and operational objectives; coordinators add and rename them. */
@Controller
class ObjectivesController {

	private final PlansService plans;

	private final PlanChecks checks;

	ObjectivesController(PlansService plans, PlanChecks checks) {
		this.plans = plans;
		this.checks = checks;
	}

	@GetMapping("/staff/plans/objectives")
	String objectives(@RequestParam(required = false) String code, Model model,
			@AuthenticationPrincipal CurrentUser user) {
		ObjectiveForm form = (code != null) ? this.plans.objective(code)
			.map((o) -> new ObjectiveForm(o.code(), o.parentCode(), o.titleFr(), o.titleNl(),
					Integer.toString(o.position())))
			.orElse(ObjectiveForm.empty()) : ObjectiveForm.empty();
		return page(form, model, user);
	}

	@PostMapping("/staff/plans/objectives")
	String save(@Validated @ModelAttribute("form") ObjectiveForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!this.checks.objective(form, errors)) {
			return page(form, model, user);
		}
		this.plans.saveObjective(form.objective());
		redirect.addFlashAttribute("notice", "plans.objective.saved");
		return "redirect:/staff/plans/objectives";
	}

	private String page(ObjectiveForm form, Model model, CurrentUser user) {
		model.addAttribute("objectives", this.plans.objectives());
		model.addAttribute("form", form);
		model.addAttribute("fields", ObjectiveForm.FIELDS);
		model.addAttribute("canEdit", user.has(Role.COORDINATOR));
		return "plans/objectives";
	}

}
