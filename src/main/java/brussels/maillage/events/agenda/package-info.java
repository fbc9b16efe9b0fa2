/**
 * The events and their pages: the events' table, the agenda, an event's page with its
 * registration form and personal links, the calendar feeds and the public API; the
 * staff's pages that create, edit and list events with their sessions, questions and
 * activity records; and the requests for sessions (the public form, and the staff's list
 * where a request is accepted, and an event created for it, or declined), one sub-feature
 * because the staff's event form answers a request.
 */
package brussels.maillage.events.agenda;
