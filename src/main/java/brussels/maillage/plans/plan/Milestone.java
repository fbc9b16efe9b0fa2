package brussels.maillage.plans.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated step of an action.
 *
 * @param id milestone id
 * @param dueOn its day
 * @param label what happens then
 */
public record Milestone(UUID id, LocalDate dueOn, String label) {
}
