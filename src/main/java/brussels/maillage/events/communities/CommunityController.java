package brussels.maillage.events.communities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.events.EventsService;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final CommunityService communities;

	private final Clock clock;

	CommunityController(CommunityService communities, Clock clock) {
		this.clock = clock;
		this.communities = communities;
	}

	@GetMapping("/staff/events/communities")
	String list(Model model) {
		model.addAttribute("communityForm", new CommunityForm("", "", ""));
		return list(model, "events/communities");
	}

	@PostMapping("/staff/events/communities")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("communityForm") CommunityForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		if (!CommunityChecks.community(form, user, errors)) {
			response.setStatus(422);
			return list(model, "events/communities");
		}
		UUID id = this.communities.create(LocalizedText.of(form.nameFr(), form.nameNl(), null), form.territory());
		return "redirect:/staff/events/communities/" + id;
	}

	private String list(Model model, String view) {
		model.addAttribute("communities", this.communities.list());
		model.addAttribute("territories", EventsService.TERRITORIES);
		return view;
	}

	@GetMapping("/staff/events/communities/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Community community = community(user, id);
		model.addAttribute("community", community);
		model.addAttribute("year", LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE).getYear());
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm("", ""));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm("", ""));
		}
		return "events/community";
	}

	@PostMapping("/staff/events/communities/{id}/members")
	String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("memberForm") MemberForm form, BindingResult errors, RedirectAttributes redirect) {
		community(user, id);
		if (CommunityChecks.member(form, errors)) {
			this.communities.addMember(id, form.name().strip(), null,
					form.profession().isBlank() ? null : form.profession().strip());
		}
		else {
			keep(redirect, "memberForm", form, errors);
		}
		return "redirect:/staff/events/communities/" + id;
	}

	@PostMapping("/staff/events/communities/{id}/meetings")
	String addMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, RedirectAttributes redirect) {
		community(user, id);
		LocalDate day = CommunityChecks.meeting(form, errors);
		if (day != null) {
			this.communities.addMeeting(id, day, form.topic().strip());
		}
		else {
			keep(redirect, "meetingForm", form, errors);
		}
		return "redirect:/staff/events/communities/" + id;
	}

	/** Keeps a refused form and its errors for the page the browser is sent back to. */
	private static void keep(RedirectAttributes redirect, String name, Object form, BindingResult errors) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
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
		if (!user.worksFor(EventsService.scope(community.territory()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return community;
	}

}
