package brussels.maillage.events;

import java.time.Instant;

/**
 * One line of the events figures.
 *
 * @param key what the line groups by: a kind, territory, theme or month code, or an event
 * id
 * @param label the event's title for a line per event, otherwise {@code null} (pages
 * translate the key)
 * @param startsAt when the event starts, for a line per event, otherwise {@code null}
 * @param territory the territory the event is organised for, for a line per event,
 * otherwise {@code null}
 * @param place where it is held ("address, postcode commune", or {@code null} online),
 * for a line per event
 * @param online whether the event is held online, for a line per event
 * @param events how many events
 * @param registrants confirmed registrations
 * @param attendees registrants present at least once
 * @param noShows registrants of ended events never present
 */
public record FigureRow(String key, String label, Instant startsAt, String territory, String place, boolean online,
		long events, long registrants, long attendees, long noShows) {
}
