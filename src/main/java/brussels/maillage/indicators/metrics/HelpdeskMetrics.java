package brussels.maillage.indicators.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.indicators.Aggregation;

import org.springframework.stereotype.Component;

/**
 * Metrics of the helpdesk, from its statistics: requests by line reached (territory: the
 * line; breakdown by channel, kind and bassin of the situation), requests by bassin of
 * the situation, unmet needs and orientations given (territory: the bassin of the
 * situation).
 */
@Component
class HelpdeskMetrics implements MetricSource {

	private static final String SOURCE = "helpdesk";

	private final HelpdeskCounts counts;

	HelpdeskMetrics(HelpdeskCounts counts) {
		this.counts = counts;
	}

	@Override
	public List<Metric> metrics() {
		Map<String, Metric.Breakdown> breakdowns = Map.of("channel",
				(year, line) -> counts(report(year, line, null).byChannel()), "kind",
				(year, line) -> counts(report(year, line, null).byKind()), "bassin",
				(year, line) -> counts(report(year, line, null).byBassin()), "line",
				(year, line) -> counts(report(year, line, null).byLine()));
		return List.of(
				new Metric("helpdesk.requests", "requests", Aggregation.SUM, Territories.REGION_AND_BASSINS, SOURCE,
						(year, line) -> Counted.of(report(year, line, null).total()), breakdowns),
				new Metric("helpdesk.requests.byBassin", "requests", Aggregation.SUM, Territories.BASSINS, SOURCE,
						(year, bassin) -> Counted.of(report(year, null, bassin).total())),
				new Metric("helpdesk.unmetNeeds", "requests", Aggregation.SUM, Territories.BASSINS, SOURCE,
						(year, bassin) -> Counted.of(report(year, null, bassin).unmetNeeds()),
						Map.of("theme", (year, bassin) -> unmetByTheme(report(year, null, bassin)))),
				new Metric("helpdesk.orientations", "orientations", Aggregation.SUM, Territories.BASSINS, SOURCE,
						(year, bassin) -> Counted.of(year.once("helpdesk.orientations." + bassin,
								() -> this.counts.orientations(year.year(), bassin)))));
	}

	private StatisticsReport report(YearContext year, String line, String bassin) {
		return year.once("helpdesk." + line + "." + bassin, () -> {
			StatisticsFilter whole = StatisticsFilter.year(year.year());
			return this.counts
				.statistics(new StatisticsFilter(whole.from(), whole.to(), line, bassin, null, null, null, null));
		});
	}

	/**
	 * Unmet needs per theme ({@code NONE}: no theme); a request may have several themes.
	 */
	private static Map<String, Counted> unmetByTheme(StatisticsReport report) {
		Map<String, Counted> values = new TreeMap<>();
		for (StatisticsReport.Cell cell : report.unmetByThemeAndBassin()) {
			values.merge(cell.theme(), Counted.of(cell.count()),
					(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
		}
		return values;
	}

	private static Map<String, Counted> counts(List<StatisticsReport.Count> counts) {
		Map<String, Counted> values = new TreeMap<>();
		for (StatisticsReport.Count count : counts) {
			values.merge(count.key(), Counted.of(count.count()),
					(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
		}
		return values;
	}

}
