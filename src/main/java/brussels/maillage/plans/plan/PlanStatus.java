package brussels.maillage.plans.plan;

import java.util.List;

/**
 * Where a plan stands: written as a draft, proposed to its council, validated by a
 * council decision, then closed once the year is reported.
 */
public enum PlanStatus {

	DRAFT, PROPOSED, VALIDATED, CLOSED;

	/** The statuses a plan may move to from this one. */
	public List<PlanStatus> next() {
		return switch (this) {
			case DRAFT -> List.of(PROPOSED);
			case PROPOSED -> List.of(DRAFT, VALIDATED);
			case VALIDATED -> List.of(CLOSED);
			case CLOSED -> List.of();
		};
	}

	/**
	 * Whether its actions and deliverables may still be changed: during the year too, as
	 * actions progress; a closed plan is kept as reported.
	 */
	public boolean editable() {
		return this != CLOSED;
	}

	/** Whether an import may replace its actions: not once its council validated it. */
	public boolean replaceable() {
		return this == DRAFT || this == PROPOSED;
	}

}
