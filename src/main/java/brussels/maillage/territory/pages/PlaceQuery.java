package brussels.maillage.territory.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

/**
 * What someone asked to place, from text fields (API parameters or the place box), with
 * what is wrong with it, field by field.
 *
 * @param postcode the postcode, or {@code null}
 * @param latitude the latitude, or {@code null}
 * @param longitude the longitude, or {@code null}
 * @param errors field name to an English message, empty when valid
 */
record PlaceQuery(String postcode, Double latitude, Double longitude, Map<String, String> errors) {

	private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,3}([.,][0-9]{1,15})?");

	static PlaceQuery parse(String postcode, String latitude, String longitude) {
		Map<String, String> errors = new LinkedHashMap<>();
		String code = blankToNull(postcode);
		if (code != null && !code.matches("[0-9]{4}")) {
			errors.put("postcode", "postcode must be four digits, not \"" + code + "\"");
		}
		Double lat = number("lat", latitude, 90, errors);
		Double lon = number("lon", longitude, 180, errors);
		boolean hasLat = blankToNull(latitude) != null;
		boolean hasLon = blankToNull(longitude) != null;
		if (hasLat != hasLon) {
			errors.put(hasLat ? "lon" : "lat", "lat and lon go together: give both or neither");
		}
		if (code == null && !hasLat && !hasLon) {
			errors.put("postcode", "give a postcode, or lat and lon, or all three");
		}
		return new PlaceQuery(code, lat, lon, Collections.unmodifiableMap(errors));
	}

	/** Whether anything was asked at all. */
	boolean isEmpty() {
		return this.postcode == null && this.latitude == null && this.longitude == null;
	}

	Placement placeWith(TerritoryService territory) {
		if (this.latitude != null && this.longitude != null) {
			return (this.postcode != null) ? territory.place(this.postcode, this.latitude, this.longitude)
					: territory.place(this.latitude, this.longitude);
		}
		return territory.place(this.postcode);
	}

	private static Double number(String field, String text, double limit, Map<String, String> errors) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			errors.put(field, field + " must be a decimal number such as 50.85, not \"" + value + "\"");
			return null;
		}
		double number = Double.parseDouble(value.replace(',', '.'));
		if (number < -limit || number > limit) {
			errors.put(field, field + " must be between -" + (int) limit + " and " + (int) limit + ", not " + value);
			return null;
		}
		return number;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
