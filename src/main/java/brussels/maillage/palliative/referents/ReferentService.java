package brussels.maillage.palliative.referents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.palliative.referents.ReferentMeeting.MeetingStatus;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referent groups of the palliative culture in nursing homes: groups of one bassin or a
 * pair, split later without losing their history; their meetings as unlisted events of
 * the events module, whose headcount is the attendance; participants per round (first and
 * second half of the year) summed over the groups.
 */
@Service
@Transactional(readOnly = true)
class ReferentService {

	/** The team that organises the meetings, as the events module records it. */
	static final String TEAM = "PALLIATIVE";

	private static final LocalTime STARTS = LocalTime.of(14, 0);

	private final ReferentGroupRepository groups;

	private final ReferentMeetingRepository meetings;

	private final EventsService events;

	private final AuditLog audit;

	private final Clock clock;

	ReferentService(ReferentGroupRepository groups, ReferentMeetingRepository meetings, EventsService events,
			AuditLog audit, Clock clock) {
		this.groups = groups;
		this.meetings = meetings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Every group with its bassins over time. */
	public List<ReferentGroup> groups() {
		return this.groups.all();
	}

	public Optional<ReferentGroup> group(long id) {
		return this.groups.find(id);
	}

	/**
	 * Starts a group for one bassin or more from {@code from}.
	 * @throws Refused when a bassin is already in a group
	 */
	@Transactional
	public long create(String name, List<String> bassins, LocalDate from) {
		Set<String> taken = new HashSet<>();
		this.groups.all().forEach((group) -> taken.addAll(group.currentBassins()));
		if (bassins.stream().anyMatch(taken::contains)) {
			throw new Refused("bassins", "palliative.referents.bassin.taken");
		}
		long id = this.groups.insert(name, from);
		bassins.forEach((bassin) -> this.groups.addBassin(id, bassin, from));
		this.audit.record("palliative.referents.group.created", "palliative_referent_group", id,
				AuditLog.details("referent-group-created", String.join(", ", bassins)));
		return id;
	}

	/**
	 * Splits a bassin off a group: its period in the group ends the day before
	 * {@code from}, and a new group holds it from {@code from}. The meetings held so far
	 * stay with the old group.
	 * @throws Refused when the bassin is not the group's now, is its only one, or
	 * {@code from} is not after the bassin joined
	 */
	@Transactional
	public long split(long groupId, String bassin, LocalDate from, String name) {
		ReferentGroup group = this.groups.find(groupId).orElseThrow();
		if (!group.currentBassins().contains(bassin)) {
			throw new Refused("bassin", "palliative.referents.split.notInGroup");
		}
		if (group.currentBassins().size() < 2) {
			throw new Refused("bassin", "palliative.referents.split.only");
		}
		LocalDate joined = group.bassins()
			.stream()
			.filter((period) -> period.bassin().equals(bassin) && period.validUntil() == null)
			.findFirst()
			.orElseThrow()
			.validFrom();
		if (!from.isAfter(joined)) {
			throw new Refused("splitOn", "palliative.referents.split.tooEarly");
		}
		this.groups.endBassin(groupId, bassin, from.minusDays(1));
		long id = this.groups.insert(name, from);
		this.groups.addBassin(id, bassin, from);
		this.audit.record("palliative.referents.group.split", "palliative_referent_group", groupId,
				AuditLog.details("referent-group-split", bassin, id));
		return id;
	}

	/**
	 * Plans a meeting of a group: an unlisted event of the events module on that day.
	 * @throws Refused when the group has no bassin on that day
	 */
	@Transactional
	public long plan(long groupId, LocalDate day) {
		ReferentGroup group = this.groups.find(groupId).orElseThrow();
		List<String> bassins = group.bassinsOn(day);
		if (bassins.isEmpty()) {
			throw new Refused("heldOn", "palliative.referents.meeting.outsideGroup");
		}
		ZoneId zone = this.clock.getZone();
		String name = group.name();
		UUID event = this.events.create(new EventDraft(EventKind.WORKSHOP,
				LocalizedText.of("Groupe de référent·es palliatifs en MR/MRS – " + name,
						"Referentengroep palliatieve zorg in WZC – " + name,
						"Palliative referents in nursing homes – " + name),
				null, "bilingual", false, null, null, null, (bassins.size() == 1) ? bassins.get(0) : "REGION",
				List.of(), TEAM, 60, List.of(), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(day.atTime(STARTS).atZone(zone).toInstant(),
						day.atTime(STARTS.plusHours(2)).atZone(zone).toInstant())),
				new EventActivity(true, null, null, null, null, null)));
		long id = this.meetings.insert(groupId, event, day);
		this.audit.record("palliative.referents.meeting.planned", "palliative_referent_meeting", id, null);
		return id;
	}

