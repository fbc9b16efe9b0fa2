package brussels.maillage.governance.proposals;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals from syntheses to councils: submitted, put on a council meeting's agenda,
 * answered (accepted, adapted, declined with a reason, deferred). Linking a meeting moves
 * a submitted proposal onto the agenda; no other status changes by itself.
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

	ProposalsService(ProposalRepository proposals, SynthesesService syntheses, BodiesService bodies,
			MeetingsService meetings, AuditLog audit, Clock clock) {
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

	/** Proposals that came from these synthesis items. */
	public List<Proposal> fromItems(List<UUID> itemIds) {
		return this.proposals.fromItems(itemIds);
	}

	/** Submits a proposal from a synthesis item to a council. */
	@Transactional
	public UUID submit(UUID originItemId, UUID councilId, String textFr, String textNl, String by) {
		return submit(ProposalOrigin.SYNTHESIS, originItemId, null, null, councilId, textFr, textNl, by);
	}

	/**
	 * Submits a proposal to a council; its origin is required, each kind with its own
	 * field: a synthesis item, a working group, or a description of the authority's
	 * request or of the continuing action.
	 * @throws ProposalRefused naming what is missing
	 */
	@Transactional
	public UUID submit(ProposalOrigin kind, UUID originItemId, UUID originBodyId, String originNote, UUID councilId,
			String textFr, String textNl, String by) {
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
				councilId, fr, nl, this.clock.instant(), by);
		this.audit.record("governance.proposal.submitted", "governance_proposal", id, council.code());
		return id;
	}

	/** Puts the proposal on the agenda of one of its council's meetings. */
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

	/** Records the council's answer; a declined proposal needs its reason. */
	@Transactional
	public void answer(UUID id, ProposalStatus status, String answerFr, String answerNl) {
		if (!status.answer()) {
			throw new ProposalRefused("governance.proposal.error.status");
		}
		String fr = clean(answerFr);
		String nl = clean(answerNl);
		if (status == ProposalStatus.DECLINED && fr == null && nl == null) {
			throw new ProposalRefused("governance.proposal.error.reason");
		}
		this.proposals.answer(id, status, fr, nl, this.clock.instant());
		this.audit.record("governance.proposal.answered", "governance_proposal", id, status.name());
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
