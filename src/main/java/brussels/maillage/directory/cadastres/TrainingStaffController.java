package brussels.maillage.directory.cadastres;

import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of the cadastre of trainings: the list with its search, add, change,
 * remove.
 */
@Controller
class TrainingStaffController {

	private final TrainingService trainings;

	TrainingStaffController(TrainingService trainings) {
		this.trainings = trainings;
	}

	@GetMapping("/staff/repertoire/formations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String language, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String free, Locale locale, Model model) {
		TrainingFilter filter = TrainingFilter.of(q, theme, language, audience, free);
		if (!model.containsAttribute("trainingForm")) {
			model.addAttribute("trainingForm", TrainingForm.empty());
		}
		TrainingController.filterModel(filter, locale, model, this.trainings);
		model.addAttribute("trainings", this.trainings.find(filter));
		model.addAttribute("organizationNames", this.trainings.organizationNames());
		return "directory/cadastres/trainings-staff";
	}

	@PostMapping("/staff/repertoire/formations")
	String add(@Validated @ModelAttribute("trainingForm") TrainingForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		Training training = this.trainings.read(UUID.randomUUID(), form, errors);
		if (errors.hasErrors()) {
			return list(null, null, null, null, null, locale, model);
		}
		this.trainings.add(training, user.email());
		redirect.addFlashAttribute("notice", "cadastre.training.notice.added");
		return "redirect:/staff/repertoire/formations";
	}

	@GetMapping("/staff/repertoire/formations/{id}")
	String edit(@PathVariable String id, Locale locale, Model model) {
		Training training = find(id);
		if (!model.containsAttribute("trainingForm")) {
			model.addAttribute("trainingForm", TrainingForm.of(training));
		}
		model.addAttribute("training", training);
		model.addAttribute("themeLabels", TrainingController.themeLabels(this.trainings, locale));
		model.addAttribute("audiences", Training.Audience.values());
		model.addAttribute("trainingLanguages", TrainingForm.LANGUAGES);
		model.addAttribute("organizationNames", this.trainings.organizationNames());
		return "directory/cadastres/training-edit";
	}

	@PostMapping("/staff/repertoire/formations/{id}")
	String change(@PathVariable String id, @Validated @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
		Training training = this.trainings.read(find(id).id(), form, errors);
		if (errors.hasErrors()) {
			return edit(id, locale, model);
		}
		this.trainings.change(training);
		redirect.addFlashAttribute("notice", "cadastre.training.notice.changed");
		return "redirect:/staff/repertoire/formations";
	}

	@PostMapping("/staff/repertoire/formations/{id}/delete")
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		if (this.trainings.remove(find(id).id())) {
			redirect.addFlashAttribute("notice", "cadastre.training.notice.removed");
		}
		return "redirect:/staff/repertoire/formations";
	}

	private Training find(String id) {
		try {
			return this.trainings.training(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
