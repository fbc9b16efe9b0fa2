package brussels.maillage.directory.search.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine indexes of one service, read from PostgreSQL.
 *
 * @param id service id
 * @param organizationId its organisation
 * @param organization its organisation's name
 * @param names its names by language ({@code fr}, {@code nl}, {@code en})
 * @param texts its description and eligibility by language
 * @param themes the labels of its themes and their parents, each by language
 * @param themeCodes the codes of its themes and their parents
 * @param status {@code active}, {@code temporarily_closed} or {@code closed}
 * @param kind its kind's code
 * @param cost its cost's code
 * @param languages languages spoken
 * @param audiences codes of the groups it is meant for
 * @param areaLevel level of its service area ({@code REGION}, {@code BASSIN},
 * {@code COMMUNE}, {@code QUARTIER}), or {@code UNKNOWN} for an area written in words the
 * directory cannot read ({@link ImportedService#searchedLevel})
 * @param areaCodes codes of its area at that level
 * @param points latitude and longitude of each of its places
 * @param modified when it last changed
 * @param open the minutes of the week (Monday 00:00 = 0) when it is open, as first and
 * last minute of each opening, then optionally the first and last day (epoch day) the
 * opening is valid (HSDS schedule {@code valid_from}, {@code valid_to}; absent or
 * {@link Integer#MIN_VALUE} / {@link Integer#MAX_VALUE} when open-ended)
 * @param minimumAge youngest age served, or {@code null}
 * @param maximumAge oldest age served, or {@code null}
 * @param terms ids of the imported packages' own taxonomy terms it carries (and of their
 * parents)
 * @param termLabels the names of those terms (a publisher's own classification, in the
 * package's language: "Logopédie", "Aide alimentaire"), searched like theme labels
 * @param shown what the page and the API's list show of it besides the above (kept in the
 * index, {@link ShownRow})
 * @param alternateNames the alternate names of the service and of its organisation (HSDS
 * {@code alternate_name}: an acronym, the name in the other language), searched as names
 * @param program the name of its program (HSDS {@code program}), or {@code null},
 * searched as the description
 */
public record SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
		Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
		String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
		List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
		Integer maximumAge, List<String> terms, List<String> termLabels, Shown shown, List<String> alternateNames,
		String program) {

	public SearchDocument {
		alternateNames = List.copyOf(alternateNames);
		terms = List.copyOf(terms);
		termLabels = List.copyOf(termLabels);
		names = Map.copyOf(names);
		texts = Map.copyOf(texts);
		themes = List.copyOf(themes);
		themeCodes = List.copyOf(themeCodes);
		languages = List.copyOf(languages);
		audiences = List.copyOf(audiences);
		areaCodes = List.copyOf(areaCodes);
		points = List.copyOf(points);
		open = List.copyOf(open);
	}

	/** A service without alternate names or program. */
	public SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
			Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
			String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
			List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
			Integer maximumAge, List<String> terms, List<String> termLabels, Shown shown) {
		this(id, organizationId, organization, names, texts, themes, themeCodes, status, kind, cost, languages,
				audiences, areaLevel, areaCodes, points, modified, open, minimumAge, maximumAge, terms, termLabels,
				shown, List.of(), null);
	}

	/** A service whose package terms' names are not searched. */
	public SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
			Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
			String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
			List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
			Integer maximumAge, List<String> terms, Shown shown) {
		this(id, organizationId, organization, names, texts, themes, themeCodes, status, kind, cost, languages,
				audiences, areaLevel, areaCodes, points, modified, open, minimumAge, maximumAge, terms, List.of(),
				shown);
	}

	/** A service whose description and public address are not shown. */
	public SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
			Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
			String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
			List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
			Integer maximumAge, List<String> terms) {
		this(id, organizationId, organization, names, texts, themes, themeCodes, status, kind, cost, languages,
				audiences, areaLevel, areaCodes, points, modified, open, minimumAge, maximumAge, terms, Shown.NONE);
	}

	/** A service that carries no package term. */
	public SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
			Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
			String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
			List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
			Integer maximumAge) {
		this(id, organizationId, organization, names, texts, themes, themeCodes, status, kind, cost, languages,
				audiences, areaLevel, areaCodes, points, modified, open, minimumAge, maximumAge, List.of());
	}

	/**
	 * What is shown of a service found besides what is indexed for the search.
	 *
	 * @param descriptions its description by language (without the eligibility)
	 * @param address its first public address (by postcode, then street), or {@code null}
	 * @param latitude that address's latitude, or {@code null}
	 * @param longitude that address's longitude, or {@code null}
	 */
	public record Shown(Map<String, String> descriptions, String address, Double latitude, Double longitude) {

		/** No description, no public address. */
		public static final Shown NONE = new Shown(Map.of(), null, null, null);

		public Shown {
			descriptions = Map.copyOf(descriptions);
		}

	}

}
