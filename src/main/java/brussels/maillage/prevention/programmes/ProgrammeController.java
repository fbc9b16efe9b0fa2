package brussels.maillage.prevention.programmes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public list of programmes, and the administrators' page that adds one. */
@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	ProgrammeController(ProgrammeService programmes) {
		this.programmes = programmes;
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
		if (!errors.hasFieldErrors("code") && this.programmes.codeTaken(form.code())) {
			errors.rejectValue("code", "programme.code.taken");
		}
		LocalDate starts = day(form.startsOn(), "startsOn", errors);
		LocalDate ends = form.endsOn().isEmpty() ? null : day(form.endsOn(), "endsOn", errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.rejectValue("endsOn", "programme.endsOn.beforeStart");
		}
		if (errors.hasErrors()) {
			return admin(model);
		}
		this.programmes.add(new Programme(UUID.randomUUID(), form.code(),
				LocalizedText.of(form.nameFr(), form.nameNl(), form.nameEn()), form.territories(), starts, ends));
		redirect.addFlashAttribute("notice", "programme.notice.added");
		return "redirect:/admin/programmes";
	}

	private static LocalDate day(String value, String field, BindingResult errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "prevention.session.heldOn.invalid");
			return null;
		}
	}

}
