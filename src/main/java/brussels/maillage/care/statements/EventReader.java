package brussels.maillage.care.statements;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.care.forms.Choice;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;

import org.springframework.stereotype.Component;

/**
 * The events that fee lines refer to, read through the events module's public service
 * only (its title and first day): the one place of this module that knows it.
 */
@Component
class EventReader {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final EventsService events;

	EventReader(EventsService events) {
		this.events = events;
	}

	/** The first day of an event, if it exists. */
	Optional<LocalDate> day(UUID id) {
		return this.events.event(id).map(EventReader::firstDay);
	}

	/** An event's title in the reader's language, or its id when it no longer exists. */
	String title(UUID id, Locale locale) {
		return this.events.event(id).map((event) -> event.title().in(locale).text()).orElse(id.toString());
	}

	/** The events held in a period, as choices ("day – title"), by day. */
	List<Choice> heldIn(LocalDate from, LocalDate to, Locale locale) {
		return this.events.all(2000)
			.stream()
			.filter((event) -> firstDay(event) != null && !firstDay(event).isBefore(from)
					&& !firstDay(event).isAfter(to))
			.sorted(Comparator.comparing(EventReader::firstDay))
			.map((event) -> new Choice(event.id().toString(),
					firstDay(event) + " – " + event.title().in(locale).text()))
			.toList();
	}

	private static LocalDate firstDay(Event event) {
		return event.sessions().isEmpty() ? null : event.sessions().get(0).startsAt().atZone(BRUSSELS).toLocalDate();
	}

}
