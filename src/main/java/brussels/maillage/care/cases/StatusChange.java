package brussels.maillage.care.cases;

import java.time.LocalDate;

/**
 * A step of a case's status history.
 *
 * @param status the status reached
 * @param closure the closure category of a closed case, or {@code null}
 * @param changedOn the day
 */
record StatusChange(CaseStatus status, ClosureCategory closure, LocalDate changedOn) {
}
