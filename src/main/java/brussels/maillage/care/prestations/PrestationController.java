package brussels.maillage.care.prestations;

import java.time.LocalDate;
import java.util.Locale;

import brussels.maillage.care.cases.CareCase;
import brussels.maillage.care.cases.CaseService;
import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.tariffs.ServiceType;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's prestations: the list, recording one (bad input comes back next to its field,
 * as typed), validating, rejecting or cancelling one.
 */
@Controller
class PrestationController {

	private final PrestationService prestations;

	private final CaseService cases;

	private final PrestationChecks checks;

	PrestationController(PrestationService prestations, CaseService cases, PrestationChecks checks) {
		this.prestations = prestations;
		this.cases = cases;
		this.checks = checks;
	}

	@GetMapping("/staff/care/cases/{id}/prestations")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("form", PrestationForm.empty(this.cases.today()));
		return page(id, model);
	}

	@PostMapping("/staff/care/cases/{id}/prestations")
	String record(@PathVariable long id, @Validated @ModelAttribute("form") PrestationForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		NewPrestation prestation = this.checks.check(id, form, errors);
		if (prestation != null) {
			try {
				this.prestations.record(prestation, user);
				redirect.addFlashAttribute("notice", "care.prestation.recorded");
				return "redirect:/staff/care/cases/" + id + "/prestations";
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return page(id, model);
	}

	@PostMapping("/staff/care/prestations/{id}/status")
	String decide(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Prestation prestation = this.prestations.prestation(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PrestationStatus to = parse(PrestationStatus.class, status);
		RejectReason because = parse(RejectReason.class, reason);
		try {
			if (to == null) {
				throw new Refused("status", "care.form.choice");
			}
			this.prestations.decide(id, to, because);
			redirect.addFlashAttribute("notice", "care.prestation.decided");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("prestationError", refused.messageKey());
		}
		return "redirect:/staff/care/cases/" + prestation.caseId() + "/prestations#prestations";
	}

	private String page(long id, Model model) {
		CareCase careCase = this.cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("careCase", careCase);
		model.addAttribute("prestations", this.prestations.ofCase(id));
		model.addAttribute("providers",
				this.cases.roles(id)
					.stream()
					.map((role) -> new brussels.maillage.care.forms.Choice(String.valueOf(role.providerId()),
							role.providerName()))
					.distinct()
					.toList());
		model.addAttribute("types", ServiceType.values());
		model.addAttribute("reasons", RejectReason.values());
		return "care/prestations";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

}
