package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;

/**
 * A half-day permanence on a line.
 *
 * @param id shift id
 * @param lineCode the line
 * @param day the day
 * @param half {@code AM} (9:00-13:00) or {@code PM} (13:00-17:00)
 * @param userId the respondent's account id
 * @param userName the respondent's name
 * @param userEmail the respondent's e-mail address
 */
record Shift(long id, String lineCode, LocalDate day, String half, long userId, String userName, String userEmail) {
}
