package brussels.maillage.plans.dashboards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.plans.dashboards.BarChart.Entry;
import brussels.maillage.plans.dashboards.BarChart.Style;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Component;

/**
 * The plan panels of a dashboard: the actions of the territory's plan by status, and its
 * deliverables' actuals (measured by their metric for the territory) against their
 * targets, with the colour legend of the year's thresholds and a symbol and a text for
 * each level.
 */
@Component
class PlanPanels {

	private final PlansService plans;

	private final Metrics metrics;

	private final PalliativeDisclosure disclosure;

	PlanPanels(PlansService plans, Metrics metrics, PalliativeDisclosure disclosure) {
		this.plans = plans;
		this.metrics = metrics;
		this.disclosure = disclosure;
	}

	List<Panel> panels(TerritoryScope territory, int year, Thresholds thresholds, Reader reader, Texts texts) {
		Plan plan = this.plans.plan(territory, year).orElse(null);
		List<Action> actions = (plan != null) ? this.plans.actions(plan.id()) : List.of();
		return List.of(actionsPanel(plan, actions, texts),
				deliverablesPanel(plan, actions, territory, year, thresholds, reader, texts));
	}

	private Panel actionsPanel(Plan plan, List<Action> actions, Texts texts) {
		String title = texts.get("plans.dashboard.actions.title");
		List<String> columns = List.of(texts.get("plans.dashboard.column.status"),
				texts.get("plans.dashboard.column.count"));
		if (plan == null) {
			return new Panel("actions", title, List.of(texts.get("plans.dashboard.noPlan")), null, List.of(),
					new Panel.Table(title, columns, List.of()));
		}
		List<Entry> entries = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (ActionStatus status : ActionStatus.values()) {
			long count = actions.stream().filter((action) -> action.status() == status).count();
			String label = texts.get("plans.actionStatus." + status);
			entries.add(Entry.single(label, texts.ratio(count, actions.size()), (double) count, Style.COUNT, null));
			rows.add(List.of(label, texts.number(count)));
		}
		return new Panel("actions", title,
				List.of(texts.get("plans.dashboard.actions.lead", actions.size(),
						texts.get("plans.status." + plan.status()))),
				BarChart.of("actions-chart", title, entries), List.of(), new Panel.Table(title, columns, rows));
	}

	private Panel deliverablesPanel(Plan plan, List<Action> actions, TerritoryScope territory, int year,
			Thresholds thresholds, Reader reader, Texts texts) {
		String title = texts.get("plans.dashboard.deliverables.title");
		List<String> columns = List.of(texts.get("plans.dashboard.column.action"),
				texts.get("plans.dashboard.column.deliverable"), texts.get("plans.dashboard.column.target"),
				texts.get("plans.dashboard.column.actual"), texts.get("plans.dashboard.column.level"),
				texts.get("plans.dashboard.column.metric"));
		List<String> notes = new ArrayList<>();
		notes.add(texts.get("plans.dashboard.deliverables.lead"));
		notes.add((thresholds.setFor() != null)
				? texts.get("plans.dashboard.thresholds.setFor", String.valueOf(thresholds.setFor()))
				: texts.get("plans.dashboard.thresholds.defaults"));
		if (plan == null) {
			notes.add(texts.get("plans.dashboard.noPlan"));
		}
		List<Entry> entries = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		Map<String, Actual> actuals = new HashMap<>();
		for (Action action : actions) {
			String actionText = action.reference() + " – " + nonNull(action.title(texts.locale().getLanguage()));
			for (Deliverable deliverable : action.deliverables()) {
				if (deliverable.targetValue() == null || deliverable.metricCode() == null) {
					// Narrative: ticked with its document, not measured.
					rows.add(List.of(actionText, deliverable.targetText(), "–", "–",
							deliverable.done() ? "✓ " + texts.get("plans.dashboard.delivered")
									: "○ " + texts.get("plans.dashboard.notDelivered"),
							"–"));
					continue;
				}
				// Several deliverables share a metric: each is measured once per page.
				Actual actual = actuals.computeIfAbsent(deliverable.metricCode(),
						(code) -> actual(code, territory, year, reader, texts));
				Thresholds.Level level = actual.hidden() ? Thresholds.Level.HIDDEN
						: thresholds.level(actual.value(), deliverable.targetValue());
				String target = texts.number(deliverable.targetValue());
				String shownActual = (actual.value() != null && !actual.hidden())
						? texts.get("plans.dashboard.deliverables.actual", actual.text(), target,
								texts.number(Thresholds.percent(actual.value(), deliverable.targetValue())))
						: actual.text();
				String levelText = level.symbol() + " " + texts.get(level.messageKey());
				String label = action.reference() + " · " + deliverable.targetText();
				boolean counted = actual.value() != null && !actual.hidden();
				entries.add(Entry.single(label,
						counted ? levelText + " · " + shownActual
								: (actual.hidden() ? levelText + " (" + shownActual + ")" : levelText),
						counted ? actual.value().doubleValue() : null, level.style(),
						deliverable.targetValue().doubleValue()));
				rows.add(List.of(actionText, deliverable.targetText(), target, shownActual, levelText,
						actual.metricName()));
			}
		}
		return new Panel("deliverables", title, notes,
				entries.isEmpty() ? null : BarChart.againstTargets("deliverables-chart", title, entries),
				legend(thresholds, texts), new Panel.Table(title, columns, rows));
	}

