package brussels.maillage.governance.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the bodies: planning (an agenda event for open workshops and consultations,
 * so people register there), status, attendance of members, walk-ins and headcounts, and
 * a body's yearly figures.
 */
@Service
@Transactional(readOnly = true)
public class MeetingsService {

	private final MeetingRepository meetings;

	private final BodiesService bodies;

	private final EventsService events;

	private final AuditLog audit;

	private final ZoneId zone;

	private final ParticipantRepository participants;

	MeetingsService(MeetingRepository meetings, BodiesService bodies, EventsService events, AuditLog audit, Clock clock,
			ParticipantRepository participants) {
		this.participants = participants;
		this.meetings = meetings;
		this.bodies = bodies;
		this.events = events;
		this.audit = audit;
		this.zone = clock.getZone();
	}

	public Optional<Meeting> meeting(UUID id) {
		return this.meetings.find(id);
	}

	/** The body's meetings starting in {@code year}, in order. */
	public List<Meeting> meetings(UUID bodyId, int year) {
		return this.meetings.of(bodyId, start(year), start(year + 1));
	}

	/** The meeting's date in Brussels. */
	public LocalDate date(Meeting meeting) {
		return meeting.startsAt().atZone(this.zone).toLocalDate();
	}

	/**
	 * Plans a meeting; a workshop or consultation also gets a published agenda event for
	 * registrations.
	 */
	@Transactional
	public UUID plan(Body body, PlanMeeting command, String by) {
		UUID eventId = null;
		if (!body.kind().hasMembers()) {
			EventKind kind = (body.kind() == BodyKind.WORKSHOP_SERIES) ? EventKind.WORKSHOP : EventKind.CONSULTATION;
			eventId = this.events.create(new EventDraft(kind, command.title(), LocalizedText.of(null, null, null),
					"bilingual", false, null, command.place(), null, body.territory(), List.of(), body.territory(),
					command.capacity(), List.of(), null, EventStatus.PUBLISHED,
					List.of(new EventDraft.Times(command.startsAt(), command.endsAt()))));
		}
		UUID id = UUID.randomUUID();
		this.meetings.insert(new Meeting(id, body.id(), eventId, command.title(), command.startsAt(), command.endsAt(),
				command.place(), MeetingStatus.PLANNED, null, 0, null, null), by);
		this.audit.record("governance.meeting.planned", "governance_meeting", id, body.code());
		return id;
	}

	/**
	 * Records a past meeting afterwards, without an agenda event (nobody registers for it
	 * any more), with its status.
	 */
	@Transactional
	public UUID recordPast(Body body, PlanMeeting command, MeetingStatus status, String by) {
		UUID id = UUID.randomUUID();
		this.meetings.insert(new Meeting(id, body.id(), null, command.title(), command.startsAt(), command.endsAt(),
				command.place(), status, null, 0, null, null), by);
		this.audit.record("governance.meeting.recorded", "governance_meeting", id, body.code());
		return id;
	}

	/** Moves a meeting on; a cancellation needs its reason. */
	@Transactional
	public void changeStatus(UUID id, MeetingStatus status, String reason) {
		if (status == MeetingStatus.CANCELLED && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A cancellation has a reason");
		}
		this.meetings.status(id, status, (status == MeetingStatus.CANCELLED) ? reason.strip() : null);
		this.audit.record("governance.meeting.status", "governance_meeting", id, status.name());
	}

	/**
	 * The attendance sheet: the members seated on the meeting's date (a member who joined
	 * later is not on it), and for open series the registrations of its event.
	 */
	public AttendanceSheet sheet(UUID id) {
		Meeting meeting = this.meetings.find(id).orElseThrow();
		LocalDate date = date(meeting);
		Map<UUID, AttendanceStatus> recorded = this.meetings.attendance(id);
		List<AttendanceSheet.Line> lines = new ArrayList<>();
		for (Membership membership : this.bodies.memberships(meeting.bodyId(), date.getYear())) {
			boolean seated = membership.status().seated() && !membership.startsOn().isAfter(date)
					&& (membership.endsOn() == null || !membership.endsOn().isBefore(date));
			if (seated || recorded.containsKey(membership.id())) {
				lines.add(
						new AttendanceSheet.Line(membership, recorded.get(membership.id()), membership.countsOn(date)));
			}
		}
		int registered = 0;
		int present = 0;
		if (meeting.eventId() != null) {
			Optional<Event> event = this.events.event(meeting.eventId());
			if (event.isPresent() && !event.get().sessions().isEmpty()) {
				List<CheckInRow> rows = this.events.checkIn(meeting.eventId(), event.get().sessions().get(0).id());
				registered = rows.size();
				present = (int) rows.stream().filter((row) -> Boolean.TRUE.equals(row.present())).count();
			}
		}
		return new AttendanceSheet(meeting, lines, registered, present, this.participants.of(id));
	}

