/**
 * Follow-up actions of requests: those due of the lines one sees, and marking one done.
 */
package brussels.maillage.helpdesk.followups;
