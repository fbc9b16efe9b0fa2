package brussels.maillage.events.editing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.agenda.EventTerritories;
import brussels.maillage.system.LocalizedText;

import static brussels.maillage.events.editing.FormText.at;
import static brussels.maillage.events.editing.FormText.blank;
import static brussels.maillage.events.editing.FormText.isWebAddress;
import static brussels.maillage.events.editing.FormText.length;
import static brussels.maillage.events.editing.FormText.lines;
import static brussels.maillage.events.editing.FormText.number;
import static brussels.maillage.events.editing.FormText.nz;
import static brussels.maillage.events.editing.FormText.rows;
import static brussels.maillage.events.editing.FormText.split;

/**
 * The staff form of an event, exactly as typed (so nothing is lost when it is shown again
 * with errors); {@link #problems} checks it and {@link #toDraft} turns it into a command.
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
record EventForm(String kind, String titleFr, String titleNl, String titleEn, String descriptionFr,
		String descriptionNl, String descriptionEn, String language, String mode, String onlineUrl, String address,
		String postcode, String territory, List<String> themes, String organiserTeam, String capacity,
		String questionsFr, String questionsNl, String questionsEn, String status, List<String> sessionDate,
		List<String> sessionStart, List<String> sessionEnd, String unlisted, String headcount,
		String headcountExactness, String requestingTerritory, String completionSessions, String replayUrl) {

	/** Rows of sessions offered by the form. */
	public static final int SESSION_ROWS = 12;

	static final List<String> LANGUAGES = List.of("fr", "nl", "bilingual", "en");

	static final List<String> TERRITORIES = EventTerritories.ALL;

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
	 * What is wrong, field → message key, in the form's order.
	 * @param now the present, to refuse a new event in the past
	 * @param isNew whether the event is being created
	 */
	public Map<String, String> problems(Instant now, ZoneId zone, boolean isNew, Set<String> teams,
			Set<String> themeCodes, Predicate<String> brusselsPostcode) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (EventKind.parse(this.kind) == null) {
			problems.put("kind", "events.form.error.kind");
		}
		if (blank(this.titleFr) && blank(this.titleNl)) {
			problems.put("titleFr", "events.form.error.title");
		}
		else if (length(this.titleFr) > 200 || length(this.titleNl) > 200 || length(this.titleEn) > 200) {
			problems.put("titleFr", "events.form.error.titleLength");
		}
		if (length(this.descriptionFr) > 5000 || length(this.descriptionNl) > 5000
				|| length(this.descriptionEn) > 5000) {
			problems.put("descriptionFr", "events.form.error.descriptionLength");
		}
		if (this.language == null || !LANGUAGES.contains(this.language)) {
			problems.put("language", "events.form.error.language");
		}
		if ("online".equals(this.mode)) {
			if (!isWebAddress(this.onlineUrl)) {
				problems.put("onlineUrl", "events.form.error.onlineUrl");
			}
		}
		else if (!"place".equals(this.mode)) {
			problems.put("mode", "events.form.error.mode");
		}
		else {
			if (blank(this.address) || length(this.address) > 300) {
				problems.put("address", "events.form.error.address");
			}
			if (blank(this.postcode) || !this.postcode.strip().matches("\\d{4}")) {
				problems.put("postcode", "events.form.error.postcode");
			}
			else if (!brusselsPostcode.test(this.postcode.strip())) {
				problems.put("postcode", "events.form.error.postcodeOutside");
			}
		}
		if (this.territory == null || !TERRITORIES.contains(this.territory)) {
			problems.put("territory", "events.form.error.territory");
		}
		if (!themeCodes.containsAll(this.themes)) {
			problems.put("themes", "events.form.error.themes");
		}
		if (this.organiserTeam == null || !teams.contains(this.organiserTeam)) {
			problems.put("organiserTeam", "events.form.error.team");
		}
		Integer places = capacityNumber();
		if (places == null) {
			problems.put("capacity", "events.form.error.capacityNumber");
		}
		else if (places < 1) {
			problems.put("capacity", "events.form.error.capacityPositive");
		}
		else if (places > 100_000) {
			problems.put("capacity", "events.form.error.capacityLarge");
		}
		if (questions().size() > 10) {
			problems.put("questionsFr", "events.form.error.questions");
		}
		if (status == null || !List.of("DRAFT", "PUBLISHED", "CANCELLED").contains(this.status)) {
			problems.put("status", "events.form.error.status");
		}
		int sessions = sessionProblems(now, zone, isNew, problems);
		ActivityChecks.problems(this, sessions, problems);
		return problems;
	}

	private int sessionProblems(Instant now, ZoneId zone, boolean isNew, Map<String, String> problems) {
		List<EventDraft.Times> seen = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < SESSION_ROWS; i++) {
			String date = this.sessionDate.get(i);
			String start = this.sessionStart.get(i);
			String end = this.sessionEnd.get(i);
			if (blank(date) && blank(start) && blank(end)) {
				continue;
			}
			any = true;
			String field = "session" + i;
			try {
				LocalDate day = LocalDate.parse(date.strip());
				LocalTime from = LocalTime.parse(start.strip());
				LocalTime to = LocalTime.parse(end.strip());
				if (!to.isAfter(from)) {
					problems.put(field, "events.form.error.sessionOrder");
					continue;
				}
				Instant startsAt = day.atTime(from).atZone(zone).toInstant();
				Instant endsAt = day.atTime(to).atZone(zone).toInstant();
				if (isNew && startsAt.isBefore(now)) {
					problems.put(field, "events.form.error.sessionPast");
					continue;
				}
				if (day.getYear() > 2100) {
					problems.put(field, "events.form.error.sessionDate");
					continue;
				}
				for (EventDraft.Times other : seen) {
					if (startsAt.isBefore(other.endsAt()) && other.startsAt().isBefore(endsAt)) {
						problems.put(field, "events.form.error.sessionOverlap");
					}
				}
				seen.add(new EventDraft.Times(startsAt, endsAt));
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problems.put(field, "events.form.error.sessionDate");
			}
		}
		if (!any) {
			problems.put("session0", "events.form.error.sessionMissing");
		}
		return seen.size();
	}

	/** The checked form as a command; call only when {@link #problems} is empty. */
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

	private Integer capacityNumber() {
		try {
			return (this.capacity != null) ? Integer.valueOf(this.capacity.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
