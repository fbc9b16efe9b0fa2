/**
 * The events and their public pages: the agenda, an event's page with its registration
 * form and personal links, the calendar feeds, the public API and the events' table.
 */
package brussels.maillage.events.agenda;
