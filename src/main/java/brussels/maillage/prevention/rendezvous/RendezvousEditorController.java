package brussels.maillage.prevention.rendezvous;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.local.LocalServices;
import brussels.maillage.system.Problems;

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
 * Staff pages of the Rendez-vous: the figures of every bassin, and for a bassin's
 * officers its venues (picked from the directory as they type) and the sessions held,
 * each with a headcount.
 */
@Controller
class RendezvousEditorController {

	private static final int HITS = 8;

	private final RendezvousService rendezvous;

	private final LocalServices local;

	private final SessionChecks checks;

	RendezvousEditorController(RendezvousService rendezvous, LocalServices local, SessionChecks checks) {
		this.rendezvous = rendezvous;
		this.local = local;
		this.checks = checks;
	}

	@GetMapping("/staff/prevention/rendezvous")
	String figures(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int thisYear = this.rendezvous.today().getYear();
		Integer read = Problems.yearParameter(year, thisYear);
		// A year that cannot be read is said next to the field, which keeps what was
		// typed;
		// the figures shown are this year's, as the caption says.
		int shown = (read != null) ? read : thisYear;
		model.addAttribute("yearError", read == null);
		model.addAttribute("typedYear", (year != null && !year.isBlank()) ? year : String.valueOf(shown));
		model.addAttribute("year", shown);
		model.addAttribute("figures", this.rendezvous.figures(shown));
		model.addAttribute("bassins",
				Arrays.stream(PreventionBassin.values()).filter((bassin) -> bassin.editableBy(user)).toList());
		return "prevention/rendezvous-figures";
	}

	@GetMapping("/staff/prevention/rendezvous/{bassin}")
	String bassin(@PathVariable String bassin, @RequestParam(required = false) String q,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PreventionBassin edited = editable(bassin, user);
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.empty());
		}
		return page(edited, q, model);
	}

	private String page(PreventionBassin bassin, String q, Model model) {
		var venues = this.rendezvous.venues(bassin);
		Map<UUID, VenueView> byId = venues.stream()
			.collect(Collectors.toMap((view) -> view.venue().id(), (view) -> view));
		model.addAttribute("bassin", bassin);
		model.addAttribute("venues", venues);
		model.addAttribute("venueById", byId);
		model.addAttribute("sessions", this.rendezvous.sessions(this.rendezvous.today().getYear(), bassin));
		hits(bassin, q, model);
		return "prevention/rendezvous-staff";
	}

	/** The type-ahead: places of the bassin's services matching what was typed. */
	@GetMapping("/staff/prevention/rendezvous/{bassin}/places")
	String places(@PathVariable String bassin, @RequestParam(required = false) String q,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PreventionBassin edited = editable(bassin, user);
		model.addAttribute("bassin", edited);
		hits(edited, q, model);
		return "prevention/rendezvous-staff :: hits";
	}

	private void hits(PreventionBassin bassin, String q, Model model) {
		String words = (q != null) ? q.strip() : "";
		words = (words.length() > 200) ? words.substring(0, 200) : words;
		model.addAttribute("q", words);
		model.addAttribute("hits", this.local.search(words, bassin, HITS));
	}

	@PostMapping("/staff/prevention/rendezvous/{bassin}/venues")
	String addVenue(@PathVariable String bassin, @RequestParam String serviceId,
			@RequestParam(required = false) String partners, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		String written = (partners != null && !partners.isBlank()) ? partners.strip() : null;
		if (written != null && written.length() > 500) {
			written = written.substring(0, 500);
		}
		boolean added = this.rendezvous.addVenue(edited, uuid(serviceId), written, user);
		redirect.addFlashAttribute("notice",
				added ? "prevention.notice.venueAdded" : "prevention.notice.venueNotAdded");
		return "redirect:/staff/prevention/rendezvous/" + edited.slug() + "#venues";
	}

	@PostMapping("/staff/prevention/rendezvous/{bassin}/sessions")
	String record(@PathVariable String bassin, @Validated @ModelAttribute("sessionForm") SessionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		SessionChecks.Checked checked = this.checks.checked(edited, form, errors);
		if (checked == null) {
			return page(edited, null, model);
		}
		this.rendezvous.recordSession(checked.venue(), checked.day(), form.theme(),
				(form.partners() != null && !form.partners().isBlank()) ? form.partners().strip() : null,
				Integer.parseInt(form.headcount()), user);
		redirect.addFlashAttribute("notice", "prevention.notice.sessionRecorded");
		return "redirect:/staff/prevention/rendezvous/" + edited.slug() + "#sessions";
	}

	@PostMapping("/staff/prevention/rendezvous/{bassin}/sessions/{id}/delete")
	String remove(@PathVariable String bassin, @PathVariable String id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		this.rendezvous.removeSession(edited, uuid(id), user);
		redirect.addFlashAttribute("notice", "prevention.notice.sessionRemoved");
		return "redirect:/staff/prevention/rendezvous/" + edited.slug() + "#sessions";
	}

	private static PreventionBassin editable(String value, CurrentUser user) {
		PreventionBassin bassin = PreventionBassin.of(value)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!bassin.editableBy(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return bassin;
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
