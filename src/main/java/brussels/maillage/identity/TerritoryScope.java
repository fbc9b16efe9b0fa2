package brussels.maillage.identity;

/**
 * The territory a team works for: the region, one of the 5 bassins, the palliative
 * platform, the care-coordination team (case management) or finance (payments to care
 * providers).
 */
public enum TerritoryScope {

	REGION, NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST, PALLIATIVE, CARE_COORDINATION, FINANCE

}
