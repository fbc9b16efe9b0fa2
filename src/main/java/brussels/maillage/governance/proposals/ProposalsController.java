package brussels.maillage.governance.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.Synthesis;
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

/** Staff pages of proposals, and their public trace. */
@Controller
class ProposalsController {

	private final ProposalsService proposals;

	private final SynthesesService syntheses;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final Clock clock;

	private final List<ProposalDecisions> decisions;

	private final ProposalChecks checks;

	ProposalsController(ProposalsService proposals, SynthesesService syntheses, MeetingsService meetings,
			BodiesService bodies, Clock clock, List<ProposalDecisions> decisions, ProposalChecks checks) {
		this.checks = checks;
		this.decisions = decisions;
		this.proposals = proposals;
		this.syntheses = syntheses;
		this.meetings = meetings;
		this.bodies = bodies;
		this.clock = clock;
	}

	@GetMapping("/staff/governance/proposals/new")
	String newProposal(@RequestParam(required = false) UUID item, Model model, Locale locale) {
		String text = (item != null) ? this.syntheses.ofItem(item)
			.flatMap((s) -> s.items().stream().filter((i) -> i.id().equals(item)).findFirst())
			.map(Synthesis.Item::textFr)
			.orElse(null) : null;
		return form(new ProposalForm(ProposalOrigin.SYNTHESIS, item, null, null, null, this.proposals.themeOf(item),
				text, null), model, locale);
	}

	@PostMapping("/staff/governance/proposals/new")
	String submit(@Validated @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			Locale locale, @AuthenticationPrincipal CurrentUser user) {
		this.checks.check(form, errors, user);
		if (errors.hasErrors()) {
			return form(form, model, locale);
		}
		UUID id = this.proposals.submit(form.originKind(), form.origin(), form.originBody(), form.originNote(),
				form.council(), form.theme(), form.textFr(), form.textNl(), user.getUsername());
		return "redirect:/staff/governance/proposals/" + id;
	}

	private String form(ProposalForm form, Model model, Locale locale) {
		List<java.util.Map.Entry<UUID, String>> origins = new ArrayList<>();
		for (Synthesis synthesis : this.syntheses.all()) {
			Meeting meeting = this.meetings.meeting(synthesis.meetingId()).orElseThrow();
			String body = this.bodies.body(meeting.bodyId()).orElseThrow().name().in(locale).text();
			String date = this.meetings.date(meeting).toString();
			for (Synthesis.Item item : synthesis.items(Section.PROPOSAL)) {
				String text = (item.textFr() != null) ? item.textFr() : item.textNl();
				origins.add(new java.util.AbstractMap.SimpleImmutableEntry<>(item.id(),
						body + ", " + date + " – " + abbreviate(text)));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("fields", ProposalForm.FIELDS);
		model.addAttribute("origins", origins);
		model.addAttribute("councils", this.bodies.bodies().stream().filter((b) -> b.kind().council()).toList());
		model.addAttribute("workingGroups",
				this.bodies.bodies().stream().filter((b) -> b.kind() == BodyKind.WORKING_GROUP).toList());
		model.addAttribute("originKinds", ProposalOrigin.values());
		model.addAttribute("themes", ConsultationTheme.values());
		return "governance/proposal-form";
	}

	private static String abbreviate(String text) {
		return (text.length() > 90) ? text.substring(0, 89) + "…" : text;
	}

	@GetMapping("/staff/governance/proposals/{id}")
	String proposal(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Proposal proposal = find(id);
		Body council = this.bodies.body(proposal.councilId()).orElseThrow();
		model.addAttribute("proposal", proposal);
		model.addAttribute("council", council);
		model.addAttribute("manage", BodiesService.canManage(user, council));
		int year = java.time.LocalDate.now(this.clock).getYear();
		List<Meeting> councilMeetings = new ArrayList<>(this.meetings.meetings(council.id(), year - 1));
		councilMeetings.addAll(this.meetings.meetings(council.id(), year));
		councilMeetings.addAll(this.meetings.meetings(council.id(), year + 1));
		model.addAttribute("councilMeetings", councilMeetings);
		model.addAttribute("answers", ProposalStatus.SETTABLE);
		model.addAttribute("mergeable",
				this.proposals.ofCouncil(council.id())
					.stream()
					.filter((p) -> !p.id().equals(id) && p.status() != ProposalStatus.MERGED)
					.toList());
		model.addAttribute("language", "nl".equals(locale.getLanguage()) ? "nl" : "fr");
		if (proposal.mergedIntoId() != null) {
			model.addAttribute("mergedInto", this.proposals.proposal(proposal.mergedIntoId()).orElse(null));
		}
		model.addAttribute("zone", this.clock.getZone());
		return "governance/proposal";
	}

	@PostMapping("/staff/governance/proposals/{id}/schedule")
	String schedule(@PathVariable UUID id, @RequestParam UUID meeting, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		manageable(id, user);
		try {
			this.proposals.schedule(id, meeting);
			redirect.addFlashAttribute("notice", "governance.proposal.scheduled");
		}
		catch (ProposalRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/governance/proposals/" + id;
	}

	@PostMapping("/staff/governance/proposals/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) String answerFr, @RequestParam(required = false) String answerNl,
			@RequestParam(required = false) UUID mergedInto, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		manageable(id, user);
		try {
			this.proposals.changeStatus(id, status, answerFr, answerNl, mergedInto);
			redirect.addFlashAttribute("notice", "governance.proposal.answered");
		}
		catch (ProposalRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
			redirect.addFlashAttribute("typedFr", answerFr);
			redirect.addFlashAttribute("typedNl", answerNl);
			redirect.addFlashAttribute("typedStatus", status);
			redirect.addFlashAttribute("typedMergedInto", mergedInto);
		}
		return "redirect:/staff/governance/proposals/" + id + "#answer";
	}

	@GetMapping("/gouvernance/propositions/{id}")
	String trace(@PathVariable UUID id, Model model, Locale locale) {
		Proposal proposal = find(id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("language", "nl".equals(locale.getLanguage()) ? "nl" : "fr");
		if (proposal.originItemId() != null) {
			Synthesis synthesis = this.syntheses.ofItem(proposal.originItemId()).orElseThrow();
			Meeting origin = this.meetings.meeting(synthesis.meetingId()).orElseThrow();
			model.addAttribute("synthesis", synthesis);
			model.addAttribute("origin", origin);
			model.addAttribute("originBody", this.bodies.body(origin.bodyId()).orElseThrow());
			model.addAttribute("originDate", this.meetings.date(origin));
		}
		else if (proposal.originBodyId() != null) {
			model.addAttribute("originBody", this.bodies.body(proposal.originBodyId()).orElseThrow());
		}
		model.addAttribute("council", this.bodies.body(proposal.councilId()).orElseThrow());
		if (proposal.mergedIntoId() != null) {
			model.addAttribute("mergedInto", this.proposals.proposal(proposal.mergedIntoId()).orElse(null));
		}
		model.addAttribute("councilMeeting", (proposal.councilMeetingId() != null)
				? this.meetings.meeting(proposal.councilMeetingId()).orElse(null) : null);
		model.addAttribute("planActions", this.proposals.planActions(proposal.id()));
		model.addAttribute("decisions",
				this.decisions.stream().flatMap((d) -> d.decisionsOn(proposal.id()).stream()).toList());
		model.addAttribute("zone", this.clock.getZone());
		return "governance/trace";
	}

	private Proposal find(UUID id) {
		return this.proposals.proposal(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void manageable(UUID id, CurrentUser user) {
		if (!BodiesService.canManage(user, this.bodies.body(find(id).councilId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
