package brussels.maillage.focus.trainings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import brussels.maillage.focus.FocusService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors list trainings of the directory's cadastre in a repertoire: add one found with
 * the search of the editor page (with a note), move it, take it out.
 */
@Controller
@RequestMapping("/staff/focus/{id}/trainings")
class FocusTrainingsController {

	private final FocusService focus;

	private final FocusTrainings trainings;

	FocusTrainingsController(FocusService focus, FocusTrainings trainings) {
		this.focus = focus;
		this.trainings = trainings;
	}

	@PostMapping
	String add(@PathVariable UUID id, @Validated @ModelAttribute TrainingEntryForm form, BindingResult errors,
			@RequestParam(required = false) String tq, RedirectAttributes redirect) {
		exists(id);
		String search = (tq != null && !tq.isBlank()) ? "?tq=" + URLEncoder.encode(tq, StandardCharsets.UTF_8) : "";
		if (errors.hasErrors() || !this.trainings.add(id, form.trainingId(), form.note())) {
			redirect.addFlashAttribute("notice", "focus.notice.trainingNotAdded");
			return "redirect:/staff/focus/" + id + search + "#add-training";
		}
		redirect.addFlashAttribute("notice", "focus.notice.trainingAdded");
		return "redirect:/staff/focus/" + id + search + "#trainings";
	}

	@PostMapping("/{entryId}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID entryId, RedirectAttributes redirect) {
		exists(id);
		this.trainings.remove(id, entryId);
		redirect.addFlashAttribute("notice", "focus.notice.trainingRemoved");
		return "redirect:/staff/focus/" + id + "#trainings";
	}

	@PostMapping("/{entryId}/move")
	String move(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam int direction) {
		exists(id);
		this.trainings.move(id, entryId, direction);
		return "redirect:/staff/focus/" + id + "#training-" + entryId;
	}

	private void exists(UUID id) {
		if (this.focus.repertoire(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
