/**
 * Follow-up actions of requests: the follow-ups due of the lines a person may see, per
 * line and respondent, marking one done, and the follow-ups written as a request is
 * saved. It uses nothing of {@code helpdesk.requests}: the requests call its service and
 * give it the lines a person sees ({@code FollowUpService.Lines}).
 */
package brussels.maillage.helpdesk.followups;
