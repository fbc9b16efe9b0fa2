package brussels.maillage.prevention.programmes;

import org.springframework.http.HttpStatus;
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

/**
 * The public list of programmes, and the administrators' pages that add and change them.
 */
@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	private final ProgrammeChecks checks;

	ProgrammeController(ProgrammeService programmes, ProgrammeChecks checks) {
		this.programmes = programmes;
		this.checks = checks;
	}

	@GetMapping("/programmes")
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.all());
		return "prevention/programmes";
	}

	@GetMapping("/admin/programmes")
	String admin(Model model) {
		if (!model.containsAttribute("programmeForm")) {
			model.addAttribute("programmeForm", ProgrammeForm.empty());
		}
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("territories", ProgrammeForm.TERRITORIES);
		return "prevention/programmes-admin";
	}

	@PostMapping("/admin/programmes")
	String add(@Validated @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Programme programme = this.checks.added(form, errors);
		if (programme == null) {
			return admin(model);
		}
		this.programmes.add(programme);
		redirect.addFlashAttribute("notice", "programme.notice.added");
		return "redirect:/admin/programmes";
	}

	@GetMapping("/admin/programmes/{code}")
	String edit(@PathVariable String code, Model model) {
		Programme programme = find(code);
		if (!model.containsAttribute("programmeForm")) {
			model.addAttribute("programmeForm", ProgrammeForm.of(programme));
		}
		model.addAttribute("programme", programme);
		model.addAttribute("territories", ProgrammeForm.TERRITORIES);
		return "prevention/programme-edit";
	}

	@PostMapping("/admin/programmes/{code}")
	String update(@PathVariable String code, @Validated @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Programme programme = find(code);
		Programme changed = ProgrammeChecks.changed(programme, form, errors);
		if (changed == null) {
			return edit(code, model);
		}
		this.programmes.update(changed);
		redirect.addFlashAttribute("notice", "programme.notice.changed");
		return "redirect:/admin/programmes";
	}

	private Programme find(String code) {
		return this.programmes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
