package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.plans.dashboards.BarChart.Entry;
import brussels.maillage.plans.dashboards.BarChart.Style;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Component;

/**
 * The palliative platform's figures of the year by bassin (conventions signed, follow-ups
 * started, visits held) and for the platform (volunteers trained, Brus'info sessions it
 * gave). Counts of people pass through the disclosure control for readers outside the
 * palliative team.
 */
@Component
class PalliativePanels {

	static final List<String> BY_BASSIN = List.of("palliative.conventions.signed", "palliative.followUps.started",
			"palliative.visits.held");

	static final List<String> PLATFORM = List.of("palliative.volunteers.trained", "events.brusinfo.byTeam");

	private static final String CONVENTIONS = "palliative.conventions.signed";

	private final Metrics metrics;

	private final PalliativeDisclosure disclosure;

	PalliativePanels(Metrics metrics, PalliativeDisclosure disclosure) {
		this.metrics = metrics;
		this.disclosure = disclosure;
	}

	List<Panel> panels(int year, Reader reader, Texts texts) {
		String title = texts.get("plans.dashboard.palliative.title");
		List<String> columns = new ArrayList<>();
		columns.add(texts.get("plans.dashboard.column.figure"));
		TerritoryScope.BASSINS.forEach((bassin) -> columns.add(texts.get("plans.territory." + bassin)));
		columns.add(texts.get("plans.dashboard.column.total"));
		List<List<String>> rows = new ArrayList<>();
		List<Entry> conventions = new ArrayList<>();
		boolean anyHidden = false;
		for (String code : BY_BASSIN) {
			MetricDefinition metric = this.metrics.find(code).orElse(null);
			if (metric == null) {
				continue;
			}
			Map<String, Measure> values = this.metrics.byBassin(code, year);
			List<String> row = new ArrayList<>();
			row.add(metric.name().in(texts.locale()).text());
			if (this.disclosure.protects(metric, values, reader)) {
				DisclosedTable shown = this.disclosure.disclose(metric, values, reader);
				anyHidden |= shown.anyHidden();
				for (String bassin : TerritoryScope.BASSIN_CODES) {
					int column = shown.columns().indexOf(bassin);
					row.add((column >= 0) ? cell(shown, shown.cell(0, column), texts) : texts.get("indicators.noData"));
				}
				row.add(cell(shown, shown.rowTotals().get(0), texts));
			}
			else {
				for (String bassin : TerritoryScope.BASSIN_CODES) {
					Measure measure = values.get(bassin);
					row.add(texts.measure(measure));
					if (CONVENTIONS.equals(code)) {
						conventions.add(Entry.single(texts.get("plans.territory." + bassin), texts.measure(measure),
								(measure != null && measure.hasData()) ? measure.value().doubleValue() : null,
								Style.COUNT, null));
					}
				}
				row.add(texts.measure(this.metrics.measure(code, year, null)));
			}
			rows.add(row);
		}
		List<String> notes = new ArrayList<>();
		notes.add(texts.get("plans.dashboard.palliative.lead"));
		if (reader == Reader.OTHER) {
			notes.add(texts
				.get(anyHidden ? "plans.dashboard.palliative.protected" : "plans.dashboard.palliative.protectedNone"));
		}
		Panel byBassin = new Panel("palliative", title, notes,
				conventions.isEmpty() ? null
						: BarChart.of("palliative-chart", texts.get("plans.dashboard.palliative.chart"), conventions),
				List.of(), new Panel.Table(title, columns, rows));
		return List.of(byBassin, platformPanel(year, reader, texts));
	}

	private Panel platformPanel(int year, Reader reader, Texts texts) {
		String title = texts.get("plans.dashboard.platform.title");
		List<List<String>> rows = new ArrayList<>();
		for (String code : PLATFORM) {
			MetricDefinition metric = this.metrics.find(code).orElse(null);
			if (metric == null) {
				continue;
			}
			Map<String, Measure> values = Map.of("PALLIATIVE", this.metrics.measure(code, year, "PALLIATIVE"));
			String value = texts.measure(values.get("PALLIATIVE"));
			if (this.disclosure.protects(metric, values, reader)) {
				DisclosedTable shown = this.disclosure.disclose(metric, values, reader);
				value = cell(shown, shown.cell(0, 0), texts);
			}
			rows.add(List.of(metric.name().in(texts.locale()).text(), value));
		}
		return new Panel("platform", title, List.of(), null, List.of(), new Panel.Table(title,
				List.of(texts.get("plans.dashboard.column.figure"), texts.get("plans.dashboard.column.value")), rows));
	}

	private static String cell(DisclosedTable table, DisclosedTable.Cell cell, Texts texts) {
		return (cell.value() != null) ? texts.number(cell.value()) : table.text(cell);
	}

}
