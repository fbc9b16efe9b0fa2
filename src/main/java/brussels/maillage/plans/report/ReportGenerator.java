package brussels.maillage.plans.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;
import brussels.maillage.plans.report.ReportContent.Annex;
import brussels.maillage.plans.report.ReportContent.Cell;
import brussels.maillage.plans.report.ReportContent.Row;
import brussels.maillage.plans.report.ReportContent.Tick;
import brussels.maillage.plans.report.ReportContent.Value;
import brussels.maillage.plans.report.ReportContent.Written;

import org.springframework.stereotype.Component;

/**
 * Generates a year's annexes live from the plans and the metrics: annex 1 merges the five
 * bassin plans of the shared roadmap by reference, with one cell per bassin (and one for
 * all bassins where a target is not per bassin); annexes 2 and 3 are the regional and
 * palliative plans.
 */
@Component
class ReportGenerator {

	private final PlansService plans;

	private final Metrics metrics;

	private final Clock clock;

	ReportGenerator(PlansService plans, Metrics metrics, Clock clock) {
		this.plans = plans;
		this.metrics = metrics;
		this.clock = clock;
	}

	ReportContent generate(int year) {
		Map<TerritoryScope, Plan> byTerritory = new LinkedHashMap<>();
		for (TerritoryScope territory : Plan.TERRITORIES) {
			this.plans.plan(territory, year).ifPresent((plan) -> byTerritory.put(territory, plan));
		}
		List<Plan> bassins = byTerritory.values().stream().filter(Plan::bassin).toList();
		Pass pass = new Pass(year);
		return new ReportContent(year,
				List.of(annex(1, pass, bassins), annex(2, pass, optional(byTerritory.get(TerritoryScope.REGION))),
						annex(3, pass, optional(byTerritory.get(TerritoryScope.PALLIATIVE)))),
				this.clock.instant());
	}

	private static List<Plan> optional(Plan plan) {
		return Optional.ofNullable(plan).map(List::of).orElse(List.of());
	}

