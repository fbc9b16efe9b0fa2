package brussels.maillage.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import brussels.maillage.system.LocalizedText;

/**
 * An event as staff describe it, checked: the command to create or change one.
 *
 * @param kind what kind of meeting
 * @param title title in fr/nl/en (French or Dutch at least)
 * @param description description in fr/nl/en
 * @param language language of the event
 * @param online held online
 * @param onlineUrl the meeting link, for an online event
 * @param address street and number, on site
 * @param postcode postcode, on site
 * @param territory the territory it is organised for
 * @param themes directory theme codes
 * @param organiserTeam organising team code
 * @param capacity places, at least 1
 * @param questions custom questions
 * @param consent consent text, or {@code null} for the default
 * @param status draft, published or cancelled
 * @param sessions start and end of each session, in order
 * @param activity listing, headcount, requesting territory, completion rule, replay link
 */
public record EventDraft(EventKind kind, LocalizedText title, LocalizedText description, String language,
		boolean online, String onlineUrl, String address, String postcode, String territory, List<String> themes,
		String organiserTeam, int capacity, List<LocalizedText> questions, LocalizedText consent, EventStatus status,
		List<Times> sessions, EventActivity activity) {

	public EventDraft {
		activity = (activity != null) ? activity : EventActivity.NONE;
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		if (capacity < 1) {
			throw new IllegalArgumentException("An event has at least one place");
		}
		if (sessions == null || sessions.isEmpty()) {
			throw new IllegalArgumentException("An event has at least one session");
		}
		description = (description != null) ? description : LocalizedText.of(null, null, null);
		themes = List.copyOf(themes);
		questions = List.copyOf(questions);
		sessions = List.copyOf(sessions);
		if (activity.completionSessions() != null && activity.completionSessions() > sessions.size()) {
			throw new IllegalArgumentException("A completion rule asks for at most the sessions there are");
		}
		status = (status != null) ? status : EventStatus.PUBLISHED;
	}

	/** A public event counted from its registrations. */
	public EventDraft(EventKind kind, LocalizedText title, LocalizedText description, String language, boolean online,
			String onlineUrl, String address, String postcode, String territory, List<String> themes,
			String organiserTeam, int capacity, List<LocalizedText> questions, LocalizedText consent,
			EventStatus status, List<Times> sessions) {
		this(kind, title, description, language, online, onlineUrl, address, postcode, territory, themes, organiserTeam,
				capacity, questions, consent, status, sessions, EventActivity.NONE);
	}

	/**
	 * When one session starts and ends.
	 *
	 * @param startsAt start
	 * @param endsAt end, after the start
	 */
	public record Times(Instant startsAt, Instant endsAt) {

		public Times {
			if (!endsAt.isAfter(startsAt)) {
				throw new IllegalArgumentException("A session ends after it starts");
			}
		}

	}

}
