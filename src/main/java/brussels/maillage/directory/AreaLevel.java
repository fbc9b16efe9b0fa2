package brussels.maillage.directory;

/**
 * The territorial level of a service area, from the most local to the whole region
 * (stepped care: the closest level comes first).
 */
public enum AreaLevel {

	QUARTIER, COMMUNE, BASSIN, REGION

}
