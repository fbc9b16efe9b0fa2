package brussels.maillage.governance.proposals;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.PlanLinks;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.identity.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to councils: submitted, linked to a council meeting, moved by a person from
 * received and under review to the council's answer (taken into the plan, declined with a
 * reason, deferred, merged into another proposal). No status changes by itself: linking a
 * meeting, an agenda item or a decision leaves it as it is.
 */
@Service
@Transactional(readOnly = true)
public class ProposalsService {

	private final ProposalRepository proposals;

	private final SynthesesService syntheses;

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final AuditLog audit;

	private final Clock clock;

	private final ObjectProvider<PlanLinks> planLinks;

	ProposalsService(ProposalRepository proposals, SynthesesService syntheses, BodiesService bodies,
			MeetingsService meetings, AuditLog audit, Clock clock, ObjectProvider<PlanLinks> planLinks) {
		this.planLinks = planLinks;
		this.proposals = proposals;
		this.syntheses = syntheses;
		this.bodies = bodies;
		this.meetings = meetings;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Proposal> proposal(UUID id) {
		return this.proposals.find(id);
	}

	public List<Proposal> ofCouncil(UUID councilId) {
		return this.proposals.ofCouncil(councilId);
	}

	/**
	 * The plan actions that came from the proposal, by plan (none when the plans module
	 * is not there).
	 */
	public List<PlanLinks.PlanAction> planActions(UUID proposalId) {
		PlanLinks links = this.planLinks.getIfAvailable();
		return (links != null) ? links.ofProposals(List.of(proposalId)) : List.of();
	}

	/** Proposals that came from these synthesis items. */
	public List<Proposal> fromItems(List<UUID> itemIds) {
		return this.proposals.fromItems(itemIds);
	}

	/** Submits a proposal from a synthesis item to a council. */
	@Transactional
	public UUID submit(UUID originItemId, UUID councilId, String textFr, String textNl, String by) {
		return submit(ProposalOrigin.SYNTHESIS, originItemId, null, null, councilId, themeOf(originItemId), textFr,
				textNl, by);
	}

	/**
	 * The theme of the consultation series whose synthesis holds this item, or
	 * {@code null} (a workshop, an unknown item).
	 */
	public ConsultationTheme themeOf(UUID originItemId) {
		if (originItemId == null) {
			return null;
		}
		return this.syntheses.ofItem(originItemId)
			.flatMap((synthesis) -> this.meetings.meeting(synthesis.meetingId()))
			.flatMap((meeting) -> this.bodies.body(meeting.bodyId()))
			.map(Body::theme)
			.orElse(null);
	}

	/**
	 * Submits a proposal to a council; its origin is required, each kind with its own
	 * field: a synthesis item, a working group, or a description of the authority's
	 * request or of the continuing action.
	 * @throws ProposalRefused naming what is missing
	 */
	@Transactional
	public UUID submit(ProposalOrigin kind, UUID originItemId, UUID originBodyId, String originNote, UUID councilId,
			ConsultationTheme theme, String textFr, String textNl, String by) {
		if (kind == null) {
			throw new ProposalRefused("governance.proposal.error.originKind");
		}
		String note = clean(originNote);
		switch (kind) {
			case SYNTHESIS -> {
				if (originItemId == null || this.syntheses.ofItem(originItemId).isEmpty()) {
					throw new ProposalRefused("governance.proposal.error.origin");
				}
			}
			case WORKING_GROUP -> {
				if (originBodyId == null || this.bodies.body(originBodyId)
					.filter((b) -> b.kind() == brussels.maillage.governance.bodies.BodyKind.WORKING_GROUP)
					.isEmpty()) {
					throw new ProposalRefused("governance.proposal.error.originBody");
				}
			}
			default -> {
				if (note == null) {
					throw new ProposalRefused("governance.proposal.error.originNote");
				}
			}
		}
		Body council = this.bodies.body(councilId)
			.orElseThrow(() -> new ProposalRefused("governance.proposal.error.council"));
		if (!council.kind().council()) {
			throw new ProposalRefused("governance.proposal.error.council");
		}
		String fr = clean(textFr);
		String nl = clean(textNl);
		if (fr == null && nl == null) {
			throw new ProposalRefused("governance.proposal.error.text");
		}
		UUID id = UUID.randomUUID();
		this.proposals.insert(id, kind, (kind == ProposalOrigin.SYNTHESIS) ? originItemId : null,
				(kind == ProposalOrigin.WORKING_GROUP) ? originBodyId : null,
				(kind == ProposalOrigin.AUTHORITY_REQUEST || kind == ProposalOrigin.CONTINUING_ACTION) ? note : null,
				councilId, theme, fr, nl, this.clock.instant(), by);
		this.audit.record("governance.proposal.submitted", "governance_proposal", id, council.code());
		return id;
	}

	/**
	 * Links the proposal to one of its council's meetings (the one that treats it); its
	 * status is left as it is.
	 */
	@Transactional
	public void schedule(UUID id, UUID meetingId) {
		Proposal proposal = this.proposals.find(id).orElseThrow();
		Meeting meeting = this.meetings.meeting(meetingId).orElseThrow();
		if (!meeting.bodyId().equals(proposal.councilId())) {
			throw new ProposalRefused("governance.proposal.error.meeting");
		}
		this.proposals.schedule(id, meetingId, this.clock.instant());
		this.audit.record("governance.proposal.scheduled", "governance_proposal", id, meetingId.toString());
	}

	/**
	 * Records the council's answer (not a merge); a declined proposal needs its reason.
	 */
	@Transactional
	public void answer(UUID id, ProposalStatus status, String answerFr, String answerNl) {
		changeStatus(id, status, answerFr, answerNl, null);
	}

	/**
	 * Sets the status a person chose, with the council's published answer: a declined
	 * proposal needs its reason, a merged one the proposal of the same council it was
	 * merged into (not itself, not one merged in turn).
	 * @throws ProposalRefused naming what is missing
	 */
	@Transactional
	public void changeStatus(UUID id, ProposalStatus status, String answerFr, String answerNl, UUID mergedInto) {
		Proposal proposal = this.proposals.find(id).orElseThrow();
		if (status == null || !ProposalStatus.SETTABLE.contains(status)) {
			throw new ProposalRefused("governance.proposal.error.status");
		}
		String fr = clean(answerFr);
		String nl = clean(answerNl);
		if (status == ProposalStatus.DECLINED && fr == null && nl == null) {
			throw new ProposalRefused("governance.proposal.error.reason");
		}
		if (status == ProposalStatus.MERGED) {
			Proposal target = (mergedInto != null) ? this.proposals.find(mergedInto).orElse(null) : null;
			if (target == null || target.id().equals(id) || !target.councilId().equals(proposal.councilId())
					|| target.status() == ProposalStatus.MERGED) {
				throw new ProposalRefused("governance.proposal.error.mergedInto");
			}
		}
		this.proposals.changeStatus(id, status, fr, nl, (status == ProposalStatus.MERGED) ? mergedInto : null,
				this.clock.instant());
		this.audit.record("governance.proposal.answered", "governance_proposal", id, status.name());
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
