package brussels.maillage.events.agenda;

import java.util.Locale;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/** Events as lines of the agenda, their dates and place written for the reader. */
@Component
class AgendaItems {

	private final EventsService events;

	private final TerritoryService territory;

	AgendaItems(EventsService events, TerritoryService territory) {
		this.events = events;
		this.territory = territory;
	}

	/** The line of an event, with the places left. */
	AgendaItem item(Event event, Locale locale) {
		return new AgendaItem(event, EventTimes.when(event, locale), where(event, locale),
				this.events.places(event.id()).left());
	}

	/** The same line without counting places (for lists that count them at once). */
	AgendaItem itemWithoutPlaces(Event event, Locale locale) {
		return new AgendaItem(event, EventTimes.when(event, locale), where(event, locale), 0);
	}

	/** Each session's day and hours, Brussels time, in the page's language. */
	String when(Event event, Locale locale) {
		return EventTimes.when(event, locale);
	}

	/** The full address of an on-site event, {@code null} online. */
	String where(Event event, Locale locale) {
		if (event.online() || event.address() == null) {
			return null;
		}
		return this.territory.fullAddress(event.address(), event.postcode(), event.communeNis(), locale);
	}

}
