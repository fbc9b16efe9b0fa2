package brussels.maillage.events.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.events.EventsService;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.system.LocalizedText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import static brussels.maillage.events.agenda.FormText.at;
import static brussels.maillage.events.agenda.FormText.blank;
import static brussels.maillage.events.agenda.FormText.lines;
import static brussels.maillage.events.agenda.FormText.number;
import static brussels.maillage.events.agenda.FormText.nz;
import static brussels.maillage.events.agenda.FormText.rows;
import static brussels.maillage.events.agenda.FormText.split;

/**
 * The staff form of an event, bound by its constructor exactly as typed (so nothing is
 * lost when it is shown again with errors). A field that stands alone is checked by its
 * Bean Validation constraint (the message is the key of the events bundle), the rest by
 * {@link EventChecks}; {@link #toDraft} turns the checked form into a command.
 *
 * @param kind kind code
 * @param titleFr title in French
 * @param titleNl title in Dutch
 * @param titleEn title in English
 * @param descriptionFr description in French
 * @param descriptionNl description in Dutch
 * @param descriptionEn description in English
 * @param language language of the event
 * @param mode {@code place} or {@code online}
 * @param onlineUrl meeting link
 * @param address street and number
 * @param postcode postcode
 * @param territory territory code
 * @param themes theme codes
 * @param organiserTeam team code
 * @param capacity places, as typed
 * @param questionsFr custom questions in French, one per line
 * @param questionsNl the same in Dutch
 * @param questionsEn the same in English
 * @param status status code
 * @param sessionDate each session's date (yyyy-mm-dd)
 * @param sessionStart each session's start time (hh:mm)
 * @param sessionEnd each session's end time (hh:mm)
 * @param unlisted {@code true} for an event given inside a team or an organisation
 * @param headcount people counted, as typed, when they are not registered
 * @param headcountExactness {@code EXACT} or {@code ESTIMATED}
 * @param requestingTerritory where the request came from, or empty
 * @param completionSessions sessions to attend to complete a cycle, as typed, or empty
 * @param replayUrl where a webinar can be watched again, or empty
 */
record EventForm(
		@NotNull(message = "events.form.error.kind") @Pattern(regexp = KINDS, flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "events.form.error.kind") String kind,
		String titleFr, String titleNl, String titleEn, String descriptionFr, String descriptionNl,
		String descriptionEn,
		@NotNull(message = "events.form.error.language") @Pattern(regexp = "fr|nl|bilingual|en",
				message = "events.form.error.language") String language,
		@NotNull(message = "events.form.error.mode") @Pattern(
				regexp = "place|online", message = "events.form.error.mode") String mode,
		String onlineUrl, String address, String postcode,
		@NotNull(message = "events.form.error.territory") @Pattern(regexp = EventsService.TERRITORY_CODES,
				message = "events.form.error.territory") String territory,
		List<String> themes, String organiserTeam, String capacity, String questionsFr, String questionsNl,
		String questionsEn,
		@NotNull(message = "events.form.error.status") @Pattern(regexp = "DRAFT|PUBLISHED|CANCELLED",
				message = "events.form.error.status") String status,
		List<String> sessionDate, List<String> sessionStart, List<String> sessionEnd, String unlisted, String headcount,
		String headcountExactness, String requestingTerritory, String completionSessions, String replayUrl) {

	/** Rows of sessions offered by the form. */
	public static final int SESSION_ROWS = 12;

	/** The codes of {@link EventKind}, for the constraint on {@link #kind}. */
	static final String KINDS = "INFO_SESSION|WEBINAR|TRAINING|FORUM|WORKSHOP|CONSULTATION|COMMUNITY_MEETING"
			+ "|OPEN_DOORS_VISIT";

	static final List<String> LANGUAGES = List.of("fr", "nl", "bilingual", "en");

	public EventForm {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		sessionDate = rows(sessionDate);
		sessionStart = rows(sessionStart);
		sessionEnd = rows(sessionEnd);
	}

	/** An empty form with sensible defaults. */
	public static EventForm empty(String territory, String team) {
		return new EventForm("INFO_SESSION", "", "", "", "", "", "", "bilingual", "place", "", "", "", territory,
				List.of(), team, "30", "", "", "", "PUBLISHED", List.of(), List.of(), List.of(), null, "", "EXACT", "",
				"", "");
	}

	/** The form showing a stored event. */
	public static EventForm of(Event event, ZoneId zone) {
		List<String> dates = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		for (EventSession session : event.sessions()) {
			dates.add(session.startsAt().atZone(zone).toLocalDate().toString());
			starts.add(session.startsAt().atZone(zone).toLocalTime().toString());
			ends.add(session.endsAt().atZone(zone).toLocalTime().toString());
		}
		return new EventForm(event.kind().name(), nz(event.title().fr()), nz(event.title().nl()),
				nz(event.title().en()), nz(event.description().fr()), nz(event.description().nl()),
				nz(event.description().en()), event.language(), event.online() ? "online" : "place",
				nz(event.onlineUrl()), nz(event.address()), nz(event.postcode()), event.territory(), event.themes(),
				event.organiserTeam(), String.valueOf(event.capacity()), lines(event.questions(), "fr"),
				lines(event.questions(), "nl"), lines(event.questions(), "en"), event.status().name(), dates, starts,
				ends, event.activity().unlisted() ? "true" : null, number(event.activity().headcount()),
				(event.activity().exactness() != null) ? event.activity().exactness().name() : "EXACT",
				nz(event.activity().requestingTerritory()), number(event.activity().completionSessions()),
				nz(event.activity().replayUrl()));
	}

	/**
	 * The checked form as a command; call only when {@link EventChecks} found no problem.
	 */
	public EventDraft toDraft(ZoneId zone) {
		List<EventDraft.Times> sessions = new ArrayList<>();
		for (int i = 0; i < SESSION_ROWS; i++) {
			if (blank(this.sessionDate.get(i))) {
				continue;
			}
			LocalDate day = LocalDate.parse(this.sessionDate.get(i).strip());
			sessions.add(new EventDraft.Times(
					day.atTime(LocalTime.parse(this.sessionStart.get(i).strip())).atZone(zone).toInstant(),
					day.atTime(LocalTime.parse(this.sessionEnd.get(i).strip())).atZone(zone).toInstant()));
		}
		sessions.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
		boolean online = "online".equals(this.mode);
		return new EventDraft(EventKind.parse(this.kind), LocalizedText.of(this.titleFr, this.titleNl, this.titleEn),
				LocalizedText.of(this.descriptionFr, this.descriptionNl, this.descriptionEn), this.language, online,
				online ? this.onlineUrl.strip() : null, online ? null : this.address.strip(),
				online ? null : this.postcode.strip(), this.territory, this.themes, this.organiserTeam,
				capacityNumber(), questions(), null, EventStatus.valueOf(this.status), sessions,
				ActivityChecks.activity(this));
	}

	List<LocalizedText> questions() {
		List<String> fr = split(this.questionsFr);
		List<String> nl = split(this.questionsNl);
		List<String> en = split(this.questionsEn);
		List<LocalizedText> questions = new ArrayList<>();
		for (int i = 0; i < Math.max(fr.size(), Math.max(nl.size(), en.size())); i++) {
			questions.add(LocalizedText.of(at(fr, i), at(nl, i), at(en, i)));
		}
		return questions;
	}

	Integer capacityNumber() {
		try {
			return (this.capacity != null) ? Integer.valueOf(this.capacity.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
