/**
 * Requests for sessions: the public request form and the staff's list where a request is
 * accepted (an event is created for it) or declined.
 */
package brussels.maillage.events.requests;
