package brussels.maillage.directory.organizations;

import java.util.Objects;

import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.Matches;

/**
 * What an editor types in the place form, exactly as typed. The postcode and the point
 * are placed in the territory by {@link LocationReader}.
 *
 * @param name the place's name, if it has one
 * @param address street and number
 * @param postcode a Brussels postcode
 * @param city the locality, or empty for the commune's name
 * @param communeNis the commune chosen when the postcode spans several, or empty
 * @param latitude latitude as typed, or empty
 * @param longitude longitude as typed, or empty
 * @param confidential whether the address is kept from the public (not sent when
 * unticked)
 */
record LocationForm(String name, @Filled(message = "{directory.edit.address.required}") String address,
		@Filled(message = "{directory.edit.postcode.required}") @Matches(regexp = "\\d{4}",
				message = "{directory.postcode.invalid}") String postcode,
		String city, String communeNis, @Decimal String latitude, @Decimal String longitude, Boolean confidential) {

	LocationForm {
		name = Objects.requireNonNullElse(name, "");
		address = Objects.requireNonNullElse(address, "");
		postcode = Objects.requireNonNullElse(postcode, "");
		city = Objects.requireNonNullElse(city, "");
		communeNis = Objects.requireNonNullElse(communeNis, "");
		latitude = Objects.requireNonNullElse(latitude, "");
		longitude = Objects.requireNonNullElse(longitude, "");
		confidential = Boolean.TRUE.equals(confidential);
	}

	static LocationForm empty() {
		return new LocationForm("", "", "", "", "", "", "", false);
	}

	static LocationForm of(ServiceLocation location) {
		return new LocationForm(location.name(), location.address(), location.postcode(), location.city(),
				location.communeNis(), (location.latitude() != null) ? location.latitude().toString() : "",
				(location.longitude() != null) ? location.longitude().toString() : "", location.confidential());
	}

}
