package brussels.maillage.palliative.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform organises for volunteers through the events module: training cycles
 * (an unlisted training whose sessions are the days, with the completion rule of the
 * setting {@code maillage.palliative.training-completion}) and the meetings of the
 * volunteers' and the volunteer managers' working groups (an unlisted workshop whose
 * headcount is the attendance).
 */
@Service
@Transactional(readOnly = true)
public class VolunteerActivities {

	static final String TEAM = "PALLIATIVE";

	private final ActivityRepository activities;

	private final EventsService events;

	private final AuditLog audit;

	private final Clock clock;

	private final CompletionRule rule;

	VolunteerActivities(ActivityRepository activities, EventsService events, AuditLog audit, Clock clock,
			@Value("${maillage.palliative.training-completion:8/10}") String rule) {
		this.activities = activities;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.rule = CompletionRule.parse(rule);
	}

	CompletionRule rule() {
		return this.rule;
	}

	/**
	 * Creates a training cycle: an unlisted training of the events module with one
	 * session a day, from {@code first}, every {@code everyDays} days.
	 */
	@Transactional
	public long createCycle(String name, LocalDate first, int sessions, int everyDays) {
		ZoneId zone = this.clock.getZone();
		List<EventDraft.Times> times = new ArrayList<>();
		for (int i = 0; i < sessions; i++) {
			LocalDate day = first.plusDays((long) i * everyDays);
			times.add(new EventDraft.Times(day.atTime(9, 30).atZone(zone).toInstant(),
					day.atTime(16, 30).atZone(zone).toInstant()));
		}
		int required = this.rule.required(sessions);
		UUID event = this.events.create(new EventDraft(EventKind.TRAINING,
				LocalizedText.of("Formation des volontaires en soins palliatifs – " + name,
						"Vorming van vrijwilligers in de palliatieve zorg – " + name,
						"Training of palliative-care volunteers – " + name),
				null, "fr", false, null, null, null, "REGION", List.of(), TEAM, 30, List.of(), null,
				EventStatus.PUBLISHED, times, new EventActivity(true, null, null, null, required, null)));
		long id = this.activities.insertCycle(event, name, first.getYear(), sessions, required,
				first.plusDays((long) (sessions - 1) * everyDays));
		this.audit.record("palliative.volunteers.cycle.created", "palliative_volunteer_cycle", id, name);
		return id;
	}

	/** The cycles of a year. */
	List<Cycle> cycles(int year) {
		return this.activities.cycles(year);
	}

	/** The cycle of that name and year, if it was created as a cycle. */
	java.util.Optional<Cycle> cycle(String name, int year) {
		return this.activities.cycle(name, year);
	}

	/** Cycles of the year whose last day has passed. */
	long cyclesHeld(int year) {
		LocalDate today = LocalDate.now(this.clock);
		return cycles(year).stream().filter((cycle) -> !cycle.lastDay().isAfter(today)).count();
	}

	/**
	 * Records a meeting of a working group afterwards: held with its participants (the
	 * event's headcount) or cancelled (the event is called off).
	 */
	@Transactional
	public long recordMeeting(String kind, LocalDate day, boolean held, Integer participants) {
		ZoneId zone = this.clock.getZone();
		String fr = "VOLUNTEERS".equals(kind) ? "Groupe de travail des volontaires"
				: "Groupe de travail des responsables de volontaires";
		String nl = "VOLUNTEERS".equals(kind) ? "Werkgroep van de vrijwilligers"
				: "Werkgroep van de verantwoordelijken van vrijwilligers";
		String en = "VOLUNTEERS".equals(kind) ? "Volunteers' working group" : "Volunteer managers' working group";
		Integer headcount = held ? participants : null;
		UUID event = this.events.create(new EventDraft(EventKind.WORKSHOP, LocalizedText.of(fr, nl, en), null, "fr",
				false, null, null, null, "REGION", List.of(), TEAM, 40, List.of(), null,
				held ? EventStatus.PUBLISHED : EventStatus.CANCELLED,
				List.of(new EventDraft.Times(day.atTime(LocalTime.of(14, 0)).atZone(zone).toInstant(),
						day.atTime(LocalTime.of(16, 0)).atZone(zone).toInstant())),
				new EventActivity(true, headcount, (headcount != null) ? HeadcountExactness.EXACT : null, null, null,
						null)));
		long id = this.activities.insertMeeting(kind, event, day, held ? "HELD" : "CANCELLED");
		this.audit.record("palliative.volunteers.group.recorded", "palliative_volunteer_group_meeting", id, kind);
		return id;
	}

	/** The working groups' meetings of a year, with their participants. */
	List<GroupMeeting> meetings(int year) {
		return this.activities.meetings(year)
			.stream()
			.map((m) -> new GroupMeeting(m.id(), m.kind(), m.eventId(), m.heldOn(), m.status(),
					this.events.event(m.eventId()).map((event) -> event.activity().headcount()).orElse(null)))
			.toList();
	}

	/**
	 * The volunteers' figures of a year: interviews, admitted, trained (people) and
	 * cycles held, working-group meetings held and cancelled and their participants.
	 *
	 * @param cyclesHeld cycles of the year whose last day has passed
	 * @param volunteerGroupsHeld meetings of the volunteers' working group held
	 * @param volunteerGroupParticipants their participants
	 * @param managerGroupsHeld meetings of the managers' working group held
	 * @param managerGroupsCancelled those cancelled
	 * @param managerGroupParticipants their participants
	 */
	public record GroupFigures(long cyclesHeld, long volunteerGroupsHeld, long volunteerGroupParticipants,
			long managerGroupsHeld, long managerGroupsCancelled, long managerGroupParticipants) {
	}

	/** The year's cycles held and working-group meetings. */
	public GroupFigures groupFigures(int year) {
		List<GroupMeeting> all = meetings(year);
		return new GroupFigures(cyclesHeld(year), count(all, "VOLUNTEERS", "HELD"), participants(all, "VOLUNTEERS"),
				count(all, "MANAGERS", "HELD"), count(all, "MANAGERS", "CANCELLED"), participants(all, "MANAGERS"));
	}

	private static long count(List<GroupMeeting> all, String kind, String status) {
		return all.stream().filter((m) -> m.kind().equals(kind) && m.status().equals(status)).count();
	}

	private static long participants(List<GroupMeeting> all, String kind) {
		return all.stream()
			.filter((m) -> m.kind().equals(kind) && "HELD".equals(m.status()) && m.participants() != null)
			.mapToLong(GroupMeeting::participants)
			.sum();
	}

}
