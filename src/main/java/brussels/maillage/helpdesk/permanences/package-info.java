/**
 * The lines and who answers them: each line with its hours and closed days (the lines
 * page), the half-day roster, assignment by coordinators, swaps between staff, and each
 * person's iCalendar feed.
 */
package brussels.maillage.helpdesk.permanences;
