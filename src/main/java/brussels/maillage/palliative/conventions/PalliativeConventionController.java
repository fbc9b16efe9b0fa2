package brussels.maillage.palliative.conventions;

import java.io.IOException;
import java.util.List;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.forms.Refused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final ConventionChecks checks;

	PalliativeConventionController(ConventionService conventions, ConventionPage page, ConventionChecks checks) {
		this.conventions = conventions;
		this.page = page;
		this.checks = checks;
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
		ConventionChecks.Identification identification = this.checks.identification(form, errors);
		if (identification != null) {
			try {
				long id = this.conventions.identify(identification.organization(), form.institutionKind(),
						form.templateVersion(), identification.on(), user);
				redirect.addFlashAttribute("notice", "palliative.convention.identified");
				return "redirect:/staff/palliative/conventions/" + id;
			}
			catch (Refused refused) {
				ConventionChecks.refused(refused, errors);
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
		ConventionChecks.Step step = this.checks.step(form, errors);
		if (step != null) {
			try {
				byte[] bytes = (pdf != null && !pdf.isEmpty()) ? pdf.getBytes() : null;
				String name = (pdf != null && !pdf.isEmpty()) ? pdf.getOriginalFilename() : null;
				this.conventions.advance(id, step.status(), step.on(), blankToNull(form.signatories()),
						step.validUntil(), bytes, (name != null && name.length() > 200) ? name.substring(0, 200) : name,
						user);
				redirect.addFlashAttribute("notice", "palliative.convention.stepSaved");
				return "redirect:/staff/palliative/conventions/" + id;
			}
			catch (Refused refused) {
				if ("pdf".equals(refused.field())) {
					model.addAttribute("pdfError", refused.messageKey());
				}
				ConventionChecks.refused(refused, errors);
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
		model.addAttribute("coverage", this.conventions.figures(year, TerritoryScope.BASSIN_CODES));
		return "palliative/conventions";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
