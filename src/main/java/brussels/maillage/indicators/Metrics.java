package brussels.maillage.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.indicators.manual.ManualValue;
import brussels.maillage.indicators.manual.ManualValues;
import brussels.maillage.indicators.metrics.Counted;
import brussels.maillage.indicators.metrics.Metric;
import brussels.maillage.indicators.metrics.MetricRegistry;
import brussels.maillage.indicators.metrics.YearContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of metrics measured from the platform's records, as plans, dashboards and
 * the annual report read them: each metric's definition, its value for a year and a
 * territory (or all), and its breakdown by bassin or by another dimension. A manual value
 * typed in with a reason stands in for the records; a printed form ("30aine") is kept
 * beside the exact value. Distinct counts and averages are measured for the whole, never
 * summed from the bassins.
 */
@Service
@Transactional(readOnly = true)
public class Metrics {

	private final MetricRegistry registry;

	private final ManualValues manual;

	Metrics(MetricRegistry registry, ManualValues manual) {
		this.registry = registry;
		this.manual = manual;
	}

	/** Every metric, in the catalogue's order. */
	public List<MetricDefinition> all() {
		return this.registry.definitions();
	}

	/** The metric of {@code code}, if there is one. */
	public Optional<MetricDefinition> find(String code) {
		return this.registry.definition(code);
	}

	/**
	 * The value of metric {@code code} in {@code year} for {@code territory}, or for all
	 * territories when it is {@code null}: no data for a territory the metric is not
	 * measured for.
	 * @throws IllegalArgumentException when no metric has that code
	 */
	public Measure measure(String code, int year, String territory) {
		return measure(metric(code), new YearContext(year), territory);
	}

	/**
	 * The values of metric {@code code} in {@code year} for each territory it is measured
	 * for, in order (the five bassins, and the region or the palliative platform where
	 * the metric counts them).
	 */
	public Map<String, Measure> byBassin(String code, int year) {
		Metric metric = metric(code);
		YearContext context = new YearContext(year);
		Map<String, Measure> values = new LinkedHashMap<>();
		for (String territory : metric.territories()) {
			values.put(territory, measure(metric, context, territory));
		}
		return values;
	}

	/**
	 * The values of metric {@code code} in {@code year} for {@code territory} (or all)
	 * broken down by {@code dimension}, one of its disaggregations; empty for another.
	 */
	public Map<String, Measure> breakdown(String code, int year, String territory, String dimension) {
		Metric metric = metric(code);
		Metric.Breakdown breakdown = metric.breakdowns().get(dimension);
		Map<String, Measure> values = new LinkedHashMap<>();
		if (breakdown == null || (territory != null && !metric.territories().contains(territory))) {
			return values;
		}
		breakdown.of(new YearContext(year), territory)
			.forEach((key, counted) -> values.put(key, new Measure(code, year, territory, counted.value(),
					counted.exactness(), metric.source(), null, null)));
		return values;
	}

	/**
	 * Every metric of {@code year}: the whole and each territory, read from each module
	 * once.
	 */
	public List<Row> year(int year) {
		YearContext context = new YearContext(year);
		List<Row> rows = new ArrayList<>();
		for (MetricDefinition definition : all()) {
			Metric metric = metric(definition.code());
			Map<String, Measure> territories = new LinkedHashMap<>();
			for (String territory : metric.territories()) {
				territories.put(territory, measure(metric, context, territory));
			}
			rows.add(new Row(definition, measure(metric, context, null), territories));
		}
		return rows;
	}

	private Metric metric(String code) {
		return this.registry.metric(code).orElseThrow(() -> new IllegalArgumentException("Unknown metric " + code));
	}

	private Measure measure(Metric metric, YearContext context, String territory) {
		int year = context.year();
		Optional<ManualValue> typed = this.manual.find(metric.code(), year, territory);
		if (typed.isPresent() && typed.get().value() != null) {
			ManualValue value = typed.get();
			return new Measure(metric.code(), year, territory, value.value(), value.exactness(), Measure.MANUAL,
					value.printed(), value.reason());
		}
		Counted counted = (territory == null || metric.territories().contains(territory))
				? metric.value().of(context, territory) : Counted.NONE;
		return new Measure(metric.code(), year, territory, counted.value(), counted.exactness(), metric.source(),
				typed.map(ManualValue::printed).orElse(null), typed.map(ManualValue::reason).orElse(null));
	}

	/**
	 * A metric's values of a year.
	 *
	 * @param definition the metric
	 * @param whole its value for all territories
	 * @param territories its value for each territory it is measured for
	 */
	public record Row(MetricDefinition definition, Measure whole, Map<String, Measure> territories) {
	}

}
