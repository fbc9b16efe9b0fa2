package brussels.maillage.palliative.followups;

import java.time.LocalDate;

/**
 * A visit of a follow-up: a date, a mode and what became of it; nothing said in it.
 *
 * @param id visit id
 * @param followUpId its follow-up
 * @param visitOn the day
 * @param mode in person, at home, phone or video
 * @param status planned, held, cancelled or no-show
 */
record Visit(long id, long followUpId, LocalDate visitOn, VisitMode mode, VisitStatus status) {
}
