package brussels.maillage.events.agenda;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventsService;

/** When an event takes place, as a person reads it in the page's language. */
final class EventTimes {

	private EventTimes() {
	}

	/** Each session's day and hours, Brussels time, separated by a middle dot. */
	static String when(Event event, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		List<String> parts = new ArrayList<>();
		for (EventSession session : event.sessions()) {
			parts.add(day.format(session.startsAt().atZone(EventsService.TIME_ZONE)) + ", "
					+ time.format(session.startsAt().atZone(EventsService.TIME_ZONE)) + "–"
					+ time.format(session.endsAt().atZone(EventsService.TIME_ZONE)));
		}
		return String.join(" · ", parts);
	}

}
