package brussels.maillage.indicators.colddata;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The imported datasets of cold data and the CSV import with its dry run. */
@Controller
class ColdDataController {

	private static final String BASE = "/staff/indicators/cold-data";

	private final ColdDataRepository datasets;

	private final ColdDataImport imports;

	private final Clock clock;

	ColdDataController(ColdDataRepository datasets, ColdDataImport imports, Clock clock) {
		this.datasets = datasets;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("coldForm", ColdDataForm.empty(LocalDate.now(this.clock).getYear() - 1));
		return page(model);
	}

	@PostMapping(BASE)
	String upload(@Validated @ModelAttribute("coldForm") ColdDataForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = ColdDataChecks.file(file, errors);
		if (errors.hasErrors()) {
			model.addAttribute("fileError", content == null);
			return page(model);
		}
		ColdDataImport.Outcome outcome = this.imports.importFile(form.command(), content, form.dryRun(), user.email());
		if (outcome.written()) {
			redirect.addFlashAttribute("notice", "indicators.cold.imported");
			redirect.addFlashAttribute("noticeArgument", outcome.values());
			return "redirect:" + BASE;
		}
		model.addAttribute("outcome", outcome);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("datasets", this.datasets.all());
		return "indicators/cold-data";
	}

}
