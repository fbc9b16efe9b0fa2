package brussels.maillage.governance.agenda;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff page of a meeting's agenda and the convocation of its members. */
@Controller
@RequestMapping("/staff/governance/meetings/{id}/agenda")
class AgendaController {

	private final AgendaService agenda;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final AgendaChecks checks;

	private final java.time.ZoneId zone;

	AgendaController(AgendaService agenda, AgendaChecks checks, MeetingsService meetings, BodiesService bodies,
			java.time.Clock clock) {
		this.checks = checks;
		this.zone = clock.getZone();
		this.agenda = agenda;
		this.meetings = meetings;
		this.bodies = bodies;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		return page(meeting(id), AgendaForm.empty(), model, user);
	}

	@PostMapping
	String add(@PathVariable UUID id, @Validated @ModelAttribute("form") AgendaForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = manageable(id, user);
		this.checks.check(meeting, form, errors);
		if (errors.hasErrors()) {
			return page(meeting, form, model, user);
		}
		this.agenda.add(id, form.titleFr(), form.titleNl(), form.minutes(), form.proposal(), user.getUsername());
		redirect.addFlashAttribute("notice", "governance.agenda.added");
		return "redirect:/staff/governance/meetings/" + id + "/agenda";
	}

	@PostMapping("/{item}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID item, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		manageable(id, user);
		AgendaItem found = this.agenda.item(item)
			.filter((i) -> i.meetingId().equals(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.agenda.remove(found.id());
		redirect.addFlashAttribute("notice", "governance.agenda.removed");
		return "redirect:/staff/governance/meetings/" + id + "/agenda";
	}

	@PostMapping("/convene")
	String convene(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = manageable(id, user);
		if (meeting.status() == brussels.maillage.governance.meetings.MeetingStatus.CANCELLED
				|| meeting.status().held()) {
			redirect.addFlashAttribute("refused", "governance.convocation.error.past");
		}
		else {
			redirect.addFlashAttribute("convened", this.agenda.convene(id, user.getUsername()));
		}
		return "redirect:/staff/governance/meetings/" + id + "/agenda#convocation";
	}

	private String page(Meeting meeting, AgendaForm form, Model model, CurrentUser user) {
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		model.addAttribute("body", body);
		model.addAttribute("meeting", meeting);
		model.addAttribute("date", this.meetings.date(meeting));
		model.addAttribute("zone", this.zone);
		model.addAttribute("items", this.agenda.items(meeting.id()));
		model.addAttribute("totalMinutes",
				this.agenda.items(meeting.id())
					.stream()
					.mapToInt((i) -> (i.minutes() != null) ? i.minutes() : 0)
					.sum());
		model.addAttribute("proposals",
				this.agenda.proposalsOf(meeting)
					.stream()
					.collect(Collectors.toMap(brussels.maillage.governance.proposals.Proposal::id, Function.identity(),
							(a, b) -> a, java.util.LinkedHashMap::new)));
		model.addAttribute("members", this.agenda.toConvene(meeting.id()));
		Map<UUID, AgendaRepository.Invitation> invited = this.agenda.invitations(meeting.id())
			.stream()
			.collect(Collectors.toMap(AgendaRepository.Invitation::membershipId, Function.identity()));
		model.addAttribute("invited", invited);
		model.addAttribute("manage", BodiesService.canManage(user, body));
		model.addAttribute("coming", meeting.status() != brussels.maillage.governance.meetings.MeetingStatus.CANCELLED
				&& !meeting.status().held());
		model.addAttribute("form", form);
		model.addAttribute("fields", AgendaForm.FIELDS);
		return "governance/agenda";
	}

	private Meeting meeting(UUID id) {
		return this.meetings.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Meeting manageable(UUID id, CurrentUser user) {
		Meeting meeting = meeting(id);
		if (!BodiesService.canManage(user, this.bodies.body(meeting.bodyId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return meeting;
	}

}
