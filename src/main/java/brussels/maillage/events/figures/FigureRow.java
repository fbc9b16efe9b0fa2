package brussels.maillage.events.figures;

import java.time.Instant;

/**
 * One line of the events figures.
 *
 * @param key what the line groups by: a kind, territory, team, theme or month code, or an
 * event id
 * @param key2 the second dimension's code when the figures cross two, otherwise
 * {@code null}
 * @param label the event's title for a line per event, otherwise {@code null} (pages
 * translate the key)
 * @param startsAt when the event starts, for a line per event, otherwise {@code null}
 * @param territory the territory the event is organised for, for a line per event,
 * otherwise {@code null}
 * @param place where it is held ("address, postcode commune", or {@code null} online),
 * for a line per event
 * @param online whether the event is held online, for a line per event
 * @param events how many events were planned (published or cancelled)
 * @param held how many were held: published and ended
 * @param cancelled how many were planned and not held (cancelled)
 * @param registrants confirmed registrations
 * @param attendees people present: registrants present at least once, or the headcount of
 * an event counted without registrations; none at a cancelled event
 * @param estimated of the attendees, those counted by an estimated headcount
 * @param completed participants who completed a cycle by its completion rule
 * @param noShows registrants of held events never present
 */
record FigureRow(String key, String key2, String label, Instant startsAt, String territory, String place,
		boolean online, long events, long held, long cancelled, long registrants, long attendees, long estimated,
		long completed, long noShows) {
}
