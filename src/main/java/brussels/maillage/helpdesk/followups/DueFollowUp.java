package brussels.maillage.helpdesk.followups;

import java.time.LocalDate;

/**
 * A follow-up action not done yet, in the list of due follow-ups.
 *
 * @param id follow-up id
 * @param requestId the request it belongs to
 * @param action what to do
 * @param dueOn when
 * @param lineCode the request's line ({@code null}: not recorded)
 * @param respondentId the request's respondent, when known
 * @param respondent the respondent's name
 */
record DueFollowUp(long id, long requestId, String action, LocalDate dueOn, String lineCode, Long respondentId,
		String respondent) {
}
