package brussels.maillage.directory.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A service as an import writes it to PostgreSQL, handed to the search index
 * ({@link SearchIndexHandoff}) so that it is indexed while the import writes it instead
 * of being read back after the commit. Every field holds what PostgreSQL holds once the
 * import has written it (the organisation's name and the places as the import's
 * transaction reads them), so that the index holds what a rebuild would read.
 *
 * @param id service id
 * @param organizationId its organisation
 * @param organization its organisation's name
 * @param name its names
 * @param description its description
 * @param eligibility its eligibility
 * @param status its status's code ({@code active}, {@code temporarily_closed},
 * {@code closed})
 * @param kind its kind's code
 * @param cost its cost's code
 * @param languages languages spoken
 * @param audiences codes of the groups it is meant for
 * @param areaLevel level of its service area as the search indexes it
 * ({@link #searchedLevel})
 * @param areaCodes codes of its area at that level
 * @param places every place it is at, confidential ones included
 * @param modified its last modification as written
 * @param hours its opening hours
 * @param minimumAge youngest age served, or {@code null}
 * @param maximumAge oldest age served, or {@code null}
 * @param themes ids of the directory's themes it is classified in (not their parents)
 * @param packageTerms its package's own taxonomy terms, with their parents
 * @param alternateNames its alternate name, then its organisation's, as PostgreSQL holds
 * them (none when absent)
 * @param program its program's name as PostgreSQL holds it, or {@code null}
 */
public record ImportedService(UUID id, UUID organizationId, String organization, LocalizedText name,
		LocalizedText description, LocalizedText eligibility, String status, String kind, String cost,
		List<String> languages, List<String> audiences, String areaLevel, List<String> areaCodes, List<Place> places,
		Instant modified, List<Hours> hours, Integer minimumAge, Integer maximumAge, List<UUID> themes,
		List<PackageTerm> packageTerms, List<String> alternateNames, String program) {

	/** A service without alternate names or program. */
	public ImportedService(UUID id, UUID organizationId, String organization, LocalizedText name,
			LocalizedText description, LocalizedText eligibility, String status, String kind, String cost,
			List<String> languages, List<String> audiences, String areaLevel, List<String> areaCodes,
			List<Place> places, Instant modified, List<Hours> hours, Integer minimumAge, Integer maximumAge,
			List<UUID> themes, List<PackageTerm> packageTerms) {
		this(id, organizationId, organization, name, description, eligibility, status, kind, cost, languages, audiences,
				areaLevel, areaCodes, places, modified, hours, minimumAge, maximumAge, themes, packageTerms, List.of(),
				null);
	}

	/**
	 * The level the search indexes for a service area: {@code UNKNOWN} for a region-level
	 * area written in words the directory does not read ("Gare du Midi": kept as written
	 * in {@code area_description}, no codes), since whether it covers a person's place
	 * cannot be decided; otherwise the level as stored.
	 * @param level the level as PostgreSQL holds it
	 * @param codes its codes
	 * @param written the area as the package wrote it ({@code area_description}), or
	 * {@code null}
	 * @return the level indexed
	 */
	public static String searchedLevel(String level, List<String> codes, String written) {
		boolean unread = "REGION".equals(level) && codes.isEmpty() && written != null && !written.isBlank();
		return unread ? UNKNOWN_AREA : level;
	}

	/** The level indexed for an area the directory cannot read. */
	public static final String UNKNOWN_AREA = "UNKNOWN";

	public ImportedService {
		alternateNames = List.copyOf(alternateNames);
		languages = List.copyOf(languages);
		audiences = List.copyOf(audiences);
		areaCodes = List.copyOf(areaCodes);
		places = List.copyOf(places);
		hours = List.copyOf(hours);
		themes = List.copyOf(themes);
		packageTerms = List.copyOf(packageTerms);
	}

	/**
	 * A place of the service, as PostgreSQL holds it.
	 *
	 * @param latitude its latitude, or {@code null}
	 * @param longitude its longitude, or {@code null}
	 * @param confidential whether it is never shown
	 * @param address its address as shown ({@code address, postcode city}), {@code null}
	 * when one of them is missing
	 * @param order its rank among places by postcode then street, as PostgreSQL sorts
	 * them: the page shows the first public one
	 */
	public record Place(Double latitude, Double longitude, boolean confidential, String address, long order) {
	}

	/**
	 * Opening hours on one day.
	 *
	 * @param weekday 1 (Monday) to 7 (Sunday)
	 * @param opens opening time
	 * @param closes closing time (before the opening time: the next day)
	 * @param validFrom first day these hours hold, or {@code null}
	 * @param validTo last day these hours hold, or {@code null}
	 */
	public record Hours(int weekday, LocalTime opens, LocalTime closes, LocalDate validFrom, LocalDate validTo) {
	}

	/**
	 * A term of the package's own taxonomy.
	 *
	 * @param id its id
	 * @param name its name in the package
	 */
	public record PackageTerm(UUID id, String name) {
	}

}
