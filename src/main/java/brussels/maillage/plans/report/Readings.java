package brussels.maillage.plans.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

import brussels.maillage.indicators.MetricDefinition;

/**
 * How the annual report reads a deliverable's metric, as the activity report 2024 fills
 * its "Bilan et indicateurs" column: which territory is measured, and which figures are
 * printed beside the value (a breakdown, another metric, the values per territory).
 */
final class Readings {

	/**
	 * Metrics the regional plan reads for the whole region: their territory is a line or
	 * a delivering team, and the regional action covers them all (652 requests on every
	 * line, 80 Brus'info sessions).
	 */
	private static final Set<String> WHOLE_IN_REGION = Set.of("helpdesk.requests", "events.brusinfo.byTeam",
			"events.brusinfo.byRequesting");

	private static final Map<String, List<Detail>> DETAILS = Map.of("helpdesk.requests",
			List.of(Detail.breakdown("channel"), Detail.breakdown("line")), "governance.meetings.held",
			List.of(Detail.breakdown("kind"), Detail.companion("governance.meetings.participants", "meeting")),
			"governance.councils.held", List.of(Detail.companion("governance.meetings.participants", "meeting")),
			"governance.syntheses.published", List.of(Detail.breakdown("kind")), "events.openDoors.visitors",
			List.of(Detail.companion("events.openDoors.visits", null)), "events.brusinfo.byTeam",
			List.of(Detail.territories()), "events.brusinfo.byRequesting", List.of(Detail.territories()));

	private Readings() {
	}

	/**
	 * The territory measured for a deliverable of {@code plan}'s plan: the plan's own
	 * territory where the metric is measured for it (a bassin always), otherwise the
	 * whole ({@code null}).
	 */
	static String scope(MetricDefinition metric, String plan) {
		if ("REGION".equals(plan) && WHOLE_IN_REGION.contains(metric.code())) {
			return null;
		}
		boolean bassin = !"REGION".equals(plan) && !"PALLIATIVE".equals(plan);
		return (bassin || metric.territories().contains(plan)) ? plan : null;
	}

	/**
	 * The figures printed beside the value of {@code metric} measured for {@code scope}.
	 */
	static List<Detail> details(String metric, String scope) {
		return DETAILS.getOrDefault(metric, List.of())
			.stream()
			.filter((detail) -> scope == null || !detail.perTerritory())
			.toList();
	}

	/**
	 * A figure printed beside a value.
	 *
	 * @param metric another metric, or {@code null} for the value's own
	 * @param dimension the breakdown, or {@code null} for the value itself
	 * @param perTerritory whether it lists the value per territory (only for the whole)
	 */
	record Detail(String metric, String dimension, boolean perTerritory) {

		static Detail breakdown(String dimension) {
			return new Detail(null, dimension, false);
		}

		static Detail companion(String metric, String dimension) {
			return new Detail(metric, dimension, false);
		}

		static Detail territories() {
			return new Detail(null, null, true);
		}

	}

}
