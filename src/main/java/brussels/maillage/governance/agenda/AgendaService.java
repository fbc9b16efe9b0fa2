package brussels.maillage.governance.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.MailOutbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda (numbered items, durations, the proposals they treat) and the
 * convocation of the body's members by mail, with an iCalendar file.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

	private final AgendaRepository agenda;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final ProposalsService proposals;

	private final Convocations convocations;

	private final MailOutbox outbox;

	private final AuditLog audit;

	AgendaService(AgendaRepository agenda, MeetingsService meetings, BodiesService bodies, ProposalsService proposals,
			Convocations convocations, MailOutbox outbox, AuditLog audit) {
		this.agenda = agenda;
		this.meetings = meetings;
		this.bodies = bodies;
		this.proposals = proposals;
		this.convocations = convocations;
		this.outbox = outbox;
		this.audit = audit;
	}

	/** The meeting's agenda, in order. */
	public List<AgendaItem> items(UUID meetingId) {
		return this.agenda.of(meetingId);
	}

	public java.util.Optional<AgendaItem> item(UUID id) {
		return this.agenda.find(id);
	}

	/**
	 * Adds an item at the end of the agenda; a proposal it treats must be one of the
	 * meeting's council.
	 */
	@Transactional
	public UUID add(UUID meetingId, String titleFr, String titleNl, Integer minutes, UUID proposalId, String by) {
		Meeting meeting = this.meetings.meeting(meetingId).orElseThrow();
		Proposal proposal = (proposalId != null) ? proposalsOf(meeting).stream()
			.filter((p) -> p.id().equals(proposalId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a proposal to this meeting's council")) : null;
		if (proposal != null && proposal.councilMeetingId() == null) {
			// An agenda item about a proposal puts it on that meeting's agenda, as
			// linking it
			// from the proposal's page does.
			this.proposals.schedule(proposal.id(), meetingId);
		}
		UUID id = UUID.randomUUID();
		this.agenda.insert(new AgendaItem(id, meetingId, this.agenda.nextPosition(meetingId), clean(titleFr),
				clean(titleNl), minutes, proposalId), by);
		this.audit.record("governance.agenda.added", "governance_meeting", meetingId, id.toString());
		return id;
	}

	/** Removes an item; the following ones move up. */
	@Transactional
	public void remove(UUID itemId) {
		AgendaItem item = this.agenda.find(itemId).orElseThrow();
		this.agenda.delete(item);
		this.audit.record("governance.agenda.removed", "governance_meeting", item.meetingId(), itemId.toString());
	}

	/** The proposals to the meeting's body, which its agenda items may treat. */
	public List<Proposal> proposalsOf(Meeting meeting) {
		return this.proposals.ofCouncil(meeting.bodyId());
	}

	/**
	 * The members to convene: those seated on the meeting's day, except the ones whose
	 * membership ended.
	 */
	List<Membership> toConvene(UUID meetingId) {
		AttendanceSheet sheet = this.meetings.sheet(meetingId);
		List<Membership> found = new ArrayList<>();
		for (AttendanceSheet.Line line : sheet.lines()) {
			if (line.membership().status() != MembershipStatus.ENDED) {
				found.add(line.membership());
			}
		}
		return found;
	}

	List<AgendaRepository.Invitation> invitations(UUID meetingId) {
		return this.agenda.invitations(meetingId);
	}

	/**
	 * Convenes by mail (through the outbox, an .ics attached) every member to convene who
	 * has an address and was not convened yet; a planned meeting becomes convened.
	 * @return how many were convened now
	 */
	@Transactional
	public int convene(UUID meetingId, String by) {
		Meeting meeting = this.meetings.meeting(meetingId).orElseThrow();
		if (meeting.status() == MeetingStatus.CANCELLED || meeting.status().held()) {
			throw new IllegalStateException("Only a coming meeting is convened");
		}
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		List<AgendaItem> items = this.agenda.of(meetingId);
		Set<UUID> already = this.agenda.invitations(meetingId)
			.stream()
			.map(AgendaRepository.Invitation::membershipId)
			.collect(Collectors.toSet());
		int sent = 0;
		for (Membership member : toConvene(meetingId)) {
			if (member.email() == null || member.email().isBlank() || already.contains(member.id())) {
				continue;
			}
			this.outbox.queue(this.convocations.mail(member.email(), member.personName(), body, meeting, items));
			this.agenda.invited(meetingId, member.id(), member.email(), by);
			sent++;
		}
		if (meeting.status() == MeetingStatus.PLANNED && (sent > 0 || !already.isEmpty())) {
			this.meetings.changeStatus(meetingId, MeetingStatus.CONVENED, null);
		}
		this.audit.record("governance.meeting.convened", "governance_meeting", meetingId,
				AuditLog.details("members-convened", sent));
		return sent;
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
