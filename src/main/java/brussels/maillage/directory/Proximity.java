package brussels.maillage.directory;

/**
 * Why a search hit stands where it does relative to the person's place: which level of
 * its service area covers them.
 */
public enum Proximity {

	/** The service serves the person's quartier. */
	QUARTIER,
	/** The service serves the person's commune. */
	COMMUNE,
	/** The service serves the person's bassin. */
	BASSIN,
	/** The service serves the whole region. */
	REGION,
	/**
	 * The service's area is at a level where the person's code is not known (a bassin
	 * when only the commune was given): it may serve them.
	 */
	UNDETERMINED,
	/**
	 * The service's area is written in words the directory cannot read ("Gare du Midi"):
	 * it may serve them.
	 */
	UNREAD_AREA,
	/** The service serves other quartiers, communes or bassins. */
	ELSEWHERE,
	/** No place was given. */
	UNKNOWN;

	/** Message key of the explanation, for example {@code directory.why.COMMUNE}. */
	public String messageKey() {
		return "directory.why." + name();
	}

}
