package brussels.maillage.palliative.followups;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a follow-up's status history.
 *
 * @param status the status it moved to
 * @param changedOn the day it took effect
 * @param recordedAt when it was recorded
 */
record StatusChange(FollowUpStatus status, LocalDate changedOn, Instant recordedAt) {
}
