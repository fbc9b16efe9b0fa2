package brussels.maillage.plans.plan;

import java.util.List;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

/**
 * An action's own fields as written from a form or an import row (its deliverables and
 * milestones apart).
 *
 * @param reference its reference ({@code 3.1})
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param descriptionFr French description
 * @param descriptionNl Dutch description
 * @param objectiveCode the objective it serves, or {@code null}
 * @param origin why it is in the plan
 * @param originProposalId the governance proposal it comes from, or {@code null}
 * @param leadTeam code of the team that leads it, or {@code null}
 * @param bassins the bassins it concerns
 * @param status where it stands
 * @param perspectivesFr perspectives for next year in French
 * @param perspectivesNl perspectives for next year in Dutch
 */
public record ActionDraft(String reference, String titleFr, String titleNl, String descriptionFr, String descriptionNl,
		String objectiveCode, Origin origin, UUID originProposalId, String leadTeam, List<TerritoryScope> bassins,
		ActionStatus status, String perspectivesFr, String perspectivesNl) {

	public ActionDraft {
		bassins = List.copyOf(bassins);
	}

	/** The fields of a stored action. */
	public static ActionDraft of(Action action) {
		return new ActionDraft(action.reference(), action.titleFr(), action.titleNl(), action.descriptionFr(),
				action.descriptionNl(), action.objectiveCode(), action.origin(), action.originProposalId(),
				action.leadTeam(), action.bassins(), action.status(), action.perspectivesFr(), action.perspectivesNl());
	}

}
