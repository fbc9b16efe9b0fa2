package brussels.maillage.identity;

/**
 * The territory a team works for: the region, one of the 5 bassins, or the palliative
 * platform.
 */
public enum TerritoryScope {

	REGION, NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST, PALLIATIVE

}