	private List<Panel.Legend> legend(Thresholds thresholds, Texts texts) {
		return List.of(
				new Panel.Legend(Style.REACHED,
						Thresholds.Level.REACHED.symbol() + " "
								+ texts.get("plans.dashboard.legend.reached", thresholds.reached())),
				new Panel.Legend(Style.CLOSE,
						Thresholds.Level.CLOSE.symbol() + " "
								+ texts.get("plans.dashboard.legend.close", thresholds.close(), thresholds.reached())),
				new Panel.Legend(Style.BEHIND,
						Thresholds.Level.BEHIND.symbol() + " "
								+ texts.get("plans.dashboard.legend.behind", thresholds.close())),
				new Panel.Legend(null,
						Thresholds.Level.NO_DATA.symbol() + " " + texts.get("plans.dashboard.legend.noData")));
	}

	/** A deliverable's actual for the territory: no data when its metric is unknown. */
	private Actual actual(String code, TerritoryScope territory, int year, Reader reader, Texts texts) {
		MetricDefinition metric = (code != null) ? this.metrics.find(code).orElse(null) : null;
		if (metric == null) {
			return new Actual(null, texts.get("indicators.noData"), false, "–");
		}
		String name = metric.name().in(texts.locale()).text();
		String measuredFor = measuredFor(metric, territory);
		if (measuredFor == null && !metric.territories().isEmpty() && !wholeStandsIn(territory)) {
			return new Actual(null, texts.get("indicators.noData"), false, name);
		}
		if (measuredFor == null && territory == TerritoryScope.PALLIATIVE) {
			Map<String, Measure> byBassin = this.metrics.byBassin(code, year);
			if (this.disclosure.protects(metric, byBassin, reader)) {
				DisclosedTable shown = this.disclosure.disclose(metric, byBassin, reader);
				DisclosedTable.Cell total = shown.rowTotals().get(0);
				boolean hidden = total.hidden() != DisclosedTable.Hidden.NONE;
				return new Actual(hidden ? null : BigDecimal.valueOf(total.value()),
						hidden ? shown.text(total) : texts.number(total.value()), hidden, name);
			}
		}
		Measure measure = this.metrics.measure(code, year, measuredFor);
		return new Actual(measure.value(), texts.measure(measure), false, name);
	}

	/**
	 * The territory a metric is measured for on the dashboard of {@code territory}: the
	 * territory itself when the metric counts it, else {@code null} (the whole).
	 */
	static String measuredFor(MetricDefinition metric, TerritoryScope territory) {
		return metric.territories().contains(territory.name()) ? territory.name() : null;
	}

	/**
	 * Whether the whole stands in for a territory a metric does not count: the region's
	 * and the palliative platform's plans cover the whole region.
	 */
	static boolean wholeStandsIn(TerritoryScope territory) {
		return territory == TerritoryScope.REGION || territory == TerritoryScope.PALLIATIVE;
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * An actual as shown.
	 *
	 * @param value the value, or {@code null} for no data or hidden
	 * @param text the value as text ("no data", "&lt;5")
	 * @param hidden whether the disclosure control hides it from the reader
	 * @param metricName the metric's name
	 */
	private record Actual(BigDecimal value, String text, boolean hidden, String metricName) {
	}

}
