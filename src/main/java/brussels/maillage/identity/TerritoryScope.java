package brussels.maillage.identity;

import java.util.List;

/**
 * The territory a team works for: the region, one of the 5 bassins, the palliative
 * platform, the care-coordination team (case management) or finance (payments to care
 * providers).
 */
public enum TerritoryScope {

	REGION, NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST, PALLIATIVE, CARE_COORDINATION, FINANCE;

	/** The five bassins, in their usual order. */
	public static final List<TerritoryScope> BASSINS = List.of(NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST);

	/** The five bassins' codes, in the same order. */
	public static final List<String> BASSIN_CODES = BASSINS.stream().map(Enum::name).toList();

}
