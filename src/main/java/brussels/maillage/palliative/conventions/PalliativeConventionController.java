package brussels.maillage.palliative.conventions;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.palliative.figures.PalliativeFigures;
import brussels.maillage.palliative.forms.PalliativeRefused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The palliative team's conventions with nursing homes: the list with the coverage of
 * each bassin and the renewals due, a new convention, one convention with its dated
 * steps, and the signed PDF.
 */
@Controller
class PalliativeConventionController {

	static final List<String> KINDS = List.of("MR", "MRS", "MR_MRS");

	private final ConventionService conventions;

	private final ConventionPage page;

	PalliativeConventionController(ConventionService conventions, ConventionPage page) {
		this.conventions = conventions;
		this.page = page;
	}

	@GetMapping("/staff/palliative/conventions")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ConventionForm("", "MR_MRS", "2024-1", this.conventions.today().toString()));
		}
		return listPage(model);
	}

	@PostMapping("/staff/palliative/conventions")
	String identify(@Validated @ModelAttribute("form") ConventionForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("institutionKind")
				&& (form.institutionKind() == null || !KINDS.contains(form.institutionKind()))) {
			errors.rejectValue("institutionKind", "palliative.form.choice");
		}
		UUID organization = null;
		if (!errors.hasFieldErrors("organization")) {
			try {
				organization = UUID.fromString(form.organization());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("organization", "palliative.form.choice");
			}
		}
		LocalDate on = date(form.identifiedOn(), "identifiedOn", errors);
		if (!errors.hasErrors()) {
			try {
				long id = this.conventions.identify(organization, form.institutionKind(), form.templateVersion(), on,
						user);
				redirect.addFlashAttribute("notice", "palliative.convention.identified");
				return "redirect:/staff/palliative/conventions/" + id;
			}
			catch (PalliativeRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return listPage(model);
	}

	@GetMapping("/staff/palliative/conventions/{id}")
	String show(@PathVariable long id, Model model) {
		return this.page.render(id, model);
	}

	@PostMapping("/staff/palliative/conventions/{id}/steps")
	String step(@PathVariable long id, @Validated @ModelAttribute("stepForm") StepForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile pdf, Model model, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		ConventionStatus status = null;
		if (!errors.hasFieldErrors("status")) {
			try {
				status = ConventionStatus.valueOf(form.status());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("status", "palliative.form.choice");
			}
		}
		LocalDate on = date(form.stepOn(), "stepOn", errors);
		LocalDate validUntil = null;
		if (form.validUntil() != null && !form.validUntil().isBlank()) {
			validUntil = parse(form.validUntil(), "validUntil", errors);
		}
		if (!errors.hasErrors()) {
			try {
				byte[] bytes = (pdf != null && !pdf.isEmpty()) ? pdf.getBytes() : null;
				String name = (pdf != null && !pdf.isEmpty()) ? pdf.getOriginalFilename() : null;
				this.conventions.advance(id, status, on, blankToNull(form.signatories()), validUntil, bytes,
						(name != null && name.length() > 200) ? name.substring(0, 200) : name, user);
				redirect.addFlashAttribute("notice", "palliative.convention.stepSaved");
				return "redirect:/staff/palliative/conventions/" + id;
			}
			catch (PalliativeRefused refused) {
				if ("pdf".equals(refused.field())) {
					model.addAttribute("pdfError", refused.messageKey());
					errors.reject(refused.messageKey());
				}
				else {
					errors.rejectValue(refused.field(), refused.messageKey());
				}
			}
		}
		return this.page.render(id, model);
	}

	@GetMapping("/staff/palliative/conventions/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Convention convention = this.conventions.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] pdf = this.conventions.pdf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("convention-" + id + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body((convention.pdfName() != null) ? pdf : pdf);
	}

	private String listPage(Model model) {
		int year = this.conventions.today().getYear();
		model.addAttribute("conventions", this.conventions.all());
		model.addAttribute("homes", this.conventions.nursingHomes());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("due", this.conventions.dueForRenewal());
		model.addAttribute("year", year);
		model.addAttribute("coverage", this.conventions.figures(year, PalliativeFigures.BASSINS));
		return "palliative/conventions";
	}

	private LocalDate date(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		LocalDate day = parse(value, field, errors);
		if (day != null && day.isAfter(this.conventions.today())) {
			errors.rejectValue(field, "palliative.form.date.future");
			return null;
		}
		return day;
	}

	private static LocalDate parse(String value, String field, Errors errors) {
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000 || day.getYear() > 2200) {
				errors.rejectValue(field, "palliative.form.date.tooOld");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "palliative.form.date.invalid");
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
