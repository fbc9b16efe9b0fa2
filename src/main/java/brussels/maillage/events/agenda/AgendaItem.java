package brussels.maillage.events.agenda;

import brussels.maillage.events.Event;

/**
 * An event as a line of the agenda, its dates and place already written for the reader.
 *
 * @param event the event
 * @param when its dates and times in the reader's language
 * @param where its place, or {@code null} online
 * @param places places left, for the reader to see whether registering is still possible
 */
record AgendaItem(Event event, String when, String where, int places) {
}
