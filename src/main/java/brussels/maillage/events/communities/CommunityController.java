package brussels.maillage.events.communities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.EventsService;
import brussels.maillage.events.agenda.EventTerritories;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.LocalizedText;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the communities of practice: members, meetings and attendance, and the
 * yearly fee statements.
 */
@Controller
class CommunityController {

	private final Communities communities;

	private final Clock clock;

	CommunityController(Communities communities, Clock clock) {
		this.clock = clock;
		this.communities = communities;
	}

	@GetMapping("/staff/events/communities")
	String list(Model model) {
		model.addAttribute("communities", this.communities.list());
		model.addAttribute("territories", EventTerritories.ALL);
		model.addAttribute("errors", Map.of());
		return "events/communities";
	}

	@PostMapping("/staff/events/communities")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String nameFr,
			@RequestParam(defaultValue = "") String nameNl, @RequestParam(defaultValue = "") String territory,
			Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (nameFr.isBlank() && nameNl.isBlank() || nameFr.length() > 200 || nameNl.length() > 200) {
			errors.put("nameFr", "events.form.error.title");
		}
		if (!EventTerritories.ALL.contains(territory)) {
			errors.put("territory", "events.form.error.territory");
		}
		else if (!user.worksFor(EventTerritories.scope(territory))) {
			errors.put("territory", "events.form.error.notYourTerritory");
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("communities", this.communities.list());
			model.addAttribute("territories", EventTerritories.ALL);
			model.addAttribute("errors", errors);
			model.addAttribute("nameFr", nameFr);
			model.addAttribute("nameNl", nameNl);
			return "events/communities";
		}
		UUID id = this.communities.create(LocalizedText.of(nameFr, nameNl, null), territory);
		return "redirect:/staff/events/communities/" + id;
	}

	@GetMapping("/staff/events/communities/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Community community = community(user, id);
		model.addAttribute("community", community);
		model.addAttribute("year", LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE).getYear());
		model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
		return "events/community";
	}

	@PostMapping("/staff/events/communities/{id}/members")
	String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String profession,
			RedirectAttributes redirect) {
		community(user, id);
		if (name.isBlank() || name.length() > 200 || profession.length() > 200) {
			redirect.addFlashAttribute("errors", Map.of("memberName", "events.register.error.name"));
			redirect.addFlashAttribute("memberName", name);
		}
		else {
			this.communities.addMember(id, name.strip(), null, profession.isBlank() ? null : profession.strip());
		}
		return "redirect:/staff/events/communities/" + id;
	}

	@PostMapping("/staff/events/communities/{id}/meetings")
	String addMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String topic,
			RedirectAttributes redirect) {
		community(user, id);
		try {
			LocalDate day = LocalDate.parse(heldOn.strip());
			if (topic.isBlank() || topic.length() > 300) {
				throw new DateTimeParseException("topic", topic, 0);
			}
			this.communities.addMeeting(id, day, topic.strip());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("errors", Map.of("heldOn", "events.community.error.meeting"));
			redirect.addFlashAttribute("heldOn", heldOn);
			redirect.addFlashAttribute("topic", topic);
		}
		return "redirect:/staff/events/communities/" + id;
	}

	@PostMapping("/staff/events/communities/{id}/meetings/{meeting}")
	String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID meeting,
			@RequestParam(name = "present", required = false) List<UUID> present, RedirectAttributes redirect) {
		community(user, id);
		this.communities.recordAttendance(id, meeting, (present != null) ? present : List.of());
		redirect.addFlashAttribute("notice", "events.community.saved");
		return "redirect:/staff/events/communities/" + id;
	}

	@GetMapping("/staff/events/communities/{id}/statement-{year}.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable int year, Locale locale) {
		Community community = community(user, id);
		return file(this.communities.xlsx(community, year, locale),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "statement-" + year + ".xlsx");
	}

	@GetMapping("/staff/events/communities/{id}/statement-{year}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int year,
			Locale locale) {
		Community community = community(user, id);
		return file(this.communities.pdf(community, year, locale), "application/pdf", "statement-" + year + ".pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private Community community(CurrentUser user, UUID id) {
		Community community = this.communities.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!user.worksFor(EventTerritories.scope(community.territory()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return community;
	}

}
