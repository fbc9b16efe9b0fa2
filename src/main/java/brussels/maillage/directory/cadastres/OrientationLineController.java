package brussels.maillage.directory.cadastres;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of the mapping of orientation lines: the lines with the counts ("40
 * lines listed, 21 met"), listing a line, and each line's page recording its next step.
 */
@Controller
class OrientationLineController {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final OrientationLineService lines;

	private final Clock clock;

	OrientationLineController(OrientationLineService lines, Clock clock) {
		this.lines = lines;
		this.clock = clock;
	}

	@GetMapping("/staff/repertoire/lignes")
	String list(Model model) {
		if (!model.containsAttribute("lineForm")) {
			model.addAttribute("lineForm", LineForm.empty());
		}
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("counts", this.lines.counts(today()));
		model.addAttribute("organizationNames", this.lines.organizationNames());
		return "directory/cadastres/lines-staff";
	}

	@PostMapping("/staff/repertoire/lignes")
	String add(@Validated @ModelAttribute("lineForm") LineForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		OrientationLine line = this.lines.read(form, today(), errors);
		if (errors.hasErrors()) {
			return list(model);
		}
		this.lines.add(line, user.email());
		redirect.addFlashAttribute("notice", "cadastre.line.notice.listed");
		return "redirect:/staff/repertoire/lignes";
	}

	@GetMapping("/staff/repertoire/lignes/{id}")
	String line(@PathVariable String id, Model model) {
		OrientationLine line = find(id);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm(""));
		}
		model.addAttribute("line", line);
		return "directory/cadastres/line";
	}

	@PostMapping("/staff/repertoire/lignes/{id}")
	String step(@PathVariable String id, @Validated @ModelAttribute("stepForm") StepForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OrientationLine line = find(id);
		if (!errors.hasErrors()) {
			this.lines.step(line, form, today(), errors);
		}
		if (errors.hasErrors()) {
			return line(id, model);
		}
		redirect.addFlashAttribute("notice", "cadastre.line.notice.step");
		return "redirect:/staff/repertoire/lignes";
	}

	private OrientationLine find(String id) {
		try {
			return this.lines.line(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(BRUSSELS));
	}

}
