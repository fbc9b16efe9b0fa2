package brussels.maillage.directory.organizations;

import org.springframework.validation.Errors;

/**
 * The rules of the place form's point on the map: numbers typed with a point or a comma,
 * latitude and longitude both or neither; pure functions of what was typed.
 */
final class LocationChecks {

	private LocationChecks() {
	}

	/**
	 * The number typed (50.8466 or 50,8466), or {@code null} when blank or not a number.
	 */
	static Double number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A point has a latitude and a longitude, or neither (said next to the one missing,
	 * unless one of them is already wrong).
	 */
	static void bothOrNeither(LocationForm form, Errors errors) {
		if (errors.hasFieldErrors("latitude") || errors.hasFieldErrors("longitude")) {
			return;
		}
		Double latitude = number(form.latitude());
		Double longitude = number(form.longitude());
		if ((latitude == null) != (longitude == null)) {
			errors.rejectValue((latitude == null) ? "latitude" : "longitude", "directory.edit.point.both");
		}
	}

}
