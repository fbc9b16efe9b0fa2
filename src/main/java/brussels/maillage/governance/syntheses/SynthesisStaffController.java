package brussels.maillage.governance.syntheses;

import java.util.Locale;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of a synthesis: items in French and Dutch, and each version's status. */
@Controller
@RequestMapping("/staff/governance")
class SynthesisStaffController {

	private final SynthesesService syntheses;

	private final SynthesisPages pages;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	SynthesisStaffController(SynthesesService syntheses, SynthesisPages pages, MeetingsService meetings,
			BodiesService bodies) {
		this.syntheses = syntheses;
		this.pages = pages;
		this.meetings = meetings;
		this.bodies = bodies;
	}

	@PostMapping("/meetings/{meetingId}/synthesis")
	String start(@PathVariable UUID meetingId, @AuthenticationPrincipal CurrentUser user) {
		Meeting meeting = this.meetings.meeting(meetingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		check(meeting, user);
		return "redirect:/staff/governance/syntheses/" + this.syntheses.start(meetingId, user.getUsername());
	}

	@GetMapping("/syntheses/{id}")
	String synthesis(@PathVariable UUID id, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user) {
		return page(find(id), ItemForm.empty(), model, locale, user);
	}

	@PostMapping("/syntheses/{id}/items")
	String addItem(@PathVariable UUID id, @Validated @ModelAttribute("form") ItemForm form, BindingResult errors,
			Model model, Locale locale, @AuthenticationPrincipal CurrentUser user) {
		Synthesis synthesis = manageable(id, user);
		SynthesisChecks.check(form, errors);
		if (errors.hasErrors()) {
			return page(synthesis, form, model, locale, user);
		}
		this.syntheses.addItem(id, form.section(), form.textFr(), form.textNl());
		return "redirect:/staff/governance/syntheses/" + id + "#items";
	}

	@PostMapping("/synthesis-items/{itemId}")
	String updateItem(@PathVariable UUID itemId, @RequestParam(required = false) String textFr,
			@RequestParam(required = false) String textNl, @RequestParam UUID synthesis,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		manageable(synthesis, user);
		try {
			this.syntheses.updateItem(itemId, textFr, textNl);
			redirect.addFlashAttribute("notice", "governance.synthesis.itemSaved");
		}
		catch (SynthesisRefused ex) {
			redirect.addFlashAttribute("notice", ex.messageKey());
		}
		return "redirect:/staff/governance/syntheses/" + synthesis + "#item-" + itemId;
	}

	@PostMapping("/synthesis-items/{itemId}/delete")
	String deleteItem(@PathVariable UUID itemId, @RequestParam UUID synthesis,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		manageable(synthesis, user);
		try {
			this.syntheses.deleteItem(itemId);
		}
		catch (SynthesisRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/governance/syntheses/" + synthesis + "#items";
	}

	@PostMapping("/syntheses/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String language, @RequestParam VersionStatus status,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		manageable(id, user);
		if (!language.equals("fr") && !language.equals("nl")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			this.syntheses.setStatus(id, language, status);
			redirect.addFlashAttribute("notice", "governance.synthesis.statusChanged");
		}
		catch (SynthesisRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/governance/syntheses/" + id + "#versions";
	}

	private String page(Synthesis synthesis, ItemForm form, Model model, Locale locale, CurrentUser user) {
		SynthesisView view = this.pages.view(synthesis, locale, false)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", view);
		model.addAttribute("synthesis", synthesis);
		model.addAttribute("form", form);
		model.addAttribute("fields", ItemForm.FIELDS);
		model.addAttribute("sections", Section.values());
		model.addAttribute("statuses", VersionStatus.values());
		model.addAttribute("manage", BodiesService.canManage(user, view.body()));
		return "governance/synthesis-edit";
	}

	private Synthesis find(UUID id) {
		return this.syntheses.synthesis(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Synthesis manageable(UUID id, CurrentUser user) {
		Synthesis synthesis = find(id);
		check(this.meetings.meeting(synthesis.meetingId()).orElseThrow(), user);
		return synthesis;
	}

	private void check(Meeting meeting, CurrentUser user) {
		if (!BodiesService.canManage(user, this.bodies.body(meeting.bodyId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
