/**
 * The helpdesk's lines: their hours and closed days, who sees the requests of which line,
 * the state of each line's mailbox, and the lines page.
 */
package brussels.maillage.helpdesk.lines;
