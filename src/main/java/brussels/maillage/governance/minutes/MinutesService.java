package brussels.maillage.governance.minutes;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.agenda.AgendaItem;
import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Category;
import brussels.maillage.governance.decisions.DecisionsService;
import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.Synthesis;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a meeting's record (agenda, attendance counts, decisions, synthesis) for its
 * procès-verbal, and its attendance counts by category: what may be shown publicly, never
 * a name.
 */
@Service
@Transactional(readOnly = true)
class MinutesService {

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final AgendaService agenda;

	private final DecisionsService decisions;

	private final SynthesesService syntheses;

	private final MessageSource messages;

	private final ZoneId zone;

	MinutesService(MeetingsService meetings, BodiesService bodies, AgendaService agenda, DecisionsService decisions,
			SynthesesService syntheses, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.agenda = agenda;
		this.decisions = decisions;
		this.syntheses = syntheses;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/** The meeting's record in {@code language}, empty for an unknown meeting. */
	public Optional<MeetingRecord> record(UUID meetingId, String language) {
		Optional<Meeting> found = this.meetings.meeting(meetingId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Meeting meeting = found.get();
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		List<AgendaItem> items = this.agenda.items(meetingId);
		Map<UUID, AgendaItem> byId = new LinkedHashMap<>();
		items.forEach((item) -> byId.put(item.id(), item));
		AttendanceSheet sheet = this.meetings.sheet(meetingId);
		String textLanguage = "nl".equals(language) ? "nl" : "fr";
		Synthesis synthesis = this.syntheses.forMeeting(meetingId)
			.filter((s) -> s.published(textLanguage))
			.orElse(null);
		return Optional.of(new MeetingRecord(body, meeting, this.meetings.date(meeting), this.zone, items, sheet,
				byCategory(body, sheet, Locale.forLanguageTag(language)),
				body.kind().council() ? this.decisions.ofMeeting(meetingId) : List.of(), byId, synthesis, language));
	}

	/**
	 * How many came, by category: members present or represented per category they
	 * represent, then registrants present and walk-ins. Counts only.
	 */
	List<MeetingRecord.CategoryCount> byCategory(Body body, AttendanceSheet sheet, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Category category : this.bodies.participantCategories(body)) {
			names.put(category.code(), category.name().in(locale).text());
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		names.values().forEach((name) -> counts.put(name, 0L));
		String other = this.messages.getMessage("governance.minutes.otherMembers", null, locale);
		for (AttendanceSheet.Line line : sheet.lines()) {
			if (line.status() == null || !line.status().attended()) {
				continue;
			}
			String category = line.membership().category();
			String label = (category != null && names.containsKey(category)) ? names.get(category) : other;
			counts.merge(label, 1L, Long::sum);
		}
		String otherParticipants = this.messages.getMessage("governance.participants.noCategory", null, locale);
		for (brussels.maillage.governance.meetings.Participant participant : sheet.others()) {
			String category = participant.category();
			counts.merge((category != null && names.containsKey(category)) ? names.get(category) : otherParticipants,
					1L, Long::sum);
		}
		List<MeetingRecord.CategoryCount> result = new ArrayList<>();
		counts.forEach((label, count) -> {
			if (count > 0) {
				result.add(new MeetingRecord.CategoryCount(label, count));
			}
		});
		if (sheet.registeredPresent() > 0) {
			result.add(new MeetingRecord.CategoryCount(
					this.messages.getMessage("governance.minutes.registrants", null, locale),
					sheet.registeredPresent()));
		}
		if (sheet.meeting().walkIns() > 0) {
			result.add(new MeetingRecord.CategoryCount(
					this.messages.getMessage("governance.attendance.walkIns", null, locale),
					sheet.meeting().walkIns()));
		}
		return result;
	}

}
