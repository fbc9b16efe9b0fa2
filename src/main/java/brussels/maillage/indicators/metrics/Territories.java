package brussels.maillage.indicators.metrics;

import java.util.List;

import brussels.maillage.identity.TerritoryScope;

/** The territory codes metrics are measured for. */
public final class Territories {

	/** The five bassins. */
	public static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	/** The region and the five bassins. */
	public static final List<String> REGION_AND_BASSINS = List.of("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST",
			"CENTRE_OUEST");

	/**
	 * The teams that deliver: the region, the five bassins and the palliative platform.
	 */
	public static final List<String> TEAMS = List.of("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST",
			"PALLIATIVE");

	/** Every territory a measure may be asked for. */
	public static final List<String> ALL = TEAMS;

	private Territories() {
	}

}
