package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;

/**
 * A proposed swap.
 *
 * @param id swap id
 * @param shiftId the shift
 * @param lineCode its line
 * @param day its day
 * @param half its half-day
 * @param fromName who proposes it
 * @param toUserId to whom
 * @param toUserName their name
 * @param status its status
 */
record ShiftSwap(long id, long shiftId, String lineCode, LocalDate day, String half, String fromName, long toUserId,
		String toUserName, String status) {
}
