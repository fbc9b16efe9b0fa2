package brussels.maillage.plans.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Milestone;
import brussels.maillage.plans.plan.Plan;

/**
 * The columns of a plan as a table, the same for export and import: one row per
 * deliverable (an action without one has a row with the deliverable columns empty), keyed
 * by territory, year and reference; the action's own columns repeat on each of its rows.
 * Codes, not labels, so that a file reads back the same in any language.
 */
final class PlanColumns {

	static final String TERRITORY = "territory-code";

	static final String YEAR = "year";

	static final String REFERENCE = "reference";

	static final List<String> ALL = List.of(TERRITORY, YEAR, REFERENCE, "objective-code", "origin-code",
			"origin-proposal-id", "lead-team-code", "bassin-codes", "status-code", "title-fr", "title-nl",
			"description-fr", "description-nl", "perspectives-fr", "perspectives-nl", "milestones",
			"deliverable-target", "deliverable-value", "deliverable-unit", "deliverable-per-bassin",
			"deliverable-metric-code", "deliverable-done", "deliverable-document");

	/** Where the columns of a deliverable start. */
	static final int FIRST_DELIVERABLE_COLUMN = ALL.indexOf("deliverable-target");

	static final String MILESTONE_SEPARATOR = " | ";

	private PlanColumns() {
	}

	/** The rows of one plan's actions, in order. */
	static List<List<String>> rows(Plan plan, List<Action> actions) {
		List<List<String>> rows = new ArrayList<>();
		for (Action action : actions) {
			List<String> own = List.of(plan.territory().name(), Integer.toString(plan.year()), action.reference(),
					text(action.objectiveCode()), action.origin().name(),
					(action.originProposalId() != null) ? action.originProposalId().toString() : "",
					text(action.leadTeam()),
					action.bassins().stream().map(TerritoryScope::name).collect(Collectors.joining(",")),
					action.status().name(), text(action.titleFr()), text(action.titleNl()),
					text(action.descriptionFr()), text(action.descriptionNl()), text(action.perspectivesFr()),
					text(action.perspectivesNl()), milestones(action.milestones()));
			if (action.deliverables().isEmpty()) {
				List<String> row = new ArrayList<>(own);
				while (row.size() < ALL.size()) {
					row.add("");
				}
				rows.add(row);
			}
			for (Deliverable deliverable : action.deliverables()) {
				List<String> row = new ArrayList<>(own);
				row.addAll(
						List.of(deliverable.targetText(), number(deliverable.targetValue()), text(deliverable.unit()),
								Boolean.toString(deliverable.perBassin()), text(deliverable.metricCode()),
								Boolean.toString(deliverable.done()), text(deliverable.documentUrl())));
				rows.add(row);
			}
		}
		return rows;
	}

	static String milestones(List<Milestone> milestones) {
		return milestones.stream()
			.map((m) -> m.dueOn() + " " + m.label())
			.collect(Collectors.joining(MILESTONE_SEPARATOR));
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
