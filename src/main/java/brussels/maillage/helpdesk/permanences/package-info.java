/**
 * Half-day permanences: the roster, assignment by coordinators, swaps between staff, who
 * is on duty, and each person's iCalendar feed.
 */
package brussels.maillage.helpdesk.permanences;
