package brussels.maillage.events;

/**
 * One line of the events figures.
 *
 * @param key what the line groups by: a kind, territory, theme or month code, or an event
 * id
 * @param label the event's title for a line per event, otherwise {@code null} (pages
 * translate the key)
 * @param events how many events
 * @param registrants confirmed registrations
 * @param attendees registrants present at least once
 * @param noShows registrants of ended events never present
 */
public record FigureRow(String key, String label, long events, long registrants, long attendees, long noShows) {
}
