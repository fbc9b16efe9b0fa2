package brussels.maillage.plans.report;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;

/**
 * Where a year's annual report stands: a draft computed live, submitted by a team,
 * reviewed by the coordination, approved (which freezes its snapshot), then published.
 */
enum ReportStatus {

	DRAFT, SUBMITTED, REVIEWED, APPROVED, PUBLISHED;

	/** The next step, or {@code null} once published. */
	public ReportStatus next() {
		return (this == PUBLISHED) ? null : values()[ordinal() + 1];
	}

	/** Whether the report shows its frozen snapshot rather than live figures. */
	public boolean frozen() {
		return this == APPROVED || this == PUBLISHED;
	}

	/**
	 * Whether {@code user} may move a report from this status to the next: the staff of a
	 * plan's territory submit (as they change plans), coordinators review, approve and
	 * publish.
	 */
	public boolean advancedBy(CurrentUser user) {
		if (user == null || this == PUBLISHED) {
			return false;
		}
		if (this == DRAFT) {
			return Plan.TERRITORIES.stream().anyMatch((TerritoryScope t) -> PlansService.canEdit(user, t));
		}
		return user.has(Role.COORDINATOR);
	}

}
