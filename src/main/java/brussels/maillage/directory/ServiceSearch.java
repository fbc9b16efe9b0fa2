package brussels.maillage.directory;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches services in one query whatever the language: full text in the French, Dutch
 * and simple configurations on unaccented text, synonyms expanded at query time, similar
 * spellings when nothing matches, ranked by relevance and stepped care (the closest level
 * of service area first), distance breaking ties.
 */
@Component
class ServiceSearch {

	/** Minimum word similarity of a mistyped query to a service's names and themes. */
	static final double TYPO_THRESHOLD = 0.45;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\s'\"-]+");

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	/**
	 * Synonym groups with their compiled word patterns, read again when editors change
	 * them here or, for changes made by another instance, after {@link #SYNONYMS_TTL}.
	 */
	private volatile CachedSynonyms synonyms;

	/** How long another instance's synonym change may take to reach this one. */
	static final java.time.Duration SYNONYMS_TTL = java.time.Duration.ofSeconds(30);

	ServiceSearch(JdbcClient jdbc, DirectoryStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	SearchResults search(SearchQuery query) {
		return search(query, true);
	}

	/**
	 * The search, with the number of services per theme when {@code facets} (the search
	 * page's filters need them; a client reading pages does not, and they cost a second
	 * pass over every hit).
	 */
	SearchResults search(SearchQuery query, boolean facets) {
		Expansion expansion = (query.text() != null) ? expand(normalize(query.text())) : null;
		SearchResults exact = run(query, expansion, false, facets);
		if (exact.total() > 0 || expansion == null) {
			return exact;
		}
		return run(query, expansion, true, facets);
	}

	/** Lower-case, without accents or punctuation that has no meaning for the search. */
	static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return UNSAFE.matcher(plain).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/**
	 * The query with each synonym found replaced in turn by its equivalents, combined
	 * with {@code or} for {@code websearch_to_tsquery}.
	 */
	Expansion expand(String normalized) {
		List<String> variants = new ArrayList<>();
		variants.add(normalized);
		List<String> used = new ArrayList<>();
		for (Synonyms synonyms : synonyms()) {
			String[] group = synonyms.terms();
			for (int i = 0; i < group.length; i++) {
				String term = group[i];
				Pattern word = synonyms.patterns().get(i);
				if (word.matcher(normalized).find()) {
					for (String other : group) {
						if (!other.equals(term)) {
							variants.add(word.matcher(normalized).replaceAll("\"" + other + "\""));
						}
					}
					used.add(term + " → "
							+ String.join(", ", List.of(group).stream().filter((t) -> !t.equals(term)).toList()));
					break;
				}
			}
		}
		return new Expansion(normalized, String.join(" or ", variants),
				used.isEmpty() ? null : String.join("; ", used));
	}

	private List<Synonyms> synonyms() {
		CachedSynonyms cached = this.synonyms;
		if (cached == null || cached.readAt() < System.nanoTime() - SYNONYMS_TTL.toNanos()) {
			List<Synonyms> groups = this.jdbc.sql("select terms from search_synonym order by id")
				.query((rs, row) -> (String[]) rs.getArray("terms").getArray())
				.list()
				.stream()
				.map((terms) -> new Synonyms(terms, List.of(terms)
					.stream()
					.map((term) -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"))
					.toList()))
				.toList();
			cached = new CachedSynonyms(groups, System.nanoTime());
			this.synonyms = cached;
		}
		return cached.groups();
	}

	/** Editors changed the synonyms: the next search reads them again. */
	void forgetSynonyms() {
		this.synonyms = null;
	}

	private record Synonyms(String[] terms, List<Pattern> patterns) {
	}

	private record CachedSynonyms(List<Synonyms> groups, long readAt) {
	}

	private SearchResults run(SearchQuery query, Expansion expansion, boolean typos, boolean withFacets) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		if (query.modifiedAfter() == null) {
			// Closed services are not offered; a client that syncs changes
			// (modified_after) learns of closures.
			conditions.add("s.status <> 'closed'");
		}
		if (expansion != null) {
			params.put("text", expansion.normalized());
			params.put("expanded", expansion.expanded());
			if (typos) {
				// <% is served by the trigram index; its threshold holds until the end of
				// the
				// transaction (DirectoryService.search runs in one).
				this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
					.param("threshold", String.valueOf(TYPO_THRESHOLD))
					.query(String.class)
					.single();
			}
			conditions.add(typos ? ":text <% s.search_title"
					: "(s.search_fr @@ q.fr or s.search_nl @@ q.nl or s.search_simple @@ q.simple)");
		}
		if (query.language() != null) {
			params.put("language", query.language());
			conditions.add(":language = any(s.languages)");
		}
		if (query.accessibleOnly()) {
			conditions.add("s.cost in ('free', 'low_threshold')");
		}
		if (query.audience() != null) {
			params.put("audience", query.audience());
			conditions.add(":audience = any(s.target_groups)");
		}
		if (query.openAt() != null) {
			params.put("weekday", query.openAt().getDayOfWeek().getValue());
			params.put("time", query.openAt().toLocalTime());
			conditions.add("""
					exists (select 1 from schedule sc where sc.service_id = s.id and sc.weekday = :weekday
						and sc.opens_at <= :time and sc.closes_at > :time)""");
		}
		if (query.kind() != null) {
			params.put("kind", query.kind().code());
			conditions.add("s.kind = :kind");
		}
		if (query.organizationId() != null) {
			params.put("organization", query.organizationId());
			conditions.add("s.organization_id = :organization");
		}
		if (query.modifiedAfter() != null) {
			params.put("modifiedAfter", Timestamp.from(query.modifiedAfter()));
			conditions.add("s.last_modified > :modifiedAfter");
		}
		String withoutTheme = String.join(" and ", conditions);
		if (query.theme() != null) {
			params.put("theme", query.theme());
			conditions.add("""
					exists (select 1 from service_taxonomy st join taxonomy_term t on t.id = st.taxonomy_term_id
						left join taxonomy_term p on p.id = t.parent_id
						where st.service_id = s.id and (t.code = :theme or p.code = :theme))""");
		}
		String where = String.join(" and ", conditions);
		Place place = query.place();
		params.put("quartier", place.quartierCode());
		params.put("commune", place.communeNis());
		params.put("bassin", place.bassinCode());
		params.put("lat", place.lat());
		params.put("lon", place.lon());
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		String from = "service s" + ((expansion != null) ? " cross join " + QUERIES : "");
		String sql = """
				with hits as (
					select s.id, o.name as organization, %s as relevance, %s as direct, %s as proximity,
						d.km as distance
					from %s
					join organization o on o.id = s.organization_id
					left join lateral (%s) d on true
					where %s
				),
				page as (
					select *, relevance + %s as score, count(*) over () as total from hits
					order by %8$s score desc, distance nulls last, organization, id
					limit :limit offset :offset
				)
				select p.*, s.name::text as name, s.description::text as description, s.kind, s.status, s.cost,
					s.languages, s.area_level, s.organization_id, a.address, a.latitude, a.longitude
				from page p
				join service s on s.id = p.id
				left join lateral (
					select l.address || ', ' || l.postcode || ' ' || l.city as address, l.latitude, l.longitude
					from service_at_location sal join location l on l.id = sal.location_id
					where sal.service_id = p.id and not l.confidential order by l.postcode, l.address limit 1) a on true
				order by %8$s score desc, distance nulls last, organization, p.id""".formatted(
				relevance(expansion, typos), direct(expansion), PROXIMITY, from, distance(place), where,
				PROXIMITY_WEIGHT,
				place.isUnknown() ? "" : "case when proximity > 0 then 0 when proximity is null then 1 else 2 end,");
		List<Row> rows = this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Row(new SearchHit(rs.getObject("id", UUID.class),
					this.store.text(rs.getString("name")), rs.getObject("organization_id", UUID.class),
					rs.getString("organization"), this.store.text(rs.getString("description")),
					ServiceKind.of(rs.getString("kind")), ServiceStatus.of(rs.getString("status")),
					Cost.of(rs.getString("cost")), DirectoryStore.strings(rs.getArray("languages")),
					AreaLevel.valueOf(rs.getString("area_level")),
					proximity((Integer) rs.getObject("proximity"), place), (Double) rs.getObject("distance"),
					rs.getString("address"),
					(expansion != null && !rs.getBoolean("direct")) ? expansion.synonyms() : null, typos,
					rs.getDouble("score"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude")),
					rs.getLong("total")))
			.list();
		long total = rows.isEmpty() ? count(from, where, params) : rows.get(0).total();
		return new SearchResults(query, rows.stream().map(Row::hit).toList(), total,
				withFacets ? facets(from, withoutTheme, params) : List.of(), typos);
	}

	private long count(String from, String where, Map<String, Object> params) {
		return this.jdbc.sql("select count(*) from " + from + " where " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private List<ThemeFacet> facets(String from, String where, Map<String, Object> params) {
		return this.jdbc.sql("""
				select t.code, t.label::text as label, count(distinct s.id) as hits
				from %s
				join service_taxonomy st on st.service_id = s.id
				join taxonomy_term leaf on leaf.id = st.taxonomy_term_id
				join taxonomy_term t on t.id = coalesce(leaf.parent_id, leaf.id)
				where %s
				group by t.code, t.label::text, t.position order by t.position""".formatted(from, where))
			.params(params)
			.query((rs, row) -> new ThemeFacet(rs.getString("code"), this.store.text(rs.getString("label")),
					rs.getLong("hits")))
			.list();
	}

	private static final String QUERIES = """
			(select websearch_to_tsquery('french', :expanded) as fr, websearch_to_tsquery('dutch', :expanded) as nl,
				websearch_to_tsquery('simple', :expanded) as simple) q""";

	/**
	 * 4 when a service covers the person's quartier, 3 the commune, 2 the bassin, 1 the
	 * region, 0 elsewhere; {@code null} when the person's code at the service's level is
	 * not known (for example a bassin-level service when only the commune was given).
	 */
	private static final String PROXIMITY = """
			case when s.area_level = 'REGION' then 1
				when s.area_level = 'QUARTIER' and cast(:quartier as text) is null then null
				when s.area_level = 'COMMUNE' and cast(:commune as text) is null then null
				when s.area_level = 'BASSIN' and cast(:bassin as text) is null then null
				when s.area_level = 'QUARTIER' and cast(:quartier as text) = any(s.area_codes) then 4
				when s.area_level = 'COMMUNE' and cast(:commune as text) = any(s.area_codes) then 3
				when s.area_level = 'BASSIN' and cast(:bassin as text) = any(s.area_codes) then 2
				else 0 end""";

	/**
	 * Stepped care: services that do not cover a known place come last (see the order of
	 * the search); among the others each level closer to the person adds to the
	 * relevance, enough to lift a local service over an equally relevant regional one,
	 * not enough to bury a clearly better match.
	 */
	private static final String PROXIMITY_WEIGHT = "0.1 * coalesce(proximity, 0)";

	/**
	 * Relevance of full-text matches: names (A) first, then theme labels (B), far above
	 * descriptions (C), which mention many neighbouring needs.
	 */
	private static String relevance(Expansion expansion, boolean typos) {
		if (expansion == null) {
			return "0.0";
		}
		if (typos) {
			return "word_similarity(:text, s.search_title)";
		}
		return """
				(greatest(ts_rank_cd('{0.05, 0.1, 0.6, 1.0}', s.search_fr, q.fr, 32), ts_rank_cd('{0.05, 0.1, 0.6, 1.0}', s.search_nl, q.nl, 32),
					ts_rank_cd('{0.05, 0.1, 0.6, 1.0}', s.search_simple, q.simple, 32))
				+ case when s.search_name like '%' || :text || '%' then 0.5 else 0 end)""";
	}

	private static String direct(Expansion expansion) {
		if (expansion == null) {
			return "true";
		}
		return """
				(s.search_fr @@ websearch_to_tsquery('french', :text) or s.search_nl @@ websearch_to_tsquery('dutch', :text)
					or s.search_simple @@ websearch_to_tsquery('simple', :text))""";
	}

	private static String distance(Place place) {
		if (!place.hasCoordinates()) {
			return "select cast(null as double precision) as km";
		}
		return """
				select min(2 * 6371 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)
					+ cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2)))) as km
				from service_at_location sal join location l on l.id = sal.location_id
				where sal.service_id = s.id and l.latitude is not null""";
	}

	private static Proximity proximity(Integer level, Place place) {
		if (place.isUnknown()) {
			return Proximity.UNKNOWN;
		}
		if (level == null) {
			return Proximity.UNDETERMINED;
		}
		return switch (level) {
			case 4 -> Proximity.QUARTIER;
			case 3 -> Proximity.COMMUNE;
			case 2 -> Proximity.BASSIN;
			case 1 -> Proximity.REGION;
			default -> Proximity.ELSEWHERE;
		};
	}

	/**
	 * A query prepared for the database.
	 *
	 * @param normalized the typed text, lower-case and unaccented
	 * @param expanded the text with its synonym variants, for websearch_to_tsquery
	 * @param synonyms the synonyms used, for the explanation of hits, or {@code null}
	 */
	record Expansion(String normalized, String expanded, String synonyms) {
	}

	private record Row(SearchHit hit, long total) {
	}

}