	/**
	 * Records who came: members' attendance (only members on the sheet), walk-ins, and a
	 * headcount with its exactness when only that is known.
	 */
	@Transactional
	public void recordAttendance(UUID id, Map<UUID, AttendanceStatus> members, int walkIns, Integer headcount,
			Precision precision, String by) {
		if (walkIns < 0 || (headcount != null && headcount < 0)) {
			throw new IllegalArgumentException("Counts are not negative");
		}
		AttendanceSheet sheet = sheet(id);
		Set<UUID> allowed = new java.util.HashSet<>();
		sheet.lines().forEach((line) -> allowed.add(line.membership().id()));
		members.forEach((membership, status) -> {
			if (!allowed.contains(membership)) {
				throw new IllegalArgumentException("Not a member on the meeting's date");
			}
			this.meetings.attendance(id, membership, status, by);
		});
		this.meetings.counts(id, walkIns, headcount, (headcount != null) ? precision : null);
		this.audit.record("governance.meeting.attendance", "governance_meeting", id,
				AuditLog.details("attendance-members", members.size(), walkIns));
	}

	/**
	 * Records someone at the meeting who is not a member, with the category they come
	 * from ({@code null} for another; else one of the body's participant categories).
	 */
	@Transactional
	public UUID addParticipant(UUID meetingId, String personName, String organisationName, String category, String by) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow();
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		if (personName == null || personName.isBlank()) {
			throw new IllegalArgumentException("A participant has a name");
		}
		if (category != null && this.bodies.participantCategories(body)
			.stream()
			.noneMatch((known) -> known.code().equals(category))) {
			throw new IllegalArgumentException("Not a category of this body");
		}
		UUID id = UUID.randomUUID();
		this.participants.insert(new Participant(id, meetingId, personName.strip(),
				(organisationName == null || organisationName.isBlank()) ? null : organisationName.strip(), category),
				by);
		this.audit.record("governance.meeting.participant", "governance_meeting", meetingId, category);
		return id;
	}

	/** Removes another participant recorded by mistake. */
	@Transactional
	public void removeParticipant(UUID meetingId, UUID participantId) {
		if (this.participants.delete(meetingId, participantId) > 0) {
			this.audit.record("governance.meeting.participantRemoved", "governance_meeting", meetingId,
					participantId.toString());
		}
	}

	/** Whether the members of {@code categories} attended a held meeting of the year. */
	public Set<String> presentCategories(UUID bodyId, int year) {
		return this.meetings.presentCategories(bodyId, start(year), start(year + 1));
	}

	/** The body's meetings of the year, counted. */
	public YearFigures figures(UUID bodyId, int year) {
		int planned = 0;
		int held = 0;
		int cancelled = 0;
		int postponed = 0;
		int participants = 0;
		List<Integer> rates = new ArrayList<>();
		for (Meeting meeting : meetings(bodyId, year)) {
			if (meeting.status() == MeetingStatus.POSTPONED) {
				postponed++;
				continue;
			}
			planned++;
			if (meeting.status() == MeetingStatus.CANCELLED) {
				cancelled++;
			}
			if (meeting.status().held()) {
				held++;
				AttendanceSheet sheet = sheet(meeting.id());
				participants += sheet.participants();
				if (sheet.rate() != null) {
					rates.add(sheet.rate());
				}
			}
		}
		Integer average = rates.isEmpty() ? null
				: (int) Math.round(rates.stream().mapToInt(Integer::intValue).average().orElse(0));
		return new YearFigures(planned, held, cancelled, postponed, participants, average);
	}

	/** The different persons the body's meetings reached in the year. */
	public DistinctPersons distinctPersons(UUID bodyId, int year) {
		return this.meetings.distinctPersons(bodyId, year, start(year), start(year + 1));
	}

	/** Records how many different persons the body's meetings reached in the year. */
	@Transactional
	public void recordDistinctPersons(UUID bodyId, int year, int persons, Precision precision, String by) {
		if (persons < 0 || precision == null) {
			throw new IllegalArgumentException("A number of persons, 0 or more, with its exactness");
		}
		this.meetings.distinctPersons(bodyId, year, persons, precision, by);
		this.audit.record("governance.body.distinctPersons", "governance_body", bodyId, year + ": " + persons);
	}

	private Instant start(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(this.zone).toInstant();
	}

}
