package brussels.maillage.directory.organizations;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.services.ServiceForm;
import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads the place typed in the place form, placed in the territory, with every problem
 * reported next to its field.
 */
@Component
class LocationReader {

	private final TerritoryService territory;

	LocationReader(TerritoryService territory) {
		this.territory = territory;
	}

	/**
	 * The place typed in the form, placed in the territory: a Brussels postcode gives the
	 * commune (the editor chooses when the postcode spans several), a point must lie in
	 * Brussels.
	 */
	ServiceLocation read(LocationForm form, UUID id, Errors errors, Locale locale) {
		if (form.getAddress() == null || form.getAddress().isBlank()) {
			errors.rejectValue("address", "directory.edit.address.required");
		}
		String postcode = (form.getPostcode() != null) ? form.getPostcode().strip() : "";
		Double latitude = number(form.getLatitude(), "latitude", errors);
		Double longitude = number(form.getLongitude(), "longitude", errors);
		if ((latitude == null) != (longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue((latitude == null) ? "latitude" : "longitude", "directory.edit.point.both");
		}
		String communeNis = null;
		if (!postcode.matches("\\d{4}")) {
			errors.rejectValue("postcode",
					postcode.isEmpty() ? "directory.edit.postcode.required" : "directory.postcode.invalid");
		}
		else if (!this.territory.isBrusselsPostcode(postcode)) {
			errors.rejectValue("postcode", "directory.postcode.notBrussels");
		}
		else {
			Placement placement = (latitude != null && longitude != null)
					? this.territory.place(postcode, latitude, longitude) : this.territory.place(postcode);
			if (latitude != null && longitude != null && placement.certainty() == Certainty.OUTSIDE) {
				errors.rejectValue("latitude", "directory.edit.point.outside");
			}
			List<String> candidates = placement.candidates()
				.stream()
				.map(Placement.Candidate::communeNis)
				.distinct()
				.toList();
			String chosen = ServiceForm.blankToNull(form.getCommuneNis());
			if (placement.communeNis() != null && (chosen == null || chosen.equals(placement.communeNis()))) {
				communeNis = placement.communeNis();
			}
			else if (chosen != null && candidates.contains(chosen)) {
				communeNis = chosen;
			}
			else if (candidates.size() > 1) {
				errors.rejectValue("communeNis", "directory.edit.commune.choose");
			}
			else if (!candidates.isEmpty()) {
				communeNis = candidates.get(0);
			}
			else {
				errors.rejectValue("postcode", "directory.postcode.notBrussels");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		String commune = communeNis;
		String city = ServiceForm.blankToNull(form.getCity());
		if (city == null) {
			city = this.territory.communes()
				.stream()
				.filter((c) -> c.nis().equals(commune))
				.map((c) -> c.name().in(locale).text())
				.findFirst()
				.orElse(postcode);
		}
		return new ServiceLocation(id, ServiceForm.blankToNull(form.getName()), form.getAddress().strip(), postcode,
				city, communeNis, latitude, longitude, form.isConfidential());
	}

	private static Double number(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "directory.edit.number.invalid");
			return null;
		}
	}

}
