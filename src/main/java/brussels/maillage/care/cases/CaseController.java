package brussels.maillage.care.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

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

/**
 * The team's pages of cases: the list of codes, a new case, one case with its status
 * history and the providers' roles. Addresses carry the internal id, never the code. The
 * {@code CareAccess} gate has already turned away anyone outside the team.
 */
@Controller
class CaseController {

	private final CaseService cases;

	private final CasePages pages;

	private final CaseChecks checks;

	CaseController(CaseService cases, CasePages pages, CaseChecks checks) {
		this.cases = cases;
		this.pages = pages;
		this.checks = checks;
	}

	@GetMapping("/staff/care")
	String home() {
		return "redirect:/staff/care/cases";
	}

	@GetMapping("/staff/care/cases")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String bassin,
			Model model) {
		CaseStatus chosen = Arrays.stream(CaseStatus.values())
			.filter((value) -> value.name().equals(status))
			.findFirst()
			.orElse(null);
		String chosenBassin = (bassin != null && CareInput.BASSINS.contains(bassin)) ? bassin : null;
		model.addAttribute("cases", this.cases.list(chosen, chosenBassin));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("bassins", CareInput.BASSINS);
		model.addAttribute("chosenStatus", chosen);
		model.addAttribute("chosenBassin", chosenBassin);
		return "care/cases";
	}

	@GetMapping("/staff/care/cases/new")
	String newCase(Model model, Locale locale) {
		model.addAttribute("form", CaseForm.empty(this.cases.today()));
		return form(model, locale);
	}

	@PostMapping("/staff/care/cases")
	String open(@Validated @ModelAttribute("form") CaseForm form, BindingResult errors, Model model, Locale locale,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		NewCase careCase = this.checks.open(form, errors);
		if (careCase == null) {
			return form(model, locale);
		}
		long id = this.cases.open(careCase, user);
		redirect.addFlashAttribute("notice", "care.case.opened");
		return "redirect:/staff/care/cases/" + id;
	}

	@GetMapping("/staff/care/cases/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		return this.pages.casePage(id, model, locale);
	}

	@PostMapping("/staff/care/cases/{id}/status")
	String changeStatus(@PathVariable long id, @Validated @ModelAttribute("statusForm") CaseStatusForm form,
			BindingResult errors, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		LocalDate on = this.checks.statusStep(form, errors);
		if (on != null) {
			try {
				this.cases.changeStatus(id, form.chosenStatus(), form.chosenClosure(), on, user);
				redirect.addFlashAttribute("notice", "care.case.statusChanged");
				return "redirect:/staff/care/cases/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return this.pages.casePage(id, model, locale);
	}

	@PostMapping("/staff/care/cases/{id}/roles")
	String addRole(@PathVariable long id, @Validated @ModelAttribute("roleForm") RoleForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		LocalDate startsOn = this.checks.role(form, errors);
		if (startsOn != null) {
			try {
				this.cases.addRole(id, form.providerId(), form.chosenRole(), startsOn);
				redirect.addFlashAttribute("notice", "care.role.added");
				return "redirect:/staff/care/cases/" + id + "#roles";
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return this.pages.casePage(id, model, locale);
	}

	@PostMapping("/staff/care/cases/{id}/roles/{roleId}/end")
	String endRole(@PathVariable long id, @PathVariable long roleId, @RequestParam(required = false) String endsOn,
			RedirectAttributes redirect) {
		try {
			LocalDate day = LocalDate.parse((endsOn != null) ? endsOn.strip() : "");
			this.cases.endRole(id, roleId, day);
			redirect.addFlashAttribute("notice", "care.role.ended");
		}
		catch (java.time.DateTimeException ex) {
			redirect.addFlashAttribute("roleError", "care.form.date.invalid");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("roleError", refused.messageKey());
		}
		return "redirect:/staff/care/cases/" + id + "#roles";
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("programmes", this.cases.programmes(locale));
		model.addAttribute("bassins", CareInput.BASSINS);
		return "care/case-form";
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