	/**
	 * Records a meeting as held with its participants (the event's headcount), or as
	 * cancelled (the event is called off).
	 */
	@Transactional
	public void record(long meetingId, MeetingStatus status, Integer participants) {
		ReferentMeeting meeting = this.meetings.find(meetingId).orElseThrow();
		if (status == MeetingStatus.HELD && meeting.heldOn().isAfter(today())) {
			throw new Refused("meetingStatus", "palliative.referents.meeting.future");
		}
		Event event = this.events.event(meeting.eventId()).orElseThrow();
		EventActivity activity = event.activity();
		Integer headcount = (status == MeetingStatus.HELD) ? participants : null;
		this.events.update(event.id(),
				new EventDraft(event.kind(), event.title(), event.description(), event.language(), event.online(),
						event.onlineUrl(), event.address(), event.postcode(), event.territory(), event.themes(),
						event.organiserTeam(), event.capacity(), event.questions(), event.consent(),
						(status == MeetingStatus.CANCELLED) ? EventStatus.CANCELLED : EventStatus.PUBLISHED,
						event.sessions().stream().map((s) -> new EventDraft.Times(s.startsAt(), s.endsAt())).toList(),
						new EventActivity(activity.unlisted(), headcount,
								(headcount != null) ? HeadcountExactness.EXACT : null, activity.requestingTerritory(),
								activity.completionSessions(), activity.replayUrl())));
		this.meetings.status(meetingId, status);
		this.audit.record("palliative.referents.meeting.recorded", "palliative_referent_meeting", meetingId,
				(headcount != null) ? AuditLog.details("referent-meeting", status, headcount) : status.name());
	}

	/** A group's meetings, the latest first, with their participants. */
	public List<ReferentMeeting> meetings(long groupId) {
		return withParticipants(this.meetings.ofGroup(groupId));
	}

	/** Every group's meetings of a year, with their participants. */
	public List<ReferentMeeting> meetingsOf(int year) {
		return withParticipants(this.meetings.ofYear(year, null));
	}

	public Optional<ReferentMeeting> meeting(long id) {
		return this.meetings.find(id).map((found) -> withParticipants(List.of(found)).get(0));
	}

	/**
	 * A year's rounds: for each half of the year, the meetings held, the groups that met
	 * and the participants summed over the groups.
	 */
	public List<Round> rounds(int year) {
		List<Round> rounds = new ArrayList<>();
		List<ReferentMeeting> all = meetingsOf(year);
		for (int round = 1; round <= 2; round++) {
			int number = round;
			List<ReferentMeeting> held = all.stream()
				.filter((m) -> m.round() == number && m.status() == MeetingStatus.HELD)
				.toList();
			rounds
				.add(new Round(year, round, held.size(), held.stream().map(ReferentMeeting::groupId).distinct().count(),
						held.stream().mapToInt((m) -> (m.participants() != null) ? m.participants() : 0).sum()));
		}
		return rounds;
	}

	private List<ReferentMeeting> withParticipants(List<ReferentMeeting> found) {
		return found.stream()
			.map((m) -> new ReferentMeeting(m.id(), m.groupId(), m.eventId(), m.heldOn(), m.status(),
					this.events.event(m.eventId()).map((event) -> event.activity().headcount()).orElse(null)))
			.toList();
	}

	/**
	 * A round of meetings.
	 *
	 * @param year the year
	 * @param round 1 (January to June) or 2 (July to December)
	 * @param meetings meetings held
	 * @param groups groups that met
	 * @param participants participants summed over the groups
	 */
	public record Round(int year, int round, int meetings, long groups, int participants) {
	}

}
