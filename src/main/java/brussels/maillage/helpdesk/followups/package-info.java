/**
 * Follow-up actions of requests: the follow-ups due of the lines a person may see, per
 * line and respondent, marking one done, and the follow-ups written as a request is
 * saved.
 */
package brussels.maillage.helpdesk.followups;
