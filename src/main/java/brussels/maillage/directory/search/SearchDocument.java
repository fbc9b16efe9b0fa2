package brussels.maillage.directory.search;

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
 * {@code COMMUNE}, {@code QUARTIER})
 * @param areaCodes codes of its area at that level
 * @param points latitude and longitude of each of its places
 * @param modified when it last changed
 * @param open the minutes of the week (Monday 00:00 = 0) when it is open, as first and
 * last minute of each opening
 * @param minimumAge youngest age served, or {@code null}
 * @param maximumAge oldest age served, or {@code null}
 */
public record SearchDocument(UUID id, UUID organizationId, String organization, Map<String, String> names,
		Map<String, String> texts, List<Map<String, String>> themes, List<String> themeCodes, String status,
		String kind, String cost, List<String> languages, List<String> audiences, String areaLevel,
		List<String> areaCodes, List<double[]> points, Instant modified, List<int[]> open, Integer minimumAge,
		Integer maximumAge) {

	public SearchDocument {
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

}
