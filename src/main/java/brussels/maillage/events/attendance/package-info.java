/**
 * Attendance: who came to each session of an event, recorded on its check-in list.
 */
package brussels.maillage.events.attendance;
