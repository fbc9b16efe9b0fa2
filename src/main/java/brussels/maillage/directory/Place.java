package brussels.maillage.directory;

/**
 * Where the person being helped lives or stays, as computed by the caller (from a
 * postcode or an address); every part is optional.
 *
 * @param quartierCode code of the quartier social-santé
 * @param communeNis NIS code of the commune, for example {@code 21004}
 * @param bassinCode bassin code, for example {@code NORD_EST}
 * @param lat latitude (WGS 84)
 * @param lon longitude (WGS 84)
 */
public record Place(String quartierCode, String communeNis, String bassinCode, Double lat, Double lon) {

	/** No known place. */
	public static final Place NOWHERE = new Place(null, null, null, null, null);

	public Place {
		quartierCode = blankToNull(quartierCode);
		communeNis = blankToNull(communeNis);
		bassinCode = blankToNull(bassinCode);
		if ((lat == null) != (lon == null)) {
			throw new IllegalArgumentException("Latitude and longitude go together");
		}
	}

	/** Whether coordinates are known, so distances can be computed. */
	public boolean hasCoordinates() {
		return this.lat != null;
	}

	/** Whether nothing is known of the place. */
	public boolean isUnknown() {
		return this.quartierCode == null && this.communeNis == null && this.bassinCode == null && this.lat == null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
