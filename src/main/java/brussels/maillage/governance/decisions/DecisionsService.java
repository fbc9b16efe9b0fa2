package brussels.maillage.governance.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.governance.PlanLinks;
import brussels.maillage.governance.agenda.AgendaItem;
import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalDecisions;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.identity.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions register of each council: decisions taken at its held meetings, with how
 * they were taken and the proposals they concern. Recording a decision changes no
 * proposal's status (the council's answer to a proposal stays its own step).
 */
@Service
@Transactional(readOnly = true)
public class DecisionsService implements ProposalDecisions {

	private final DecisionRepository decisions;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final AgendaService agenda;

	private final ProposalsService proposals;

	private final AuditLog audit;

	private final ObjectProvider<PlanLinks> planLinks;

	DecisionsService(DecisionRepository decisions, MeetingsService meetings, BodiesService bodies, AgendaService agenda,
			ProposalsService proposals, AuditLog audit, ObjectProvider<PlanLinks> planLinks) {
		this.planLinks = planLinks;
		this.decisions = decisions;
		this.meetings = meetings;
		this.bodies = bodies;
		this.agenda = agenda;
		this.proposals = proposals;
		this.audit = audit;
	}

	/** The decisions of a meeting, in order. */
	public List<Decision> ofMeeting(UUID meetingId) {
		return this.decisions.ofMeeting(meetingId);
	}

	/** A council's register, newest meeting first. */
	public List<Decision> ofCouncil(UUID councilId) {
		return this.decisions.ofCouncil(councilId);
	}

	/**
	 * The plan actions each decision created: those that came from the proposals it
	 * concerns (none when the plans module is not there).
	 */
	public Map<UUID, List<PlanLinks.PlanAction>> planActions(List<Decision> decisions) {
		PlanLinks links = this.planLinks.getIfAvailable();
		Map<UUID, List<PlanLinks.PlanAction>> byDecision = new HashMap<>();
		if (links == null) {
			return byDecision;
		}
		Set<UUID> proposalIds = new LinkedHashSet<>();
		decisions.forEach((decision) -> proposalIds.addAll(decision.proposalIds()));
		List<PlanLinks.PlanAction> actions = links.ofProposals(proposalIds);
		for (Decision decision : decisions) {
			byDecision.put(decision.id(),
					actions.stream().filter((action) -> decision.proposalIds().contains(action.proposalId())).toList());
		}
		return byDecision;
	}

	@Override
	public List<Step> decisionsOn(UUID proposalId) {
		List<Step> steps = new ArrayList<>();
		for (Decision decision : this.decisions.ofProposal(proposalId)) {
			Meeting meeting = this.meetings.meeting(decision.meetingId()).orElseThrow();
			String code = this.bodies.body(decision.councilId()).map(Body::code).orElse(null);
			steps.add(new Step(code, this.meetings.date(meeting), decision.textFr(), decision.textNl(),
					decision.method().name()));
		}
		return steps;
	}

	/**
	 * Records a decision taken at a held meeting of a council.
	 * @throws DecisionRefused when the meeting was not held, the agenda item is not the
	 * meeting's, a proposal is not the council's, or there is no text
	 */
	@Transactional
	public UUID record(UUID meetingId, UUID agendaItemId, String textFr, String textNl, DecisionMethod method,
			List<UUID> proposalIds, String by) {
		Meeting meeting = this.meetings.meeting(meetingId).orElseThrow();
		Body council = this.bodies.body(meeting.bodyId()).orElseThrow();
		if (!council.kind().council()) {
			throw new DecisionRefused("governance.decision.error.notCouncil", null);
		}
		if (!meeting.status().held()) {
			throw new DecisionRefused("governance.decision.error.notHeld", null);
		}
		if (agendaItemId != null
				&& this.agenda.items(meetingId).stream().map(AgendaItem::id).noneMatch(agendaItemId::equals)) {
			throw new DecisionRefused("governance.decision.error.agendaItem", "agendaItem");
		}
		Set<UUID> councils = new LinkedHashSet<>(
				this.proposals.ofCouncil(council.id()).stream().map(Proposal::id).toList());
		if (!councils.containsAll(proposalIds)) {
			throw new DecisionRefused("governance.decision.error.proposals", "proposals");
		}
		String fr = clean(textFr);
		String nl = clean(textNl);
		if (fr == null && nl == null) {
			throw new DecisionRefused("governance.decision.error.text", "textFr");
		}
		UUID id = UUID.randomUUID();
		this.decisions
			.insert(new Decision(id, council.id(), meetingId, agendaItemId, this.decisions.nextPosition(meetingId), fr,
					nl, (method != null) ? method : DecisionMethod.NONE_RECORDED,
					List.copyOf(new LinkedHashSet<>(proposalIds))), by);
		this.audit.record("governance.decision.recorded", "governance_decision", id, council.code());
		return id;
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
