package brussels.maillage.plans.plan;

import java.util.List;

/**
 * An action with its deliverables and milestones as an import brings it: the ids of the
 * deliverables and milestones are ignored, new ones are given.
 *
 * @param action the action's fields
 * @param deliverables its deliverables, in order
 * @param milestones its milestones
 */
public record PlannedAction(ActionDraft action, List<Deliverable> deliverables, List<Milestone> milestones) {

	public PlannedAction {
		deliverables = List.copyOf(deliverables);
		milestones = List.copyOf(milestones);
	}

}
