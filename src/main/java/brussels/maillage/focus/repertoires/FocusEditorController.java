package brussels.maillage.focus.repertoires;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors (staff) build repertoires: address, titles and introductions, sections, the
 * services found in the directory with a note, then publish.
 */
@Controller
@RequestMapping("/staff/focus")
class FocusEditorController {

	private static final int RESULTS = 10;

	private final FocusService focus;

	private final DirectoryService directory;

	private final MessageSource messages;

	private final FocusTrainings trainings;

	private final RepertoireChecks checks;

	FocusEditorController(FocusService focus, DirectoryService directory, MessageSource messages,
			FocusTrainings trainings, RepertoireChecks checks) {
		this.focus = focus;
		this.trainings = trainings;
		this.directory = directory;
		this.messages = messages;
		this.checks = checks;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("repertoires", this.focus.all().stream().map(this.focus::view).toList());
		return "focus/staff-list";
	}

	@GetMapping("/new")
	String newRepertoire(Model model) {
		model.addAttribute("form", RepertoireForm.empty());
		model.addAttribute("repertoire", null);
		return "focus/form";
	}

	@PostMapping("/new")
	String create(@Validated @ModelAttribute("form") RepertoireForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!this.checks.repertoire(form, null, errors)) {
			model.addAttribute("repertoire", null);
			return "focus/form";
		}
		UUID id = this.focus.create(form.slug(), form.title(), form.introduction(),
				(user != null) ? user.email() : "system");
		redirect.addFlashAttribute("notice", "focus.notice.created");
		return "redirect:/staff/focus/" + id;
	}

	@GetMapping("/{id}/details")
	String details(@PathVariable UUID id, Model model) {
		Repertoire repertoire = repertoire(id);
		model.addAttribute("form", RepertoireForm.of(repertoire));
		model.addAttribute("repertoire", repertoire);
		return "focus/form";
	}

	@PostMapping("/{id}/details")
	String saveDetails(@PathVariable UUID id, @Validated @ModelAttribute("form") RepertoireForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Repertoire repertoire = repertoire(id);
		if (!this.checks.repertoire(form, id, errors)) {
			model.addAttribute("repertoire", repertoire);
			return "focus/form";
		}
		this.focus.update(id, form.slug(), form.title(), form.introduction());
		redirect.addFlashAttribute("notice", "focus.notice.saved");
		return "redirect:/staff/focus/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tq, Model model, Locale locale) {
		Repertoire repertoire = repertoire(id);
		if (!model.containsAttribute("sectionForm")) {
			model.addAttribute("sectionForm", SectionForm.empty());
		}
		String trainingQuery = (tq != null) ? tq.strip() : "";
		model.addAttribute("tq", trainingQuery);
		model.addAttribute("trainingResults", trainingQuery.isEmpty() ? null : this.trainings.search(trainingQuery));
		return editPage(repertoire, q, model, locale);
	}

	private String editPage(Repertoire repertoire, String q, Model model, Locale locale) {
		model.addAttribute("repertoire", repertoire);
		model.addAttribute("view", this.focus.view(repertoire));
		model.addAttribute("problems", this.focus.publicationProblems(repertoire));
		model.addAttribute("levels", AreaLevel.values());
		model.addAttribute("events", this.focus.linkableEvents());
		model.addAttribute("text", new FocusText(locale));
		String query = (q != null) ? q.strip() : "";
		model.addAttribute("q", query);
		model.addAttribute("results", query.isEmpty() ? null : this.directory
			.search(new SearchQuery(query, null, null, false, null, Place.NOWHERE, null, null, 0, RESULTS)));
		return "focus/edit";
	}

	@PostMapping("/{id}/sections")
	String addSection(@PathVariable UUID id, @Validated @ModelAttribute("sectionForm") SectionForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Repertoire repertoire = repertoire(id);
		if (!RepertoireChecks.section(form, errors)) {
			return editPage(repertoire, null, model, locale);
		}
		LocalizedText title = form.title();
		if (title.isEmpty()) {
			title = LocalizedText.of(levelTitle(form.chosenLevel(), "fr"), levelTitle(form.chosenLevel(), "nl"),
					levelTitle(form.chosenLevel(), "en"));
		}
		this.focus.addSection(id, title, form.chosenLevel());
		redirect.addFlashAttribute("notice", "focus.notice.sectionAdded");
		return "redirect:/staff/focus/" + id + "#sections";
	}

	private String levelTitle(AreaLevel level, String language) {
		return this.messages.getMessage("focus.level.title." + level, null, Locale.of(language));
	}

	@PostMapping("/{id}/sections/{sectionId}/delete")
	String removeSection(@PathVariable UUID id, @PathVariable UUID sectionId, RedirectAttributes redirect) {
		repertoire(id);
		this.focus.removeSection(id, sectionId);
		redirect.addFlashAttribute("notice", "focus.notice.sectionRemoved");
		return "redirect:/staff/focus/" + id + "#sections";
	}

	@PostMapping("/{id}/services")
	String addService(@PathVariable UUID id, @Validated @ModelAttribute EntryForm form, BindingResult errors,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		repertoire(id);
		if (errors.hasErrors() || !this.focus.addService(id, form.sectionId(), form.serviceId(), form.note())) {
			redirect.addFlashAttribute("notice", "focus.notice.serviceNotAdded");
			return "redirect:/staff/focus/" + id + ((q != null) ? "?q=" + encode(q) : "") + "#add";
		}
		redirect.addFlashAttribute("notice", "focus.notice.serviceAdded");
		return "redirect:/staff/focus/" + id + ((q != null) ? "?q=" + encode(q) : "") + "#sections";
	}

	private static String encode(String q) {
		return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
	}

	@PostMapping("/{id}/entries/{entryId}/delete")
	String removeService(@PathVariable UUID id, @PathVariable UUID entryId, RedirectAttributes redirect) {
		repertoire(id);
		this.focus.removeService(id, entryId);
		redirect.addFlashAttribute("notice", "focus.notice.serviceRemoved");
		return "redirect:/staff/focus/" + id + "#sections";
	}

	@PostMapping("/{id}/entries/{entryId}/move")
	String moveService(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam int direction) {
		repertoire(id);
		this.focus.moveService(id, entryId, direction);
		return "redirect:/staff/focus/" + id + "#entry-" + entryId;
	}

	/** Links the repertoire to an agenda event (blank: no event). */
	@PostMapping("/{id}/event")
	String linkEvent(@PathVariable UUID id, @RequestParam(required = false) String eventId,
			RedirectAttributes redirect) {
		repertoire(id);
		UUID event = null;
		try {
			event = (eventId != null && !eventId.isBlank()) ? UUID.fromString(eventId.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean linked = this.focus.linkEvent(id, event);
		redirect.addFlashAttribute("notice", linked ? "focus.notice.eventSaved" : "focus.notice.eventUnknown");
		return "redirect:/staff/focus/" + id + "#event";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		repertoire(id);
		List<String> problems = this.focus.publish(id);
		redirect.addFlashAttribute("notice",
				problems.isEmpty() ? "focus.notice.published" : "focus.notice.notPublished");
		return "redirect:/staff/focus/" + id;
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable UUID id, RedirectAttributes redirect) {
		repertoire(id);
		this.focus.unpublish(id);
		redirect.addFlashAttribute("notice", "focus.notice.unpublished");
		return "redirect:/staff/focus/" + id;
	}

	private Repertoire repertoire(UUID id) {
		return this.focus.repertoire(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
