package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;

/**
 * A half-day without anyone on duty.
 *
 * @param lineCode the line
 * @param day the day
 * @param half {@code AM} or {@code PM}
 */
record UncoveredHalfDay(String lineCode, LocalDate day, String half) {
}
