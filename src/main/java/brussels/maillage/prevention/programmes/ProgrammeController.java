package brussels.maillage.prevention.programmes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

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
		Programme programme = read(UUID.randomUUID(), form.code(), form, errors);
		if (errors.hasErrors()) {
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
		Programme changed = read(programme.id(), programme.code(), form, errors);
		if (errors.hasErrors()) {
			return edit(code, model);
		}
		this.programmes.update(changed);
		redirect.addFlashAttribute("notice", "programme.notice.changed");
		return "redirect:/admin/programmes";
	}

	private Programme find(String code) {
		return this.programmes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The programme the form describes (code and id given), with the rules of its dates.
	 */
	private static Programme read(UUID id, String code, ProgrammeForm form, BindingResult errors) {
		LocalDate starts = day(form.startsOn(), "startsOn", errors);
		LocalDate ends = form.endsOn().isEmpty() ? null : day(form.endsOn(), "endsOn", errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.rejectValue("endsOn", "programme.endsOn.beforeStart");
		}
		return errors.hasErrors() ? null : new Programme(id, code,
				LocalizedText.of(form.nameFr(), form.nameNl(), form.nameEn()), form.territories(), starts, ends);
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
