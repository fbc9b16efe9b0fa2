package brussels.maillage.indicators.metrics;

import java.util.List;

/** A module's metrics, computed from its public API. */
interface MetricSource {

	List<Metric> metrics();

}
