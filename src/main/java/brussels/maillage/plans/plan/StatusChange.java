package brussels.maillage.plans.plan;

import java.time.Instant;

/**
 * One step of a plan's or an action's status history.
 *
 * @param from the status before, {@code null} at creation
 * @param to the status after
 * @param note what was said with it (the council decision for a validation), or
 * {@code null}
 * @param at when
 * @param by who
 */
record StatusChange(String from, String to, String note, Instant at, String by) {
}
