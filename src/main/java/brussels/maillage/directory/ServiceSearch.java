package brussels.maillage.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

	/**
	 * Minimum trigram similarity of a mistyped word to a word of the directory's names
	 * and themes to be corrected into it.
	 */
	static final double TYPO_THRESHOLD = 0.35;

	/**
	 * Hits are counted exactly up to this number (or to the end of the page asked when
	 * further); beyond, the count says "more than".
	 */
	static final int COUNT_CAP = 1000;

	/** Counts per theme are taken over at most this many hits. */
	static final int FACET_CAP = 1000;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WORDS = Pattern.compile("[\\s'\"-]+");

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\s'\"-]+");

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	/**
	 * Synonym groups with their compiled word patterns, read again when editors change
	 * them here, when the directory's version moves ({@link SearchCache}), and otherwise
	 * (the cache off) after {@link #SYNONYMS_TTL}.
	 */
	private volatile CachedSynonyms synonyms;

	/** The query form of words already seen (see {@link #forms(List)}). */
	private final Map<String, String> forms = new ConcurrentHashMap<>();

	/** Hits counted exactly (see {@link #COUNT_CAP}); lowered by tests. */
	int countCap = COUNT_CAP;

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
		String corrected = correct(expansion.normalized());
		if (corrected == null) {
			return exact;
		}
		return run(query, expand(corrected), true, facets);
	}

	/**
	 * The query with each word that is not in the directory's vocabulary (names and theme
	 * labels) replaced by the closest word that is, or {@code null} when no word could be
	 * corrected.
	 */
	String correct(String normalized) {
		// The threshold holds until the end of the transaction (DirectoryService.search
		// runs in one); % is then served by the trigram index of the vocabulary.
		this.jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
			.param("threshold", String.valueOf(TYPO_THRESHOLD))
			.query(String.class)
			.single();
		// Every word in one statement: the closest vocabulary word of each word of three
		// letters or more that is not itself in the vocabulary.
		String[] typed = normalized.split(" ");
		List<String> plain = List.of(typed).stream().map((word) -> word.replaceAll("[^\\p{L}\\p{N}]", "")).toList();
		Map<String, String> closest = new HashMap<>();
		this.jdbc
			.sql("""
					select t.word, (select w.word from search_word w where w.word % t.word
							order by similarity(w.word, t.word) desc, abs(length(w.word) - length(t.word)), w.word limit 1) as better
					from unnest(string_to_array(:words, ' ')) as t(word)
					where length(t.word) >= 3 and not exists (select 1 from search_word x where x.word = t.word)""")
			.param("words", String.join(" ", plain))
			.query((rs, row) -> Map.entry(rs.getString("word"), Objects.toString(rs.getString("better"), "")))
			.list()
			.forEach((entry) -> closest.put(entry.getKey(), entry.getValue()));
		boolean changed = false;
		List<String> words = new ArrayList<>();
		for (int i = 0; i < typed.length; i++) {
			String better = closest.getOrDefault(plain.get(i), "");
			changed |= !better.isEmpty();
			words.add(better.isEmpty() ? typed[i] : better);
		}
		return changed ? String.join(" ", words) : null;
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
			// Terms of one group typed side by side ("MR/MRS", "CPAS OCMW") are one
			// mention: each variant has one term in their place.
			Matcher together = synonyms.together().matcher(normalized);
			if (together.find()) {
				String term = together.group();
				for (String other : group) {
					String variant = synonyms.together()
						.matcher(normalized)
						.replaceAll(Matcher.quoteReplacement(other));
					if (!variant.equals(normalized) && !variants.contains(variant)) {
						variants.add(variant);
					}
				}
				used.add(term + " → "
						+ String.join(", ", List.of(group).stream().filter((t) -> !t.equals(term)).toList()));
			}
		}
		return new Expansion(normalized, tsquery(variants), tsquery(List.of(normalized)),
				used.isEmpty() ? null : String.join("; ", used));
	}

	/**
	 * A text-search query matching any of the variants: in each, every word must be found
	 * in one of its forms (its French, Dutch or unstemmed lexemes); a word that French or
	 * Dutch ignores as too common is left out. Built here rather than by
	 * {@code websearch_to_tsquery} in each configuration so that the query holds each
	 * lexeme once: the planner then sees how selective it is and uses the index.
	 * @return the query in {@code tsquery} syntax, empty when no word is left
	 */
	String tsquery(List<String> variants) {
		Map<String, String> forms = forms(
				variants.stream().flatMap((variant) -> words(variant).stream()).distinct().toList());
		Set<String> alternatives = new LinkedHashSet<>();
		for (String variant : variants) {
			List<String> words = words(variant).stream()
				.map((word) -> forms.getOrDefault(word, ""))
				.filter((form) -> !form.isEmpty())
				.distinct()
				.toList();
			if (!words.isEmpty()) {
				alternatives.add(String.join(" & ", words));
			}
		}
		return alternatives.stream()
			.map((alternative) -> (alternatives.size() > 1) ? "(" + alternative + ")" : alternative)
			.collect(Collectors.joining(" | "));
	}

	/** The words of a normalized text (apostrophes, quotes and dashes separate them). */
	private static List<String> words(String text) {
		return List.of(WORDS.split(text)).stream().filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The query form of each word, {@code ('a' | 'b')}, or empty for a word to leave out;
	 * kept for the next searches (stemming does not change).
	 */
	private Map<String, String> forms(List<String> words) {
		Map<String, String> forms = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String word : words) {
			String form = this.forms.get(word);
			if (form != null) {
				forms.put(word, form);
			}
			else {
				unknown.add(word);
			}
		}
		if (!unknown.isEmpty()) {
			this.jdbc
				.sql("""
						select w, tsvector_to_array(to_tsvector('french', w)) as fr,
							tsvector_to_array(to_tsvector('dutch', w)) as nl, tsvector_to_array(to_tsvector('simple', w)) as simple
						from unnest(string_to_array(:words, ' ')) as w""")
				.param("words", String.join(" ", unknown))
				.query((rs, row) -> {
					String[] fr = (String[]) rs.getArray("fr").getArray();
					String[] nl = (String[]) rs.getArray("nl").getArray();
					String[] simple = (String[]) rs.getArray("simple").getArray();
					String form = "";
					if (fr.length > 0 && nl.length > 0) {
						Set<String> each = new LinkedHashSet<>();
						for (String[] lexemes : List.of(fr, nl, simple)) {
							if (lexemes.length > 0) {
								each.add(List.of(lexemes)
									.stream()
									.map(ServiceSearch::lexeme)
									.collect(Collectors.joining(" & ")));
							}
						}
						form = "(" + String.join(" | ", each.stream()
							.map((alternative) -> alternative.contains("&") ? "(" + alternative + ")" : alternative)
							.toList()) + ")";
					}
					return Map.entry(rs.getString("w"), form);
				})
				.list()
				.forEach((entry) -> {
					forms.put(entry.getKey(), entry.getValue());
					if (this.forms.size() > 10_000) {
						this.forms.clear();
					}
					this.forms.put(entry.getKey(), entry.getValue());
				});
		}
		return forms;
	}

	private static String lexeme(String lexeme) {
		return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private List<Synonyms> synonyms() {
		CachedSynonyms cached = this.synonyms;
		if (cached == null || cached.readAt() < System.nanoTime() - SYNONYMS_TTL.toNanos()) {
			List<Synonyms> groups = this.jdbc.sql("select terms from search_synonym order by id")
				.query((rs, row) -> (String[]) rs.getArray("terms").getArray())
				.list()
				.stream()
				.map((terms) -> new Synonyms(terms, together(terms)))
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

	/**
	 * One or more terms of a group side by side, as whole words (the longest first, so
	 * that "mrs" is not read as "mr").
	 */
	private static Pattern together(String[] terms) {
		String any = List.of(terms)
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|", "(?:", ")"));
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + any + "(?:[\\s'\"-]+" + any + ")*(?![\\p{L}\\p{N}])");
	}

	private record Synonyms(String[] terms, Pattern together) {
	}

	private record CachedSynonyms(List<Synonyms> groups, long readAt) {
	}

	private SearchResults run(SearchQuery query, Expansion expansion, boolean corrected, boolean withFacets) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		if (query.modifiedAfter() == null) {
			// Closed services are not offered; a client that syncs changes
			// (modified_after) learns of closures. Written so that it does not match the
			// predicate of the review queue's partial index: with words, the planner
			// would otherwise scan that index and read every service's large vector.
			conditions.add((expansion != null) ? "coalesce(s.status, '') <> 'closed'" : "s.status <> 'closed'");
		}
		if (expansion != null) {
			params.put("text", expansion.normalized());
			params.put("words", expansion.query());
			params.put("direct", expansion.direct());
		}
		// For the search's transaction only: a query ORed over three configurations and
		// synonyms looks unselective to the planner, which would then read every
		// service's large vector, the index being always the cheaper way; no JIT
		// compilation (the disabled scans' cost would trigger it, for tens of ms per
		// statement) and no parallel workers (two cores serve many searches at once).
		// Plans made for the values of each search: the driver prepares a statement on
		// the server after a few uses, and PostgreSQL then tries a generic plan, blind
		// to how frequent the words are and to the place; measured at 100,000 services,
		// generic plans made searches up to 3.3 times slower than their own plans.
		this.jdbc
			.sql("select set_config('enable_seqscan', :seqscan, true), set_config('jit', 'off', true),"
					+ " set_config('max_parallel_workers_per_gather', '0', true),"
					+ " set_config('plan_cache_mode', 'force_custom_plan', true)")
			.param("seqscan", (expansion != null) ? "off" : "on")
			.query((rs, row) -> 1)
			.list();
		if (query.language() != null) {
			params.put("language", query.language());
			conditions.add("s.languages @> array[cast(:language as text)]");
		}
		if (query.accessibleOnly()) {
			conditions.add("s.cost in ('free', 'low_threshold')");
		}
		if (query.audience() != null) {
			params.put("audience", query.audience());
			conditions.add("s.target_groups @> array[cast(:audience as text)]");
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
		List<String> withoutThemeConditions = new ArrayList<>(conditions);
		if (query.theme() != null) {
			params.put("theme", query.theme());
			conditions.add("s.theme_codes @> array[cast(:theme as text)]");
		}
		Place place = query.place();
		params.put("quartier", place.quartierCode());
		params.put("commune", place.communeNis());
		params.put("bassin", place.bassinCode());
		params.put("lat", place.lat());
		params.put("lon", place.lon());
		params.put("limit", query.size());
		long offset = (long) query.page() * query.size();
		params.put("offset", offset);
		String from = "service s" + ((expansion != null) ? " cross join " + QUERY : "");
		String where = where(conditions, (expansion != null) ? Tier.ALL.match : null);

		// Counted up to a cap (a broad word matches a third of a large directory: an
		// exact count would read every hit's row), but always past the end of the page
		// asked, so that paging on knows whether there is more.
		long cap = Math.max(this.countCap, offset + query.size());
		params.put("cap", cap + 1);
		// Past the cap through the (smaller) index of names first: a frequent word found
		// in more names than the cap need not be looked up among all words; then through
		// the index of names and theme labels, smaller than that of all words for words
		// frequent in descriptions. One statement: each count runs only when the one
		// before stayed within the cap.
		long counted;
		long namesCounted = 0;
		long ranksCounted = -1;
		Facets facets = null;
		// With a filter that keeps few services (a theme, a language, an audience, an
		// organisation), all hits are counted first, in one intersection with the
		// filter's index: they are usually within the cap, and the counts by tier below
		// would intersect it three times. Past the cap, the counts by tier follow.
		boolean narrowed = query.theme() != null || query.language() != null || query.audience() != null
				|| query.organizationId() != null;
		long direct = (expansion != null && narrowed) ? count(from, where, params) : -1;
		if (direct >= 0 && direct <= cap) {
			counted = direct;
		}
		else if (expansion != null) {
			params.put("within", cap);
			long[] counts = new long[3];
			// The counts per theme come from the same hits as the count of all hits when
			// no theme is chosen: read once (the index of all words is the costly part of
			// both for a frequent word). All hits counted above are not counted again.
			boolean together = withFacets && query.theme() == null;
			params.put("allCounted", direct);
			String all = (direct >= 0) ? "select cast(:allCounted as bigint) as c"
					: together ? "select count(*) as c from sample" : countSql(from, where);
			String sample = together ? """
					with sample as materialized (select s.theme_codes from %s where %s limit :cap),
					%s""".formatted(from, where, FACET_COUNTS) : "";
			String facetColumns = together ? ", " + FACET_COLUMNS : "";
			List<ThemeFacet> themes = new ArrayList<>();
			long[] sampled = { 0 };
			params.put("facetCap", FACET_CAP + 1);
			// The hits in names and theme labels are counted only when those in names are
			// within the cap (a condition on n.c, which PostgreSQL checks once), all hits
			// only when both are.
			this.jdbc
				.sql("""
						%s
						select n.c as names, case when n.c > :within then null else r.c end as ranks,
							case when n.c > :within then n.c when r.c > :within then r.c else (%s) end as counted%s
						from (%s) n cross join lateral (%s) r""".formatted(sample, all, facetColumns,
						countSql(from, where(conditions, Tier.NAMES.match)),
						countSql(from, where(conditions, Tier.THEMES.match + " and n.c <= :within"))))
				.params(params)
				.query((rs, row) -> {
					counts[0] = rs.getLong("names");
					counts[1] = rs.getLong("counted");
					counts[2] = (rs.getObject("ranks") != null) ? rs.getLong("ranks") : -1;
					if (together) {
						sampled[0] = rs.getLong("sampled");
						themes.addAll(themeFacets(rs));
					}
					return 1;
				})
				.list();
			namesCounted = counts[0];
			counted = counts[1];
			ranksCounted = counts[2];
			if (together) {
				facets = new Facets(themes, sampled[0] > FACET_CAP);
			}
		}
		else {
			counted = count(from, where, params);
		}
		boolean capped = counted > cap;

		List<SearchHit> rows = List.of();
		if (offset < counted && !capped) {
			rows = page(expansion, place, from, where, corrected, params);
		}
		else if (offset < counted) {
			// Many hits: read score by score (see pageByScore) rather than all ranked.
			rows = pageByScore(query, expansion, place, from, conditions, namesCounted, ranksCounted, cap, corrected,
					params);
		}
		if (facets == null) {
			facets = withFacets
					? facets(from, where(withoutThemeConditions, (expansion != null) ? Tier.ALL.match : null), params)
					: new Facets(List.of(), false);
		}
		return new SearchResults(query, rows, counted, facets.themes(), corrected,
				corrected ? expansion.normalized() : null, capped, facets.capped());
	}

	/** Hits up to the cap, as a query of one row and one column, {@code c}. */
	private static String countSql(String from, String where) {
		return "select count(*) as c from (select 1 from " + from + " where " + where + " limit :cap) x";
	}

	private long count(String from, String where, Map<String, Object> params) {
		return this.jdbc.sql(countSql(from, where)).params(params).query(Long.class).single();
	}

	private static String where(List<String> conditions, String match) {
		List<String> all = new ArrayList<>(conditions);
		if (match != null) {
			all.add(match);
		}
		return all.isEmpty() ? "true" : String.join(" and ", all);
	}

	/**
	 * The page of a search with many hits, without ranking them all. A hit's score takes
	 * few values: its relevance class (the words in its names 1, in names and theme
	 * labels 0.6, in descriptions only 0.1; the text as typed in a name adds 0.5) plus
	 * 0.1 per level of closeness to the person's place (quartier 4, commune 3, bassin 2,
	 * region 1; regional services 1 when the place is unknown). The hits of each score,
	 * best first, are read through the indexes of their class and level (GIN indexes of
	 * names, names and themes, all words, and area codes) and ordered by distance and
	 * name, until the page is filled; then, when the place is known, the services whose
	 * coverage cannot be decided and those elsewhere, ranked. The pages are exactly those
	 * of ranking every hit (DirectorySearchTierTests), but a frequent word's page reads
	 * the few hits of its best scores rather than thousands.
	 */
	private List<SearchHit> pageByScore(SearchQuery query, Expansion expansion, Place place, String from,
			List<String> conditions, long inNames, long inRanks, long cap, boolean corrected,
			Map<String, Object> params) {
		List<ScoreClass> classes = new ArrayList<>();
		// When the hits in names and theme labels are few (counted within the cap), they
		// are ranked together in one statement, with the hits holding the text as typed
		// through a longer word of their names: every other hit (in descriptions only,
		// 0.1 + at most 0.4) scores less than any of them (at least 0.6 + 0.1 when
		// covering a known place).
		String fewFirst = null;
		if (expansion == null) {
			classes.add(new ScoreClass(0, "true"));
		}
		else {
			String names = Tier.NAMES.match;
			String rank = Tier.THEMES.match;
			String all = Tier.ALL.match;
			String phrase = "s.search_name like '%' || :text || '%'";
			PhraseScope scope = phraseScope(expansion.normalized());
			Phrase where = scope.where();
			// Outside the names, the text as typed is inside longer words of the names:
			// the hits holding one are found through the index of names.
			String outside = phrase;
			if (where == Phrase.ANYWHERE && scope.outside() != null) {
				params.put("outside", scope.outside());
				outside = "s.search_names @@ cast(:outside as tsquery) and " + phrase;
			}
			boolean fewRanked = inRanks >= 0 && inRanks <= cap && (where != Phrase.ANYWHERE || scope.outside() != null);
			if (fewRanked) {
				fewFirst = (where != Phrase.ANYWHERE) ? rank : "(" + rank + " or (" + all + " and " + outside + "))";
			}
			else {
				if (inNames > 0 && where != Phrase.NOWHERE) {
					classes.add(new ScoreClass(15, names + " and " + phrase));
					classes.add(new ScoreClass(10, names + " and not " + phrase));
				}
				else if (inNames > 0) {
					classes.add(new ScoreClass(10, names));
				}
				if (where != Phrase.ANYWHERE) {
					// No hit outside the names holds the text as typed.
					classes.add(new ScoreClass(6, rank + " and not " + names));
				}
				else {
					classes.add(new ScoreClass(11, rank + " and not " + names + " and " + outside));
					classes.add(new ScoreClass(6, rank + " and not " + names + " and not " + phrase));
					classes.add(new ScoreClass(6, all + " and not " + rank + " and " + outside));
				}
			}
			classes.add(new ScoreClass(1,
					all + " and not " + rank + ((where != Phrase.ANYWHERE) ? "" : " and not " + phrase)));
		}
		List<ScoreClass> levels = new ArrayList<>();
		if (place.isUnknown()) {
			levels.add(new ScoreClass(1, "s.area_level = 'REGION'"));
			levels.add(new ScoreClass(0, "s.area_level <> 'REGION'"));
		}
		else {
			if (place.quartierCode() != null) {
				levels.add(new ScoreClass(4,
						"s.area_level = 'QUARTIER' and s.area_codes && array[cast(:quartier as text)]"));
			}
			if (place.communeNis() != null) {
				levels.add(new ScoreClass(3,
						"s.area_level = 'COMMUNE' and s.area_codes && array[cast(:commune as text)]"));
			}
			if (place.bassinCode() != null) {
				levels
					.add(new ScoreClass(2, "s.area_level = 'BASSIN' and s.area_codes && array[cast(:bassin as text)]"));
			}
			levels.add(new ScoreClass(1, "s.area_level = 'REGION'"));
		}
		// Each score (in tenths), best first, with the classes and levels that give it.
		Map<Integer, List<String>> scores = new TreeMap<>(Comparator.reverseOrder());
		for (ScoreClass relevance : classes) {
			for (ScoreClass level : levels) {
				scores.computeIfAbsent(relevance.tenths() + level.tenths(), (score) -> new ArrayList<>())
					.add("(" + relevance.predicate() + " and " + level.predicate() + ")");
			}
		}
		// One statement per score, best first, then (place known) the services whose
		// coverage cannot be decided and those elsewhere, each ranked; a null score is
		// read from the row.
		List<Step> steps = new ArrayList<>();
		if (fewFirst != null) {
			String covering = levels.stream()
				.map((level) -> "(" + level.predicate() + ")")
				.collect(Collectors.joining(" or ", "(", ")"));
			steps.add(new Step("""
					select id, proximity, distance, relevance + %s as score from (
						select s.id, %s as proximity, %s as distance, %s as relevance, s.search_name from %s where %s
					) h
					order by score desc, distance nulls last, search_name, id limit :upto""".formatted(PROXIMITY_WEIGHT,
					PROXIMITY, distance(place), relevance(expansion), from,
					where(conditions, fewFirst + " and " + covering)), null));
		}
		for (Map.Entry<Integer, List<String>> score : scores.entrySet()) {
			steps.add(new Step("""
					select s.id, %s as proximity, %s as distance from %s where %s
					order by distance nulls last, s.search_name, s.id limit :upto""".formatted(PROXIMITY,
					distance(place), from, where(conditions, "(" + String.join(" or ", score.getValue()) + ")")),
					score.getKey() / 10.0));
		}
		if (!place.isUnknown()) {
			String match = (expansion != null) ? Tier.ALL.match + " and " : "";
			for (String bucket : List.of("(" + PROXIMITY + ") is null", "(" + PROXIMITY + ") = 0")) {
				steps.add(new Step("""
						select s.id, %s as proximity, %s as distance, %s as score from %s where %s
						order by score desc, distance nulls last, s.search_name, s.id limit :upto""".formatted(
						PROXIMITY, distance(place), relevance(expansion), from, where(conditions, match + bucket)),
						null));
			}
		}
		long offset = (long) query.page() * query.size();
		long wanted = offset + query.size();
		List<Ranked> ranked = new ArrayList<>();
		for (Step step : steps) {
			if (ranked.size() >= wanted) {
				break;
			}
			params.put("upto", wanted - ranked.size());
			ranked.addAll(this.jdbc.sql(step.sql())
				.params(params)
				.query((rs, row) -> new Ranked(rs.getObject("id", UUID.class), (Integer) rs.getObject("proximity"),
						(Double) rs.getObject("distance"),
						(step.score() != null) ? step.score() : rs.getDouble("score")))
				.list());
		}
		if (ranked.size() <= offset) {
			return List.of();
		}
		return hits(ranked.subList((int) offset, (int) Math.min(wanted, ranked.size())), expansion, place, corrected,
				params);
	}

	/**
	 * A relevance class or a level of closeness: what it adds to the score, in tenths.
	 */
	private record ScoreClass(int tenths, String predicate) {
	}

	/**
	 * A statement reading hits in order, with their score, or {@code null} when each row
	 * has its own ({@code score}).
	 */
	private record Step(String sql, Double score) {
	}

	/** A hit placed in the order, before its row is read. */
	private record Ranked(UUID id, Integer proximity, Double distance, double score) {
	}

	/** The page's hits, in the order given, with what the page shows of them. */
	private List<SearchHit> hits(List<Ranked> ranked, Expansion expansion, Place place, boolean corrected,
			Map<String, Object> params) {
		params.put("ids", ranked.stream().map(Ranked::id).toList());
		Map<UUID, SearchHit> found = new HashMap<>();
		Map<UUID, Ranked> order = new HashMap<>();
		ranked.forEach((hit) -> order.put(hit.id(), hit));
		this.jdbc
			.sql("select s.id, %s from service s %s where s.id in (:ids)".formatted(pageColumns(expansion), PAGE_JOINS))
			.params(params)
			.query((rs, row) -> hit(rs, order.get(rs.getObject("id", UUID.class)), expansion, place, corrected))
			.list()
			.forEach((hit) -> found.put(hit.id(), hit));
		return ranked.stream().map((hit) -> found.get(hit.id())).filter(Objects::nonNull).toList();
	}

	/**
	 * Where the text as typed (the exact-text bonus of {@link #relevance}) can be found
	 * in names, judged from the directory's vocabulary (every word of its names, kept by
	 * the directory's triggers; words are only ever added, so it can only say "possible"
	 * too often). The text's inner words are whole words wherever it is found; only its
	 * first word may end a longer word and its last word begin one (a single word may be
	 * inside one). It is {@link Phrase#NOWHERE} when one of its words (of three letters
	 * or more) has no such word in the vocabulary, and {@link Phrase#NAMES_ONLY} when
	 * every such longer word has one of the forms of the typed word (French, Dutch or as
	 * written, as "generalistes" has "generalist"), so that a name holding the text
	 * matches its words.
	 */
	Phrase phrase(String text) {
		return phraseScope(text).where();
	}

	/**
	 * {@link #phrase(String)}, with, when the text may be in names that do not hold its
	 * words, the longer words that may hold it there as a query on names (a name holding
	 * the text without its words has one of them as a word), or {@code null} when they
	 * are too many or cannot be known.
	 */
	PhraseScope phraseScope(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return new PhraseScope(Phrase.ANYWHERE, null);
		}
		Map<String, String> forms = forms(words.stream().distinct().toList());
		boolean namesOnly = true;
		boolean known = true;
		List<String> looked = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		List<String> wordForms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean first = (i == 0);
			boolean last = (i == words.size() - 1);
			String form = forms.getOrDefault(word, "");
			boolean edge = first || last;
			if (word.length() < 3) {
				// Shorter than the vocabulary's words: nothing to judge from; a word the
				// search leaves out (too common) need not be in the name.
				boolean free = !edge || form.isEmpty();
				namesOnly &= free;
				known &= free;
				continue;
			}
			looked.add(word);
			patterns.add((first ? "%" : "") + word + (last ? "%" : ""));
			wordForms.add(edge ? form : "");
		}
		if (looked.isEmpty()) {
			return new PhraseScope(namesOnly ? Phrase.NAMES_ONLY : Phrase.ANYWHERE, null);
		}
		// Every word in one statement: whether the vocabulary has it (inside a longer
		// word at the text's edges), and for the edge words the longer words without
		// one of its forms.
		boolean[] nowhere = { false };
		Set<String> others = new LinkedHashSet<>();
		String separator = String.valueOf((char) 1);
		this.jdbc.sql("""
				select exists (select 1 from search_word v where v.word like t.pattern) as found,
					array(select v.word from search_word v where t.form <> '' and v.word like t.pattern
						and v.word <> t.word and not (directory_tsvector(v.word, 'A') @@ cast(t.form as tsquery))
						limit :most) as others
				from unnest(string_to_array(:words, ' '), string_to_array(:patterns, ' '),
					string_to_array(:forms, :separator)) as t(word, pattern, form)""")
			.param("words", String.join(" ", looked))
			.param("patterns", String.join(" ", patterns))
			.param("forms", String.join(separator, wordForms))
			.param("separator", separator)
			.param("most", OUTSIDE_WORDS + 1)
			.query((rs, row) -> {
				nowhere[0] |= !rs.getBoolean("found");
				String[] longer = (String[]) rs.getArray("others").getArray();
				others.addAll(List.of(longer));
				return longer.length;
			})
			.list()
			.forEach((longer) -> {
				if (longer > OUTSIDE_WORDS) {
					others.add("");
				}
			});
		if (nowhere[0]) {
			return new PhraseScope(Phrase.NOWHERE, null);
		}
		known &= !others.contains("") && others.size() <= OUTSIDE_WORDS * 2;
		others.remove("");
		namesOnly &= others.isEmpty();
		if (namesOnly) {
			return new PhraseScope(Phrase.NAMES_ONLY, null);
		}
		return new PhraseScope(Phrase.ANYWHERE,
				known ? others.stream().map(ServiceSearch::lexeme).collect(Collectors.joining(" | ")) : null);
	}

	/** Longer words looked for at most, see {@link #phraseScope(String)}. */
	private static final int OUTSIDE_WORDS = 200;

	/**
	 * Where a text as typed can be found in names.
	 *
	 * @param where where
	 * @param outside when {@link Phrase#ANYWHERE}, a query on names that every name
	 * holding the text without its words matches, or {@code null}
	 */
	record PhraseScope(Phrase where, String outside) {
	}

	/** Where a text as typed can be found in the directory's names. */
	enum Phrase {

		/** In no name. */
		NOWHERE,

		/** Only in names that hold its words. */
		NAMES_ONLY,

		/** Possibly in names that do not hold its words. */
		ANYWHERE

	}

	/** The page of hits matching {@code where}, ranked. */
	private List<SearchHit> page(Expansion expansion, Place place, String from, String where, boolean corrected,
			Map<String, Object> params) {
		// The hits are ranked from small in-row columns only (the ranking vectors of
		// names and themes, area, coordinates); the page's rows are then completed.
		String sql = """
				with hits as (
					select s.id, %s as relevance, %s as proximity, %s as distance, s.search_name
					from %s
					where %s
				),
				page as (
					select *, relevance + %s as score from hits
					order by %s score desc, distance nulls last, search_name, id
					limit :limit offset :offset
				)
				select p.*, %s
				from page p
				join service s on s.id = p.id
				%s
				order by %s p.score desc, p.distance nulls last, p.search_name, p.id""".formatted(relevance(expansion),
				PROXIMITY, distance(place), from, where, PROXIMITY_WEIGHT, bucket(place, ""), pageColumns(expansion),
				PAGE_JOINS, bucket(place, "p."));
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> hit(rs,
					new Ranked(rs.getObject("id", UUID.class), (Integer) rs.getObject("proximity"),
							(Double) rs.getObject("distance"), rs.getDouble("score")),
					expansion, place, corrected))
			.list();
	}

	/**
	 * What a page shows of a hit, from service {@code s} and {@link #PAGE_JOINS}: its
	 * texts, organisation and first public address, and whether it matches the words as
	 * typed (not only through a synonym).
	 */
	private static String pageColumns(Expansion expansion) {
		return """
				s.name::text as name, s.description::text as description, s.kind, s.status, s.cost, s.languages,
				s.area_level, s.organization_id, o.name as organization, a.address, a.latitude, a.longitude,
				%s as direct""".formatted(direct(expansion));
	}

	/** The organisation and first public address of service {@code s}. */
	private static final String PAGE_JOINS = """
			join organization o on o.id = s.organization_id
			left join lateral (
				select l.address || ', ' || l.postcode || ' ' || l.city as address, l.latitude, l.longitude
				from service_at_location sal join location l on l.id = sal.location_id
				where sal.service_id = s.id and not l.confidential order by l.postcode, l.address limit 1) a on true""";

	/** A hit of a page, from a row with {@link #pageColumns(Expansion)}. */
	private SearchHit hit(ResultSet rs, Ranked ranked, Expansion expansion, Place place, boolean corrected)
			throws SQLException {
		return new SearchHit(ranked.id(), this.store.text(rs.getString("name")),
				rs.getObject("organization_id", UUID.class), rs.getString("organization"),
				this.store.text(rs.getString("description")), ServiceKind.of(rs.getString("kind")),
				ServiceStatus.of(rs.getString("status")), Cost.of(rs.getString("cost")),
				DirectoryStore.strings(rs.getArray("languages")), AreaLevel.valueOf(rs.getString("area_level")),
				proximity(ranked.proximity(), place), ranked.distance(), rs.getString("address"),
				(expansion != null && !rs.getBoolean("direct")) ? expansion.synonyms() : null, corrected,
				ranked.score(), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
	}

	/**
	 * Where the words are found, each read through its own GIN index (migration V17): the
	 * names, the names and theme labels, or anywhere (all hits).
	 */
	enum Tier {

		/** Words in the names. */
		NAMES("s.search_names @@ q.words"),

		/** Words in names and theme labels. */
		THEMES("s.search_rank @@ q.words"),

		/** Every hit. */
		ALL("s.search_all @@ q.words");

		final String match;

		Tier(String match) {
			this.match = match;
		}

	}

	private static String bucket(Place place, String alias) {
		// Stepped care: services that do not cover the person's known place come last,
		// whatever their relevance.
		return place.isUnknown() ? ""
				: "case when %1$sproximity > 0 then 0 when %1$sproximity is null then 1 else 2 end,".formatted(alias);
	}

	/**
	 * Hits per theme (a sub-theme counts for its theme), from the theme codes of the
	 * first {@value #FACET_CAP} hits at most (then said to be capped).
	 */
	private Facets facets(String from, String where, Map<String, Object> params) {
		params.put("facetCap", FACET_CAP + 1);
		return this.jdbc.sql("""
				with sample as (select s.theme_codes from %s where %s limit :facetCap),
				%s
				select %s""".formatted(from, where, FACET_COUNTS, FACET_COLUMNS))
			.params(params)
			.query((rs, row) -> new Facets(themeFacets(rs), rs.getLong("sampled") > FACET_CAP))
			.single();
	}

	/**
	 * The hits per theme code among the first {@value #FACET_CAP} rows of {@code sample}
	 * (and one more, to tell that there are more), and their number.
	 */
	private static final String FACET_COUNTS = """
			sampled as (select theme_codes from sample limit :facetCap),
			facet_counts as (
				select t.code, t.label::text as label, t.position, count(*) as hits
				from sampled cross join unnest(sampled.theme_codes) as c(code)
				join taxonomy_term t on t.code = c.code and t.parent_id is null
				group by t.code, t.label::text, t.position
			)""";

	/** The themes' codes, labels and hits in display order, and the hits sampled. */
	private static final String FACET_COLUMNS = """
			(select count(*) from sampled) as sampled,
			(select array_agg(f.code order by f.position) from facet_counts f) as facet_codes,
			(select array_agg(f.label order by f.position) from facet_counts f) as facet_labels,
			(select array_agg(f.hits order by f.position) from facet_counts f) as facet_hits""";

	/** The counts per theme of a row with {@link #FACET_COLUMNS}. */
	private List<ThemeFacet> themeFacets(ResultSet rs) throws SQLException {
		List<ThemeFacet> themes = new ArrayList<>();
		if (rs.getArray("facet_codes") == null) {
			return themes;
		}
		String[] codes = (String[]) rs.getArray("facet_codes").getArray();
		String[] labels = (String[]) rs.getArray("facet_labels").getArray();
		Long[] hits = (Long[]) rs.getArray("facet_hits").getArray();
		for (int i = 0; i < codes.length; i++) {
			themes.add(new ThemeFacet(codes[i], this.store.text(labels[i]), hits[i]));
		}
		return themes;
	}

	private record Facets(List<ThemeFacet> themes, boolean capped) {
	}

	/**
	 * The typed words (with their synonyms) in the French, Dutch and simple
	 * configurations, as one query matched against {@code search_all}.
	 */
	private static final String QUERY = "(select cast(:words as tsquery) as words) q";

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
	 * Relevance of full-text matches by where the words are found, read from the small
	 * vectors only: in the names (1), in names and theme labels together (0.6), or only
	 * in the descriptions, which mention many neighbouring needs (0.1); the text as typed
	 * found in a name adds 0.5 (also inside a longer word: "huisarts" in
	 * "huisartsenwachtpost", which Dutch compounds make useful).
	 */
	private static String relevance(Expansion expansion) {
		if (expansion == null) {
			return "0.0";
		}
		return """
				(case when not s.search_rank @@ q.words then 0.1 when s.search_names @@ q.words then 1.0 else 0.6 end
				+ case when s.search_name like '%' || :text || '%' then 0.5 else 0 end)""";
	}

	/** Whether a page's hit matches the words as typed (not only through a synonym). */
	private static String direct(Expansion expansion) {
		if (expansion == null) {
			return "true";
		}
		return "(s.search_all @@ cast(:direct as tsquery))";
	}

	/**
	 * Kilometres to the closest of a service's places (equirectangular: within a few
	 * metres of the great circle at the scale of a region).
	 */
	private static String distance(Place place) {
		if (!place.hasCoordinates()) {
			return "cast(null as double precision)";
		}
		return """
				(select min(111.195 * sqrt(power(p.lat - :lat, 2) + power((p.lon - :lon) * cos(radians(:lat)), 2)))
					from unnest(s.geo_lat, s.geo_lon) as p(lat, lon))""";
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
	 * @param query the text with its synonym variants, in tsquery syntax
	 * @param direct the text without synonyms, in tsquery syntax
	 * @param synonyms the synonyms used, for the explanation of hits, or {@code null}
	 */
	record Expansion(String normalized, String query, String direct, String synonyms) {
	}

}