	private Annex annex(int number, Pass year, List<Plan> plans) {
		Map<String, Map<String, Action>> byReference = new LinkedHashMap<>();
		for (Plan plan : plans) {
			for (Action action : this.plans.actions(plan.id())) {
				byReference.computeIfAbsent(action.reference(), (key) -> new LinkedHashMap<>())
					.put(plan.territory().name(), action);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, Map<String, Action>> entry : byReference.entrySet()) {
			Action first = entry.getValue().values().iterator().next();
			List<Cell> cells = new ArrayList<>();
			entry.getValue().forEach((territory, action) -> cells.add(cell(number, year, territory, action)));
			if (number == 1) {
				total(number, year, first).ifPresent(cells::add);
			}
			rows.add(new Row(first.reference(), first.titleFr(), first.titleNl(), first.descriptionFr(),
					first.descriptionNl(), first.perspectivesFr(), first.perspectivesNl(),
					first.deliverables()
						.stream()
						.map((d) -> new Written(d.targetText(), d.targetValue(), d.unit(), d.perBassin(),
								d.metricCode()))
						.toList(),
					cells));
		}
		return new Annex(number, plans.stream().map((plan) -> plan.territory().name()).toList(), rows);
	}

	private Cell cell(int annex, Pass year, String territory, Action action) {
		List<Value> values = new ArrayList<>();
		List<Tick> ticks = new ArrayList<>();
		Set<String> detailed = new HashSet<>();
		int index = 0;
		for (Deliverable deliverable : action.deliverables()) {
			index++;
			Optional<MetricDefinition> metric = this.metrics.find(deliverable.metricCode());
			if (metric.isEmpty()) {
				ticks.add(new Tick(deliverable.targetText(), deliverable.done(), deliverable.documentUrl()));
				continue;
			}
			String scope = Readings.scope(metric.get(), territory);
			measure(values, detailed, annex, year, action.reference(), territory, index, deliverable, scope);
		}
		return new Cell(territory, action.status().name(), values, ticks);
	}

	/** Annex 1: the whole of the bassins for the targets that are not per bassin. */
	private Optional<Cell> total(int annex, Pass year, Action action) {
		List<Value> values = new ArrayList<>();
		Set<String> detailed = new HashSet<>();
		int index = 0;
		for (Deliverable deliverable : action.deliverables()) {
			index++;
			if (!deliverable.perBassin() && this.metrics.find(deliverable.metricCode()).isPresent()) {
				measure(values, detailed, annex, year, action.reference(), null, index, deliverable, null);
			}
		}
		return values.isEmpty() ? Optional.empty() : Optional.of(new Cell(null, null, values, List.of()));
	}

	private void measure(List<Value> values, Set<String> detailed, int annex, Pass year, String reference, String cell,
			int index, Deliverable deliverable, String scope) {
		String code = deliverable.metricCode();
		String key = annex + "/" + reference + "/" + ((cell != null) ? cell : "ALL") + "/" + index;
		values.add(value(key, annex, reference, deliverable, scope, null, year.measure(code, scope)));
		if (!detailed.add(code + "@" + scope)) {
			return;
		}
		for (Readings.Detail detail : Readings.details(code, scope)) {
			String measured = (detail.metric() != null) ? detail.metric() : code;
			if (this.metrics.find(measured).isEmpty()) {
				continue;
			}
			Map<String, Measure> found;
			String prefix;
			if (detail.perTerritory()) {
				found = year.byTerritory(measured);
				prefix = "territory:";
			}
			else if (detail.dimension() != null) {
				found = year.breakdown(measured, scope, detail.dimension());
				prefix = ((detail.metric() != null) ? "metric:" + detail.metric() + "|" : "") + detail.dimension()
						+ ":";
			}
			else {
				found = Map.of("", year.measure(measured, scope));
				prefix = "metric:" + detail.metric();
			}
			boolean skipZeros = "kind".equals(detail.dimension()) || "meeting".equals(detail.dimension());
			found.forEach((part, measure) -> {
				// Kinds of body without a meeting and meetings without a count say
				// nothing the total does not.
				if (!skipZeros || (measure.hasData() && measure.value().signum() != 0)) {
					values.add(value(key + "/" + prefix + part, annex, reference, deliverable, scope, prefix + part,
							measure));
				}
			});
		}
	}

	private static Value value(String key, int annex, String reference, Deliverable deliverable, String scope,
			String detail, Measure measure) {
		return new Value(key, annex, reference, deliverable.targetText(), deliverable.targetValue(), measure.metric(),
				scope, detail, measure.value(), measure.exactness(), measure.printed(), measure.source());
	}

	/**
	 * One generation: every metric of the year read once for the whole and each territory
	 * ({@link Metrics#year}), and each breakdown asked once.
	 */
	private final class Pass {

		private final int year;

		private final Map<String, Metrics.Row> rows = new java.util.HashMap<>();

		private final Map<String, Map<String, Measure>> breakdowns = new java.util.HashMap<>();

		Pass(int year) {
			this.year = year;
			ReportGenerator.this.metrics.year(year).forEach((row) -> this.rows.put(row.definition().code(), row));
		}

		Measure measure(String code, String territory) {
			Metrics.Row row = this.rows.get(code);
			if (row == null) {
				return ReportGenerator.this.metrics.measure(code, this.year, territory);
			}
			if (territory == null) {
				return row.whole();
			}
			Measure measured = row.territories().get(territory);
			return (measured != null) ? measured : ReportGenerator.this.metrics.measure(code, this.year, territory);
		}

		Map<String, Measure> byTerritory(String code) {
			Metrics.Row row = this.rows.get(code);
			return (row != null) ? row.territories() : ReportGenerator.this.metrics.byBassin(code, this.year);
		}

		Map<String, Measure> breakdown(String code, String territory, String dimension) {
			return this.breakdowns.computeIfAbsent(code + "|" + territory + "|" + dimension,
					(key) -> ReportGenerator.this.metrics.breakdown(code, this.year, territory, dimension));
		}

	}

}
