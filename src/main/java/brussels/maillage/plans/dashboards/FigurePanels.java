package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.plans.dashboards.BarChart.Entry;
import brussels.maillage.plans.dashboards.BarChart.Style;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The figures panels of a council's dashboard, for its own territory only: the helpdesk's
 * and the events' figures of the year, and the unmet needs by theme from the helpdesk
 * metrics' breakdown. The regional council's dashboard reads the metrics the region is
 * measured for as the region, and the others for the whole region.
 */
@Component
class FigurePanels {

	/** The helpdesk's and the events' metrics a council's dashboard shows, in order. */
	static final List<String> FIGURES = List.of("helpdesk.requests", "helpdesk.requests.byBassin",
			"helpdesk.unmetNeeds", "helpdesk.orientations", "events.held", "events.registrants", "events.attendances",
			"events.brusinfo.byTeam", "events.brusinfo.byRequesting", "events.webinars.registrants",
			"events.openDoors.hosts", "events.openDoors.visitors", "events.openDoors.visits",
			"events.communities.meetings");

	private static final String UNMET = "helpdesk.unmetNeeds";

	private static final String NO_THEME = "NONE";

	private final Metrics metrics;

	private final DirectoryService directory;

	FigurePanels(Metrics metrics, DirectoryService directory) {
		this.metrics = metrics;
		this.directory = directory;
	}

	List<Panel> panels(TerritoryScope territory, int year, Texts texts) {
		return List.of(figuresPanel(territory, year, texts), unmetPanel(territory, year, texts));
	}

	private Panel figuresPanel(TerritoryScope territory, int year, Texts texts) {
		String title = texts.get("plans.dashboard.figures.title");
		List<List<String>> rows = new ArrayList<>();
		for (String code : FIGURES) {
			MetricDefinition metric = this.metrics.find(code).orElse(null);
			if (metric == null) {
				continue;
			}
			String measuredFor = PlanPanels.measuredFor(metric, territory);
			Measure measure = (measuredFor != null || PlanPanels.wholeStandsIn(territory))
					? this.metrics.measure(code, year, measuredFor) : null;
			rows.add(List.of(metric.name().in(texts.locale()).text(), texts.measure(measure), (measuredFor != null)
					? texts.get("plans.territory." + measuredFor) : texts.get("plans.dashboard.wholeRegion")));
		}
		return new Panel("figures", title, List.of(texts.get("plans.dashboard.figures.lead")), null, List.of(),
				new Panel.Table(title, List.of(texts.get("plans.dashboard.column.figure"),
						texts.get("plans.dashboard.column.value"), texts.get("plans.dashboard.column.measuredFor")),
						rows));
	}

	private Panel unmetPanel(TerritoryScope territory, int year, Texts texts) {
		String title = texts.get("plans.dashboard.unmet.title");
		MetricDefinition metric = this.metrics.find(UNMET).orElseThrow();
		String measuredFor = PlanPanels.measuredFor(metric, territory);
		Map<String, Measure> byTheme = this.metrics.breakdown(UNMET, year, measuredFor, "theme");
		Map<String, LocalizedText> labels = new HashMap<>();
		for (Theme theme : this.directory.themes()) {
			labels.put(theme.code(), theme.label());
		}
		List<Entry> entries = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		byTheme.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue().value().compareTo(a.getValue().value()))
			.forEach((theme) -> {
				String label = NO_THEME.equals(theme.getKey()) ? texts.get("helpdesk.dashboard.noTheme")
						: (labels.containsKey(theme.getKey()) ? labels.get(theme.getKey()).in(texts.locale()).text()
								: Texts.readable(theme.getKey()));
				String value = texts.measure(theme.getValue());
				entries.add(Entry.single(label, value, theme.getValue().value().doubleValue(), Style.COUNT, null));
				rows.add(List.of(label, value));
			});
		List<String> notes = new ArrayList<>();
		notes.add(texts.get("plans.dashboard.unmet.lead", (measuredFor != null)
				? texts.get("plans.territory." + measuredFor) : texts.get("plans.dashboard.wholeRegion")));
		if (entries.isEmpty()) {
			notes.add(texts.get("plans.dashboard.unmet.none"));
		}
		return new Panel("unmet", title, notes, entries.isEmpty() ? null : BarChart.of("unmet-chart", title, entries),
				List.of(),
				new Panel.Table(title,
						List.of(texts.get("plans.dashboard.column.theme"), texts.get("plans.dashboard.column.count")),
						rows));
	}

}
