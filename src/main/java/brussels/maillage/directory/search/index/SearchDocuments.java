package brussels.maillage.directory.search.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The services as the engine indexes them, read from PostgreSQL: their texts, themes
 * (with their parents), places, opening hours and imported packages' terms.
 */
public final class SearchDocuments {

	/** Services read from PostgreSQL at once by a rebuild. */
	private static final int REBUILD_PAGE = 5_000;

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	public SearchDocuments(JdbcClient jdbc, DirectoryStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * Every service, read page by page as the engine indexes the pages read before (on
	 * other threads): never all held in memory at once.
	 * @param count adds the services read
	 * @param reading adds the nanoseconds spent reading PostgreSQL
	 */
	Iterable<SearchDocument> all(int[] count, long[] reading) {
		return () -> new Iterator<>() {

			private Iterator<SearchDocument> page = Collections.emptyIterator();

			/** The last id read (PostgreSQL orders uuids as unsigned bytes). */
			private UUID last;

			private boolean done;

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext() && !this.done) {
					long before = System.nanoTime();
					List<UUID> ids = (this.last == null)
							? SearchDocuments.this.jdbc.sql("select id from service order by id limit :size")
								.param("size", REBUILD_PAGE)
								.query(UUID.class)
								.list()
							: SearchDocuments.this.jdbc
								.sql("select id from service where id > :last order by id limit :size")
								.param("last", this.last)
								.param("size", REBUILD_PAGE)
								.query(UUID.class)
								.list();
					this.done = ids.size() < REBUILD_PAGE;
					if (!ids.isEmpty()) {
						this.last = ids.get(ids.size() - 1);
						List<SearchDocument> read = documents(ids);
						count[0] += read.size();
						this.page = read.iterator();
					}
					reading[0] += System.nanoTime() - before;
				}
				return this.page.hasNext();
			}

			@Override
			public SearchDocument next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}

		};
	}

	/** The services to index, all of them when {@code ids} is {@code null}. */
	List<SearchDocument> documents(List<UUID> ids) {
		if (ids != null && ids.isEmpty()) {
			return List.of();
		}
		String only = (ids != null) ? " where %s = any(:ids)" : "";
		Map<String, Object> params = new HashMap<>();
		if (ids != null) {
			params.put("ids", ids.toArray(UUID[]::new));
		}
		Map<UUID, List<Term>> themes = themes(only, params);
		// Every place of each service: the coordinates for distances (confidential places
		// included: they serve ranking, never shown), and the first public place (by
		// postcode, then street) that the page shows.
		Map<UUID, List<double[]>> points = new HashMap<>();
		Map<UUID, SearchDocument.Shown> shownPlaces = new HashMap<>();
		this.jdbc
			.sql("""
					select sal.service_id, l.latitude, l.longitude, l.confidential,
						l.address || ', ' || l.postcode || ' ' || l.city as address
					from service_at_location sal join location l on l.id = sal.location_id"""
					+ only.formatted("sal.service_id") + " order by sal.service_id, l.postcode, l.address")
			.params(params)
			.query((rs, row) -> {
				UUID service = rs.getObject("service_id", UUID.class);
				Double latitude = (Double) rs.getObject("latitude");
				Double longitude = (Double) rs.getObject("longitude");
				if (latitude != null) {
					points.computeIfAbsent(service, (k) -> new ArrayList<>())
						.add(new double[] { latitude, rs.getDouble("longitude") });
				}
				if (!rs.getBoolean("confidential") && !shownPlaces.containsKey(service)) {
					shownPlaces.put(service,
							new SearchDocument.Shown(Map.of(), rs.getString("address"), latitude, longitude));
				}
				return 1;
			})
			.list();
		Map<UUID, List<int[]>> open = new HashMap<>();
		this.jdbc
			.sql("""
					select service_id, (weekday - 1) * 1440 + extract(hour from opens_at) * 60 + extract(minute from opens_at)
						as opens, (weekday - 1) * 1440 + extract(hour from closes_at) * 60 + extract(minute from closes_at)
						- 1 as closes, valid_from - date '1970-01-01' as valid_from, valid_to - date '1970-01-01' as valid_to
					from schedule"""
					+ only.formatted("service_id"))
			.params(params)
			.query((rs, row) -> open.computeIfAbsent(rs.getObject("service_id", UUID.class), (k) -> new ArrayList<>())
				.add(new int[] { rs.getInt("opens"), rs.getInt("closes"),
						(rs.getObject("valid_from") != null) ? rs.getInt("valid_from") : Integer.MIN_VALUE,
						(rs.getObject("valid_to") != null) ? rs.getInt("valid_to") : Integer.MAX_VALUE }))
			.list();
		// The imported packages' own terms of each service, with their parents, and their
		// names (a parent the package does not hold has no name).
		Map<UUID, List<String>> packageTerms = new HashMap<>();
		Map<UUID, List<String>> termLabels = new HashMap<>();
		this.jdbc.sql("""
				with recursive carried (service_id, term_id) as (
					select service_id, term_id from service_package_term""" + only.formatted("service_id") + """
					union
					select c.service_id, t.parent_id from carried c join package_term t on t.id = c.term_id
					where t.parent_id is not null)
				select c.service_id, c.term_id, t.name from carried c left join package_term t on t.id = c.term_id""")
			.params(params)
			.query((rs, row) -> {
				UUID service = rs.getObject("service_id", UUID.class);
				packageTerms.computeIfAbsent(service, (k) -> new ArrayList<>())
					.add(rs.getObject("term_id", UUID.class).toString());
				String name = rs.getString("name");
				if (name != null && !name.isBlank()) {
					termLabels.computeIfAbsent(service, (k) -> new ArrayList<>()).add(name);
				}
				return 1;
			})
			.list();
		return this.jdbc
			.sql("""
					select s.id, s.organization_id, o.name as organization,
						s.name ->> 'fr' as name_fr, s.name ->> 'nl' as name_nl, s.name ->> 'en' as name_en,
						s.description ->> 'fr' as description_fr, s.description ->> 'nl' as description_nl,
						s.description ->> 'en' as description_en, s.eligibility_description ->> 'fr' as eligibility_fr,
						s.eligibility_description ->> 'nl' as eligibility_nl,
						s.eligibility_description ->> 'en' as eligibility_en, s.status,
						s.kind, s.cost, s.languages, s.target_groups, s.area_level, s.area_codes, s.area_description, s.last_modified,
						s.minimum_age, s.maximum_age, s.alternate_name, o.alternate_name as organization_alternate_name,
						p.name as program
					from service s join organization o on o.id = s.organization_id
					left join program p on p.id = s.program_id"""
					+ only.formatted("s.id"))
			.params(params)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				List<Term> serviceThemes = themes.getOrDefault(id, List.of());
				SearchDocument.Shown place = shownPlaces.getOrDefault(id, SearchDocument.Shown.NONE);
				return new SearchDocument(id, rs.getObject("organization_id", UUID.class), rs.getString("organization"),
						languages(text(rs, "name")), texts(rs), serviceThemes.stream().map(Term::label).toList(),
						serviceThemes.stream().map(Term::code).toList(), rs.getString("status"), rs.getString("kind"),
						rs.getString("cost"), DirectoryStore.strings(rs.getArray("languages")),
						DirectoryStore.strings(rs.getArray("target_groups")),
						ImportedService.searchedLevel(rs.getString("area_level"),
								DirectoryStore.strings(rs.getArray("area_codes")), rs.getString("area_description")),
						DirectoryStore.strings(rs.getArray("area_codes")), points.getOrDefault(id, List.of()),
						rs.getTimestamp("last_modified").toInstant(), open.getOrDefault(id, List.of()),
						(Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
						packageTerms.getOrDefault(id, List.of()), termLabels.getOrDefault(id, List.of()),
						new SearchDocument.Shown(languages(text(rs, "description")), place.address(), place.latitude(),
								place.longitude()),
						Stream.of(rs.getString("alternate_name"), rs.getString("organization_alternate_name"))
							.filter((name) -> name != null)
							.toList(),
						rs.getString("program"));
			})
			.list();
	}

	/** The themes of each service, with their parents. */
	private Map<UUID, List<Term>> themes(String only, Map<String, Object> params) {
		Map<UUID, Term> terms = new HashMap<>();
		this.jdbc.sql("select id, code, parent_id, label::text as label from taxonomy_term")
			.query((rs, row) -> new Term(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getObject("parent_id", UUID.class), languages(this.store.text(rs.getString("label")))))
			.list()
			.forEach((term) -> terms.put(term.id(), term));
		Map<UUID, List<Term>> themes = new HashMap<>();
		this.jdbc.sql("select service_id, taxonomy_term_id from service_taxonomy" + only.formatted("service_id"))
			.params(params)
			.query((rs, row) -> {
				Term term = terms.get(rs.getObject("taxonomy_term_id", UUID.class));
				List<Term> list = themes.computeIfAbsent(rs.getObject("service_id", UUID.class),
						(k) -> new ArrayList<>());
				for (Term t = term; t != null && !list.contains(t); t = terms.get(t.parent())) {
					list.add(t);
				}
				return 1;
			})
			.list();
		return themes;
	}

	/** The description and eligibility of each language, joined. */
	private static Map<String, String> texts(ResultSet rs) throws SQLException {
		Map<String, String> texts = new HashMap<>();
		Map<String, String> description = languages(text(rs, "description"));
		Map<String, String> eligibility = languages(text(rs, "eligibility"));
		for (String language : LocalizedText.LANGUAGES) {
			String joined = String.join(" ",
					Stream.of(description.get(language), eligibility.get(language))
						.filter((text) -> text != null)
						.toList());
			if (!joined.isBlank()) {
				texts.put(language, joined);
			}
		}
		return texts;
	}

	/** A text read as its languages' columns ({@code name_fr}, ...). */
	static LocalizedText text(ResultSet rs, String column) throws SQLException {
		return new LocalizedText(rs.getString(column + "_fr"), rs.getString(column + "_nl"),
				rs.getString(column + "_en"));
	}

	private static Map<String, String> languages(LocalizedText text) {
		Map<String, String> map = new HashMap<>();
		for (String language : LocalizedText.LANGUAGES) {
			String value = text.get(language);
			if (value != null && !value.isBlank()) {
				map.put(language, value);
			}
		}
		return map;
	}

	private record Term(UUID id, String code, UUID parent, Map<String, String> label) {
	}

}
