package brussels.maillage.territory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a Brussels address as people read it: street and number, postcode and commune
 * ("Place Keym 2, 1170 Watermael-Boitsfort"), the commune named in the reader's language
 * from the territory's communes and their postcodes.
 */
final class Addresses {

	private Addresses() {
	}

	/**
	 * A postcode written at the end of an address, after a comma ("Rue Haute 298A, 1000"
	 * or "..., 1000 Bruxelles") or before the commune's name ("Rue Haute 298A 1000
	 * Bruxelles"), never a house number ("Chaussée d'Alsemberg 1180").
	 */
	private static final Pattern WRITTEN_POSTCODE = Pattern
		.compile("(?:,\\s*(1\\d{3})(?:\\s+\\p{L}[\\p{L}\\s'’-]*)?|\\s(1\\d{3})\\s+\\p{L}[\\p{L}\\s'’-]*)\\s*$");

	/**
	 * The full address; the commune is the one placed by the territory, or else the only
	 * commune of the postcode (a postcode shared by two communes names none); without a
	 * postcode, the one written at the end of the address when it is one of the commune's
	 * (an open-doors host types "Rue Haute 298A, 1000"), else the commune's own when it
	 * has only one, never the first of several.
	 * @return "address, postcode commune", or {@code null} without an address
	 */
	static String full(String address, String postcode, String communeNis, List<Commune> communes, Locale locale) {
		if (address == null || address.isBlank()) {
			return null;
		}
		if ((postcode == null || postcode.isBlank()) && communeNis != null) {
			Matcher written = WRITTEN_POSTCODE.matcher(address.strip());
			String own = written.find() ? ((written.group(1) != null) ? written.group(1) : written.group(2)) : null;
			if (own != null && postcodesOf(communeNis, communes).contains(own)) {
				// The address's own postcode (a commune may have several, e.g. 1000,
				// 1020, 1120 and 1130 for
				// Bruxelles): written after the street, it is used, and the street is
				// kept without it.
				address = address.strip().substring(0, written.start()).strip();
				postcode = own;
			}
		}
		if ((postcode == null || postcode.isBlank()) && communeNis != null) {
			postcode = communes.stream()
				.filter((commune) -> commune.nis().equals(communeNis) && commune.postcodes().size() == 1)
				.map((commune) -> commune.postcodes().get(0))
				.findFirst()
				.orElse(null);
		}
		String commune = commune(postcode, communeNis, communes, locale);
		StringBuilder place = new StringBuilder(address.strip());
		if (postcode != null && !postcode.isBlank()) {
			place.append(", ").append(postcode.strip());
		}
		if (commune != null) {
			place.append((postcode != null && !postcode.isBlank()) ? " " : ", ").append(commune);
		}
		return place.toString();
	}

	private static List<String> postcodesOf(String communeNis, List<Commune> communes) {
		return communes.stream()
			.filter((commune) -> commune.nis().equals(communeNis))
			.findFirst()
			.map(Commune::postcodes)
			.orElse(List.of());
	}

	private static String commune(String postcode, String communeNis, List<Commune> communes, Locale locale) {
		List<Commune> found = (communeNis != null)
				? communes.stream().filter((commune) -> commune.nis().equals(communeNis)).toList()
				: communes.stream().filter((commune) -> commune.postcodes().contains(postcode)).toList();
		return (found.size() == 1) ? found.get(0).name().in(locale).text() : null;
	}

}
