package brussels.maillage.helpdesk.requests;

import java.time.Instant;

/**
 * A line of the request list.
 *
 * @param id request id
 * @param receivedAt when
 * @param channel how
 * @param lineCode which line
 * @param kind which kind
 * @param status where it stands
 * @param unmetNeed whether it ended as an unmet need
 * @param respondent who took it
 */
record RequestRow(long id, Instant receivedAt, String channel, String lineCode, String kind, String status,
		boolean unmetNeed, String respondent) {
}
