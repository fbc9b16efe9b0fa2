package brussels.maillage.plans.dashboards;

import java.util.List;

import brussels.maillage.identity.TerritoryScope;

/**
 * A dashboard of one council (a bassin's or the region's) or of the palliative platform
 * for a year.
 *
 * @param territory whose dashboard it is
 * @param year the calendar year
 * @param title its heading
 * @param panels its panels, in order
 */
record Dashboard(TerritoryScope territory, int year, String title, List<Panel> panels) {

	Dashboard {
		panels = List.copyOf(panels);
	}

	/**
	 * The territories that have a dashboard: the 5 bassins, the region, the palliative
	 * platform.
	 */
	static final List<TerritoryScope> TERRITORIES = List.of(TerritoryScope.NORD, TerritoryScope.NORD_EST,
			TerritoryScope.SUD, TerritoryScope.SUD_EST, TerritoryScope.CENTRE_OUEST, TerritoryScope.REGION,
			TerritoryScope.PALLIATIVE);

}
