/**
 * The demo agenda: events of the coming months with registrations and attendance, and the
 * events of 2024 as the activity report counts them.
 */
package brussels.maillage.events.demo;
