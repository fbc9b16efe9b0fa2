package brussels.maillage.directory.organizations;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.ServiceLocation;
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
		LocationChecks.bothOrNeither(form, errors);
		String postcode = form.postcode().strip();
		Double latitude = LocationChecks.number(form.latitude());
		Double longitude = LocationChecks.number(form.longitude());
		String communeNis = errors.hasFieldErrors("postcode") ? null
				: commune(postcode, latitude, longitude, form.communeNis(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		String city = blankToNull(form.city());
		if (city == null) {
			city = this.territory.communes()
				.stream()
				.filter((c) -> c.nis().equals(communeNis))
				.map((c) -> c.name().in(locale).text())
				.findFirst()
				.orElse(postcode);
		}
		return new ServiceLocation(id, blankToNull(form.name()), form.address().strip(), postcode, city, communeNis,
				latitude, longitude, form.confidential());
	}

	/**
	 * The commune of a Brussels postcode (and point), or {@code null} with the problem
	 * next to its field.
	 */
	private String commune(String postcode, Double latitude, Double longitude, String typedCommune, Errors errors) {
		if (!this.territory.isBrusselsPostcode(postcode)) {
			errors.rejectValue("postcode", "directory.postcode.notBrussels");
			return null;
		}
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
		String chosen = blankToNull(typedCommune);
		if (placement.communeNis() != null && (chosen == null || chosen.equals(placement.communeNis()))) {
			return placement.communeNis();
		}
		else if (chosen != null && candidates.contains(chosen)) {
			return chosen;
		}
		else if (candidates.size() > 1) {
			errors.rejectValue("communeNis", "directory.edit.commune.choose");
		}
		else if (!candidates.isEmpty()) {
			return candidates.get(0);
		}
		else {
			errors.rejectValue("postcode", "directory.postcode.notBrussels");
		}
		return null;
	}

	/** The text without surrounding spaces, or {@code null} when blank. */
	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
