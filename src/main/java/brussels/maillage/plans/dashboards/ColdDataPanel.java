package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.ColdData;
import brussels.maillage.indicators.ColdDataset;
import brussels.maillage.territory.BassinSummary;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * The "cold data" panel: the imported datasets (each with its source and year), the
 * latest of each not after the dashboard's year, with the value of the dashboard's bassin
 * (or of the region) and the values of the communes that lie in the bassin.
 */
@Component
class ColdDataPanel {

	private final ColdData coldData;

	private final TerritoryService territory;

	ColdDataPanel(ColdData coldData, TerritoryService territory) {
		this.coldData = coldData;
		this.territory = territory;
	}

	Panel panel(TerritoryScope scope, int year, Texts texts) {
		String title = texts.get("plans.dashboard.cold.title");
		boolean bassin = TerritoryScope.BASSINS.contains(scope);
		Map<String, String> communes = new LinkedHashMap<>();
		if (bassin) {
			BassinSummary summary = this.territory.bassin(scope.name()).orElse(null);
			if (summary != null) {
				for (Commune commune : summary.communes()) {
					communes.put(commune.nis(), commune.name().in(texts.locale()).text());
				}
			}
		}
		Map<String, ColdDataset> latest = new LinkedHashMap<>();
		for (ColdDataset dataset : this.coldData.datasets()) {
			if (dataset.year() <= year) {
				latest.merge(dataset.code(), dataset, (a, b) -> (a.year() >= b.year()) ? a : b);
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (ColdDataset dataset : latest.values()) {
			String value = texts.get("indicators.noData");
			List<String> perCommune = new ArrayList<>();
			for (ColdDataset.Value each : this.coldData.values(dataset.id())) {
				boolean own = bassin ? ("BASSIN".equals(each.areaType()) && scope.name().equals(each.area()))
						: "REGION".equals(each.areaType());
				if (own) {
					value = texts.number(each.value());
				}
				if ("COMMUNE".equals(each.areaType()) && communes.containsKey(each.area())) {
					perCommune.add(communes.get(each.area()) + " " + texts.number(each.value()));
				}
			}
			String unit = (dataset.unit() != null) ? dataset.unit() : "–";
			rows.add(List.of(dataset.name().in(texts.locale()).text(), String.valueOf(dataset.year()), dataset.source(),
					value, unit, perCommune.isEmpty() ? "–" : String.join(" · ", perCommune)));
		}
		List<String> notes = new ArrayList<>();
		notes.add(texts.get("plans.dashboard.cold.lead"));
		if (rows.isEmpty()) {
			notes.add(texts.get("plans.dashboard.cold.none"));
		}
		return new Panel("cold", title, notes, null, List.of(),
				new Panel.Table(title, List.of(texts.get("plans.dashboard.column.dataset"),
						texts.get("plans.dashboard.column.year"), texts.get("plans.dashboard.column.source"),
						texts.get(bassin ? "plans.dashboard.column.bassinValue" : "plans.dashboard.column.regionValue"),
						texts.get("plans.dashboard.column.unit"), texts.get("plans.dashboard.column.communes")), rows));
	}

}
