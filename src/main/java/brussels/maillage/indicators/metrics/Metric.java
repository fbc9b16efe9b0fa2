package brussels.maillage.indicators.metrics;

import java.util.List;
import java.util.Map;

import brussels.maillage.indicators.Aggregation;

/**
 * A metric as its source computes it, before its texts are attached.
 *
 * @param code the metric's code
 * @param unit the unit's code
 * @param aggregation how values combine
 * @param territories territories it is measured for
 * @param source the module it counts
 * @param value the value for a territory, or for all ({@code null})
 * @param breakdowns per dimension, the values of its keys for a territory or all
 */
public record Metric(String code, String unit, Aggregation aggregation, List<String> territories, String source,
		Value value, Map<String, Breakdown> breakdowns) {

	public Metric {
		territories = List.copyOf(territories);
		breakdowns = Map.copyOf(breakdowns);
	}

	/** A metric without breakdown. */
	public Metric(String code, String unit, Aggregation aggregation, List<String> territories, String source,
			Value value) {
		this(code, unit, aggregation, territories, source, value, Map.of());
	}

	/** The value of a metric for a territory or all ({@code null}). */
	@FunctionalInterface
	public interface Value {

		Counted of(YearContext year, String territory);

	}

	/** The values of a dimension's keys for a territory or all ({@code null}). */
	@FunctionalInterface
	public interface Breakdown {

		Map<String, Counted> of(YearContext year, String territory);

	}

}
