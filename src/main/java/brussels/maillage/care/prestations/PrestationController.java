package brussels.maillage.care.prestations;

import java.time.LocalDate;
import java.util.Locale;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.forms.CareRefused;
import brussels.maillage.care.cases.CareCase;
import brussels.maillage.care.cases.CaseService;
import brussels.maillage.identity.CurrentUser;

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

	PrestationController(PrestationService prestations, CaseService cases) {
		this.prestations = prestations;
		this.cases = cases;
	}

	@GetMapping("/staff/care/cases/{id}/prestations")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("form", PrestationForm.empty(this.cases.today()));
		return page(id, model);
	}

	@PostMapping("/staff/care/cases/{id}/prestations")
	String record(@PathVariable long id, @Validated @ModelAttribute("form") PrestationForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Long provider = CareInput.id(form.provider(), "provider", errors);
		ServiceType type = CareInput.choice(ServiceType.class, form.serviceType(), "serviceType", errors);
		LocalDate day = CareInput.date(form.performedOn(), "performedOn", errors, this.cases.today());
		Integer units = units(form.units(), errors);
		if (!errors.hasErrors()) {
			try {
				this.prestations.record(new NewPrestation(id, provider, type, day, units), user);
				redirect.addFlashAttribute("notice", "care.prestation.recorded");
				return "redirect:/staff/care/cases/" + id + "/prestations";
			}
			catch (CareRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
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
				throw new CareRefused("status", "care.form.choice");
			}
			this.prestations.decide(id, to, because);
			redirect.addFlashAttribute("notice", "care.prestation.decided");
		}
		catch (CareRefused refused) {
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

	/** A number of units as typed: a whole number from 1 to 99. */
	static Integer units(String typed, Errors errors) {
		if (errors.hasFieldErrors("units")) {
			return null;
		}
		String value = (typed != null) ? typed.strip() : "";
		if (value.matches("-\\s*\\d+([.,]\\d+)?")) {
			errors.rejectValue("units", "care.prestation.units.negative");
			return null;
		}
		if (!value.matches("\\d{1,6}")) {
			errors.rejectValue("units", "care.prestation.units.invalid");
			return null;
		}
		int units = Integer.parseInt(value);
		if (units == 0) {
			errors.rejectValue("units", "care.prestation.units.zero");
			return null;
		}
		if (units > 99) {
			errors.rejectValue("units", "care.prestation.units.tooMany");
			return null;
		}
		return units;
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
