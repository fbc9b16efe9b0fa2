package brussels.maillage.governance.decisions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.agenda.AgendaItem;
import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalsService;
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

/** The decisions of a meeting (staff) and the public decisions register of a council. */
@Controller
class DecisionsController {

	private final DecisionsService decisions;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final AgendaService agenda;

	private final ProposalsService proposals;

	private final Clock clock;

	DecisionsController(DecisionsService decisions, MeetingsService meetings, BodiesService bodies,
			AgendaService agenda, ProposalsService proposals, Clock clock) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.bodies = bodies;
		this.agenda = agenda;
		this.proposals = proposals;
		this.clock = clock;
	}

	@GetMapping("/staff/governance/meetings/{id}/decisions")
	String meetingDecisions(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		return page(meeting(id), DecisionForm.empty(), model, user);
	}

	@PostMapping("/staff/governance/meetings/{id}/decisions")
	String record(@PathVariable UUID id, @Validated @ModelAttribute("form") DecisionForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = meeting(id);
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		if (!BodiesService.canManage(user, body)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		DecisionChecks.check(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.decisions.record(id, form.agendaItem(), form.textFr(), form.textNl(), form.method(),
						form.proposals(), user.getUsername());
				redirect.addFlashAttribute("notice", "governance.decision.recorded");
				return "redirect:/staff/governance/meetings/" + id + "/decisions";
			}
			catch (DecisionRefused ex) {
				DecisionChecks.refused(ex, errors);
			}
		}
		return page(meeting, form, model, user);
	}

	private String page(Meeting meeting, DecisionForm form, Model model, CurrentUser user) {
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		if (!body.kind().council()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<AgendaItem> items = this.agenda.items(meeting.id());
		Map<UUID, AgendaItem> itemsById = new LinkedHashMap<>();
		items.forEach((item) -> itemsById.put(item.id(), item));
		Map<UUID, Proposal> proposalsById = new LinkedHashMap<>();
		this.proposals.ofCouncil(body.id()).forEach((p) -> proposalsById.put(p.id(), p));
		model.addAttribute("body", body);
		model.addAttribute("meeting", meeting);
		model.addAttribute("date", this.meetings.date(meeting));
		model.addAttribute("decisions", this.decisions.ofMeeting(meeting.id()));
		model.addAttribute("items", itemsById);
		model.addAttribute("proposals", proposalsById);
		model.addAttribute("methods", DecisionMethod.values());
		model.addAttribute("manage", BodiesService.canManage(user, body));
		model.addAttribute("form", form);
		model.addAttribute("fields", DecisionForm.FIELDS);
		return "governance/decisions";
	}

	@GetMapping("/gouvernance/conseils/{code}/decisions")
	String register(@PathVariable String code, Model model, Locale locale) {
		Body council = this.bodies.body(code)
			.filter((b) -> b.kind().council())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<UUID, Meeting> meetingsById = new LinkedHashMap<>();
		Map<UUID, AgendaItem> itemsById = new LinkedHashMap<>();
		List<Decision> register = this.decisions.ofCouncil(council.id());
		for (Decision decision : register) {
			meetingsById.computeIfAbsent(decision.meetingId(), (m) -> {
				this.agenda.items(m).forEach((item) -> itemsById.put(item.id(), item));
				return this.meetings.meeting(m).orElseThrow();
			});
		}
		Map<UUID, Proposal> proposalsById = new LinkedHashMap<>();
		this.proposals.ofCouncil(council.id()).forEach((p) -> proposalsById.put(p.id(), p));
		model.addAttribute("council", council);
		model.addAttribute("decisions", register);
		model.addAttribute("planActions", this.decisions.planActions(register));
		model.addAttribute("meetings", meetingsById);
		model.addAttribute("items", itemsById);
		model.addAttribute("proposals", proposalsById);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("language", "nl".equals(locale.getLanguage()) ? "nl" : "fr");
		return "governance/register";
	}

	private Meeting meeting(UUID id) {
		return this.meetings.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
