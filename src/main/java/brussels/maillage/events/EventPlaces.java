package brussels.maillage.events;

import java.util.List;
import java.util.Locale;

import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Writes a place as people read it: street and number, postcode and commune ("Place Keym
 * 2, 1170 Watermael-Boitsfort"), the commune named in the reader's language.
 */
@Component
class EventPlaces {

	private final TerritoryService territory;

	EventPlaces(TerritoryService territory) {
		this.territory = territory;
	}

	/**
	 * The full address; the commune is the one placed by the territory, or else the only
	 * commune of the postcode (a postcode shared by two communes names none); without a
	 * postcode, the commune's own when it has only one.
	 * @return "address, postcode commune", or {@code null} without an address
	 */
	String full(String address, String postcode, String communeNis, Locale locale) {
		if (address == null || address.isBlank()) {
			return null;
		}
		if ((postcode == null || postcode.isBlank()) && communeNis != null) {
			postcode = this.territory.communes()
				.stream()
				.filter((commune) -> commune.nis().equals(communeNis) && commune.postcodes().size() == 1)
				.map((commune) -> commune.postcodes().get(0))
				.findFirst()
				.orElse(null);
		}
		String commune = commune(postcode, communeNis, locale);
		StringBuilder place = new StringBuilder(address.strip());
		if (postcode != null && !postcode.isBlank()) {
			place.append(", ").append(postcode.strip());
		}
		if (commune != null) {
			place.append((postcode != null && !postcode.isBlank()) ? " " : ", ").append(commune);
		}
		return place.toString();
	}

	private String commune(String postcode, String communeNis, Locale locale) {
		List<Commune> communes = this.territory.communes();
		List<Commune> found = (communeNis != null)
				? communes.stream().filter((commune) -> commune.nis().equals(communeNis)).toList()
				: communes.stream().filter((commune) -> commune.postcodes().contains(postcode)).toList();
		return (found.size() == 1) ? found.get(0).name().in(locale).text() : null;
	}

}
