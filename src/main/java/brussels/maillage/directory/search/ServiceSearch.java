package brussels.maillage.directory.search;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.Proximity;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.ThemeFacet;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Search of the directory through its search engine ({@link SearchEngine}, Apache Lucene,
 * kept in {@code <data dir>/search-index}), kept current from PostgreSQL: before each
 * search (and every second in the background) the directory's version is read, and the
 * services the change log ({@code directory_change}, migration V50) lists since the
 * engine's version are read again, so that a change made on any instance is found by the
 * next search. The page's rows are then read from PostgreSQL. At a restart the index kept
 * on disk is reopened and brought up to date from the change log instead of being built
 * again.
 */
@Component
public class ServiceSearch {

	private static final Logger log = LoggerFactory.getLogger(ServiceSearch.class);

	/** More changed services than this at once: the index is rebuilt. */
	static final int REBUILD_OVER = 20_000;

	/** Services read from PostgreSQL at once by a rebuild. */
	private static final int REBUILD_PAGE = 5_000;

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final TerritoryService territory;

	private final PlaceResolver places;

	private final SearchEngine engine;

	/** The directory version the engine holds, -1 before the first build. */
	private volatile long version = -1;

	/** Whether the index kept on disk was already considered (only at the start). */
	private boolean keptConsidered;

	/** How the index was last made: {@code built} or {@code reopened}. */
	private volatile String made = "not yet";

	private volatile QueryReader reader;

	@Autowired
	ServiceSearch(JdbcClient jdbc, DirectoryStore store, TerritoryService territory, PlaceResolver places,
			@Value("${maillage.directory.search.index-folder:}") String folder,
			@Value("${maillage.data-dir:./data}") String dataDir,
			@Value("${maillage.database.ephemeral:false}") boolean ephemeral) {
		this(jdbc, store, territory, places, indexFolder(folder, dataDir, ephemeral));
	}

	/** A search whose index is kept in memory. */
	ServiceSearch(JdbcClient jdbc, DirectoryStore store, TerritoryService territory, PlaceResolver places) {
		this(jdbc, store, territory, places, (Path) null);
	}

	/** A search whose index is kept in {@code folder}, or in memory when {@code null}. */
	ServiceSearch(JdbcClient jdbc, DirectoryStore store, TerritoryService territory, PlaceResolver places,
			Path folder) {
		this.jdbc = jdbc;
		this.store = store;
		this.territory = territory;
		this.places = places;
		this.engine = new LuceneSearchEngine(folder);
	}

	/**
	 * The index's folder: the one set, {@code memory} for none, by default
	 * {@code search-index} in the data folder (none with a throw-away database).
	 */
	static Path indexFolder(String folder, String dataDir, boolean ephemeral) {
		if (folder != null && !folder.isBlank()) {
			return folder.strip().equals("memory") ? null : Path.of(folder.strip());
		}
		return ephemeral ? null : Path.of(dataDir, "search-index");
	}

	/** Where the index is kept. */
	String storage() {
		return this.engine.storage();
	}

	/** How the index was last made: {@code built} or {@code reopened} (kept on disk). */
	String made() {
		return this.made;
	}

	/** Services in the index. */
	int size() {
		return this.engine.size();
	}

	@PreDestroy
	void close() {
		synchronized (this) {
			this.engine.close();
		}
	}

	/** Lower-case, without accents or punctuation that has no meaning for the search. */
	public static String normalize(String text) {
		return Words.normalize(text);
	}

	public SearchResults search(SearchQuery query) {
		return search(query, true);
	}

	/**
	 * The search, with the number of services per theme when {@code facets} (the search
	 * page's filters need them; a client reading pages does not).
	 */
	public SearchResults search(SearchQuery query, boolean facets) {
		long started = System.nanoTime();
		refresh();
		QueryReader.Reading reading = (query.text() != null) ? reader().read(query.text()) : null;
		Place place = query.place();
		LocalizedText placeNamed = null;
		if (reading != null && reading.placed()) {
			Place typed = typedPlace(reading);
			if (typed != null) {
				place = typed;
				placeNamed = placeName(reading);
			}
		}
		String text = (reading != null) ? reading.text() : null;
		if (reading != null && text == null && placeNamed == null) {
			text = query.text();
		}
		LocalDateTime openAt = query.openAt();
		long engineStarted = System.nanoTime();
		SearchAnswer answer = this.engine.search(
				new SearchRequest(text, query.theme(), query.language(), query.accessibleOnly(),
						(query.kind() != null) ? query.kind().code() : null, query.organizationId(),
						query.modifiedAfter(), query.audience(),
						(openAt != null) ? (openAt.getDayOfWeek().getValue() - 1) * 1440 + openAt.getHour() * 60
								+ openAt.getMinute() : null,
						(reading != null) ? reading.age() : null, place.quartierCode(), place.communeNis(),
						place.bassinCode(), place.lat(), place.lon(), query.page() * query.size(), query.size(), facets,
						(query.packageTerm() != null) ? query.packageTerm().toString() : null,
						(openAt != null) ? (int) openAt.toLocalDate().toEpochDay() : null));
		long engineTime = System.nanoTime() - engineStarted;
		boolean corrected = answer.corrected() != null;
		List<SearchHit> hits = rows(answer.hits(), place, corrected);
		List<ThemeFacet> themes = facets ? themeFacets(answer.themes()) : List.of();
		serverTiming(engineTime, System.nanoTime() - started);
		return new SearchResults(query, hits, answer.total(), themes, corrected, answer.corrected(),
				answer.totalCapped(), answer.themesCapped(), placeNamed, place);
	}

	/**
	 * The search's own times in the answer's {@code Server-Timing} header (shown by
	 * browsers' developer tools, read by the benchmark): {@code engine} the search
	 * engine, {@code search} the whole search with the change-log check and the page's
	 * rows.
	 */
	private static void serverTiming(long engine, long search) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null && !attributes.getResponse().isCommitted()) {
			attributes.getResponse()
				.addHeader("Server-Timing",
						"engine;dur=" + milliseconds(engine) + ", search;dur=" + milliseconds(search));
		}
	}

	/** Nanoseconds as milliseconds with two decimals. */
	private static String milliseconds(long nanos) {
		long hundredths = Math.round(nanos / 10_000.0);
		return (hundredths / 100) + "." + ((hundredths % 100 < 10) ? "0" : "") + (hundredths % 100);
	}

	/** The place named in the text, or {@code null} when it cannot be placed. */
	private Place typedPlace(QueryReader.Reading reading) {
		if (reading.place() != null) {
			return new Place(null, reading.place().commune(), reading.place().bassin(), null, null);
		}
		try {
			return this.places.resolve(reading.postcode(), null, null, null, null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private LocalizedText placeName(QueryReader.Reading reading) {
		if (reading.place() == null) {
			return new LocalizedText(reading.postcode(), reading.postcode(), reading.postcode());
		}
		String key = reading.place().key();
		for (var commune : this.territory.communes()) {
			if (commune.nis().equals(key)) {
				return commune.name();
			}
		}
		for (var area : this.territory.submunicipalities()) {
			if (area.code().equals(key)) {
				return titleCase(area.name());
			}
		}
		for (var bassin : this.territory.bassins()) {
			if (bassin.bassin().code().equals(key)) {
				return bassin.bassin().name();
			}
		}
		return null;
	}

	private static LocalizedText titleCase(LocalizedText name) {
		return new LocalizedText(titleCase(name.fr()), titleCase(name.nl()), titleCase(name.en()));
	}

	private static String titleCase(String name) {
		if (name == null || !name.equals(name.toUpperCase())) {
			return name;
		}
		StringBuilder out = new StringBuilder();
		boolean start = true;
		for (char c : name.toLowerCase().toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = !Character.isLetter(c);
		}
		return out.toString();
	}

	/** The places a person may name: communes, sub-municipalities, bassins. */
	private QueryReader reader() {
		QueryReader current = this.reader;
		if (current == null) {
			List<QueryReader.Named> named = new ArrayList<>();
			Map<String, String> bassinOfCommune = new HashMap<>();
			this.territory.submunicipalities()
				.stream()
				.collect(Collectors.groupingBy((area) -> area.nis(),
						Collectors.mapping((area) -> String.valueOf(area.bassin()), Collectors.toSet())))
				.forEach((nis, bassins) -> bassinOfCommune.put(nis,
						(bassins.size() == 1 && !bassins.contains("null")) ? bassins.iterator().next() : null));
			for (var commune : this.territory.communes()) {
				for (String name : names(commune.name())) {
					named.add(new QueryReader.Named(Words.of(name), commune.nis(), bassinOfCommune.get(commune.nis()),
							commune.nis()));
				}
			}
			for (var area : this.territory.submunicipalities()) {
				List<String> aliases = new ArrayList<>(names(area.name()));
				if (area.code().equals("21004F")) {
					// Statbel writes "Neder-Overheembeek"; people write it in three
					// words.
					aliases.addAll(List.of("Neder-over-Heembeek", "NOH"));
				}
				for (String name : aliases) {
					List<String> words = Words.of(name);
					named.add(new QueryReader.Named(words, area.nis(), area.bassin(), area.code()));
					if (words.size() > 1 && List.of("bruxelles", "brussel").contains(words.get(0))) {
						// "Laeken" for "Bruxelles-Laeken".
						named.add(new QueryReader.Named(words.subList(1, words.size()), area.nis(), area.bassin(),
								area.code()));
					}
				}
			}
			// Short names people use for communes with long ones.
			Map<String, String> shortNames = Map.ofEntries(Map.entry("molenbeek", "21012"),
					Map.entry("berchem", "21003"), Map.entry("boitsfort", "21017"), Map.entry("bosvoorde", "21017"),
					Map.entry("watermael", "21017"), Map.entry("watermaal", "21017"), Map.entry("saint josse", "21014"),
					Map.entry("sint joost", "21014"), Map.entry("woluwe saint lambert", "21018"),
					Map.entry("woluwe saint pierre", "21019"), Map.entry("wsl", "21018"), Map.entry("wsp", "21019"),
					Map.entry("ville de bruxelles", "21004"), Map.entry("stad brussel", "21004"));
			shortNames.forEach((name, nis) -> named
				.add(new QueryReader.Named(Words.of(name), nis, bassinOfCommune.get(nis), nis)));
			for (var bassin : this.territory.bassins()) {
				for (String name : names(bassin.bassin().name())) {
					List<String> words = Words.of(name);
					// A bassin named by a single common word ("centre") only with
					// "bassin".
					named.add(new QueryReader.Named(
							words.size() > 1 || words.get(0).contains("bassin") ? words : prefixed("bassin", words),
							null, bassin.bassin().code(), bassin.bassin().code()));
					named.add(new QueryReader.Named(prefixed("bassin", words), null, bassin.bassin().code(),
							bassin.bassin().code()));
				}
			}
			current = new QueryReader(named);
			this.reader = current;
		}
		return current;
	}

	private static List<String> prefixed(String word, List<String> words) {
		List<String> all = new ArrayList<>();
		all.add(word);
		all.addAll(words);
		return all;
	}

	private static Set<String> names(LocalizedText name) {
		Set<String> names = new java.util.LinkedHashSet<>();
		for (String language : LocalizedText.LANGUAGES) {
			String text = name.get(language);
			if (text != null && !text.isBlank()) {
				names.add(text);
			}
		}
		return names;
	}

	/** The page's rows, in the engine's order. */
	private List<SearchHit> rows(List<SearchAnswer.Hit> found, Place place, boolean corrected) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, SearchAnswer.Hit> byId = new LinkedHashMap<>();
		found.forEach((hit) -> byId.put(hit.id(), hit));
		Map<UUID, SearchHit> rows = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.name ->> 'fr' as name_fr, s.name ->> 'nl' as name_nl, s.name ->> 'en' as name_en,
					s.description ->> 'fr' as description_fr, s.description ->> 'nl' as description_nl,
					s.description ->> 'en' as description_en, s.kind, s.status, s.cost,
					s.languages, s.area_level, s.organization_id, o.name as organization, a.address, a.latitude,
					a.longitude
				from service s join organization o on o.id = s.organization_id
				left join lateral (
					select l.address || ', ' || l.postcode || ' ' || l.city as address, l.latitude, l.longitude
					from service_at_location sal join location l on l.id = sal.location_id
					where sal.service_id = s.id and not l.confidential order by l.postcode, l.address limit 1) a on true
				where s.id = any(:ids)""").param("ids", byId.keySet().toArray(UUID[]::new)).query((rs, row) -> {
			SearchAnswer.Hit hit = byId.get(rs.getObject("id", UUID.class));
			return new SearchHit(hit.id(), text(rs, "name"), rs.getObject("organization_id", UUID.class),
					rs.getString("organization"), text(rs, "description"), ServiceKind.of(rs.getString("kind")),
					ServiceStatus.of(rs.getString("status")), Cost.of(rs.getString("cost")),
					DirectoryStore.strings(rs.getArray("languages")), AreaLevel.valueOf(rs.getString("area_level")),
					proximity(hit.closeness(), place), hit.distanceKm(), rs.getString("address"), hit.synonym(),
					corrected, hit.score(), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
		}).list().forEach((hit) -> rows.put(hit.id(), hit));
		return byId.keySet().stream().map(rows::get).filter((hit) -> hit != null).toList();
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

	/** The themes read at a directory version (a change of theme raises it). */
	private record Themes(long version, List<Theme> themes) {
	}

	private volatile Themes themes;

	/** The taxonomy, read again only when the directory's version moved. */
	private List<Theme> themes() {
		long seen = this.version;
		Themes kept = this.themes;
		if (kept == null || kept.version() != seen) {
			kept = new Themes(seen, this.store.themes());
			this.themes = kept;
		}
		return kept.themes();
	}

	/** Hits per top-level theme, in the taxonomy's order. */
	private List<ThemeFacet> themeFacets(Map<String, Long> counts) {
		List<ThemeFacet> facets = new ArrayList<>();
		for (Theme theme : themes()) {
			Long count = counts.get(theme.code());
			if (theme.parentId() == null && count != null && count > 0) {
				facets.add(new ThemeFacet(theme.code(), theme.label(), count));
			}
		}
		return facets;
	}

	// ---- Keeping the engine current ----

	/**
	 * Builds the index when the application is ready, rather than at the first search.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void buildAtStart() {
		refresh();
	}

	/** Catches up with changes every second, so that searches seldom have to. */
	@Scheduled(fixedDelayString = "${maillage.directory.search.refresh:PT1S}",
			initialDelayString = "${maillage.directory.search.refresh:PT1S}")
	void refreshInBackground() {
		if (this.version >= 0) {
			refresh();
		}
	}

	/**
	 * Brings the engine to the directory's current version: the services changed since
	 * (from the change log) are read again, or everything when a theme changed.
	 */
	void refresh() {
		long current = currentVersion();
		if (current == this.version) {
			return;
		}
		synchronized (this) {
			if (current <= this.version) {
				return;
			}
			if (this.version < 0) {
				long kept = keptVersion(current);
				if (kept < 0) {
					rebuild(current);
					return;
				}
				this.version = kept;
				this.made = "reopened";
				this.engine.thesaurus(thesaurus());
				log.info("Search index reopened from {}: {} services at version {} (directory at {})",
						this.engine.storage(), this.engine.size(), kept, current);
				if (kept == current) {
					return;
				}
			}
			List<UUID> changed = new ArrayList<>();
			boolean everything = false;
			for (Object id : this.jdbc.sql("""
					select distinct service_id from directory_change
					where version > :seen and version <= :current""")
				.param("seen", this.version)
				.param("current", current)
				.query((rs, row) -> (Object) rs.getObject(1, UUID.class))
				.list()) {
				if (id == null) {
					everything = true;
				}
				else {
					changed.add((UUID) id);
				}
			}
			if (everything || changed.size() > REBUILD_OVER) {
				rebuild(current);
				return;
			}
			List<SearchDocument> documents = documents(changed);
			Set<UUID> found = documents.stream().map(SearchDocument::id).collect(Collectors.toSet());
			this.engine.update(documents, changed.stream().filter((id) -> !found.contains(id)).toList());
			this.engine.thesaurus(thesaurus());
			this.engine.commit(kept(current));
			this.version = current;
		}
	}

	/**
	 * The version of the index kept from an earlier run when it can be brought up to date
	 * from the change log (same database, not ahead of it, the change log complete
	 * since), else -1.
	 */
	private long keptVersion(long current) {
		if (this.keptConsidered) {
			return -1;
		}
		this.keptConsidered = true;
		Map<String, String> kept = this.engine.kept();
		if (kept.isEmpty() || !database().equals(kept.get("database"))) {
			return -1;
		}
		long version = Long.parseLong(kept.getOrDefault("version", "-1"));
		if (version < 0 || version > current) {
			return -1;
		}
		Long oldest = this.jdbc.sql("select min(version) from directory_change").query(Long.class).single();
		if (version < current && (oldest == null || oldest > version + 1)) {
			return -1;
		}
		return version;
	}

	/** What is recorded with the index: the version it holds and the database. */
	private Map<String, String> kept(long version) {
		return Map.of("version", String.valueOf(version), "database", database());
	}

	private String database;

	/**
	 * The database the index was built from: the PostgreSQL cluster's system identifier
	 * (its name when not allowed to read it) and the database's name.
	 */
	private String database() {
		if (this.database == null) {
			String cluster;
			try {
				cluster = this.jdbc.sql("select system_identifier::text from pg_control_system()")
					.query(String.class)
					.single();
			}
			catch (RuntimeException ex) {
				cluster = this.jdbc.sql("select coalesce(inet_server_addr()::text, 'local')")
					.query(String.class)
					.single();
			}
			this.database = cluster + "/"
					+ this.jdbc.sql("select current_database()::text").query(String.class).single();
		}
		return this.database;
	}

	/** Rebuilds the whole index from PostgreSQL (also the administrators' button). */
	public synchronized int rebuild() {
		return rebuild(currentVersion());
	}

	private int rebuild(long current) {
		long started = System.nanoTime();
		this.version = -1;
		this.keptConsidered = true;
		long[] reading = { 0 };
		int[] count = { 0 };
		// The services are read page by page while the engine indexes the pages read
		// before (on other threads): never all held in memory at once.
		Iterable<SearchDocument> documents = () -> new java.util.Iterator<>() {

			private java.util.Iterator<SearchDocument> page = java.util.Collections.emptyIterator();

			/** The last id read (PostgreSQL orders uuids as unsigned bytes). */
			private UUID last;

			private boolean done;

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext() && !this.done) {
					long before = System.nanoTime();
					List<UUID> ids = (this.last == null)
							? ServiceSearch.this.jdbc.sql("select id from service order by id limit :size")
								.param("size", REBUILD_PAGE)
								.query(UUID.class)
								.list()
							: ServiceSearch.this.jdbc
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
					throw new java.util.NoSuchElementException();
				}
				return this.page.next();
			}

		};
		this.engine.rebuild(documents, thesaurus());
		this.engine.commit(kept(current));
		this.version = current;
		this.made = "built";
		log.info("Search index built in {}: {} services in {} ms ({} ms reading PostgreSQL)", this.engine.storage(),
				count[0], (System.nanoTime() - started) / 1_000_000, reading[0] / 1_000_000);
		return count[0];
	}

	private long currentVersion() {
		return this.jdbc.sql("select version from directory_version").query(Long.class).single();
	}

	/** The thesaurus: the editors' synonym groups. */
	private List<List<String>> thesaurus() {
		return this.jdbc.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
	}

	/** The services to index, all of them when {@code ids} is {@code null}. */
	private List<SearchDocument> documents(List<UUID> ids) {
		if (ids != null && ids.isEmpty()) {
			return List.of();
		}
		String only = (ids != null) ? " where %s = any(:ids)" : "";
		Map<String, Object> params = new HashMap<>();
		if (ids != null) {
			params.put("ids", ids.toArray(UUID[]::new));
		}
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
		Map<UUID, List<double[]>> points = new HashMap<>();
		this.jdbc
			.sql("""
					select sal.service_id, l.latitude, l.longitude from service_at_location sal
					join location l on l.id = sal.location_id where l.latitude is not null"""
					+ only.replace("where", "and").formatted("sal.service_id"))
			.params(params)
			.query((rs, row) -> points.computeIfAbsent(rs.getObject("service_id", UUID.class), (k) -> new ArrayList<>())
				.add(new double[] { rs.getDouble("latitude"), rs.getDouble("longitude") }))
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
		// The imported packages' own terms of each service, with their parents.
		Map<UUID, List<String>> packageTerms = new HashMap<>();
		this.jdbc.sql("""
				with recursive carried (service_id, term_id) as (
					select service_id, term_id from service_package_term""" + only.formatted("service_id") + """
					union
					select c.service_id, t.parent_id from carried c join package_term t on t.id = c.term_id
					where t.parent_id is not null)
				select service_id, term_id from carried""")
			.params(params)
			.query((rs, row) -> packageTerms
				.computeIfAbsent(rs.getObject("service_id", UUID.class), (k) -> new ArrayList<>())
				.add(rs.getObject("term_id", UUID.class).toString()))
			.list();
		return this.jdbc.sql("""
				select s.id, s.organization_id, o.name as organization,
					s.name ->> 'fr' as name_fr, s.name ->> 'nl' as name_nl, s.name ->> 'en' as name_en,
					s.description ->> 'fr' as description_fr, s.description ->> 'nl' as description_nl,
					s.description ->> 'en' as description_en, s.eligibility_description ->> 'fr' as eligibility_fr,
					s.eligibility_description ->> 'nl' as eligibility_nl,
					s.eligibility_description ->> 'en' as eligibility_en, s.status,
					s.kind, s.cost, s.languages, s.target_groups, s.area_level, s.area_codes, s.last_modified,
					s.minimum_age, s.maximum_age
				from service s join organization o on o.id = s.organization_id""" + only.formatted("s.id"))
			.params(params)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				Map<String, String> texts = new HashMap<>();
				Map<String, String> description = languages(text(rs, "description"));
				Map<String, String> eligibility = languages(text(rs, "eligibility"));
				for (String language : LocalizedText.LANGUAGES) {
					String joined = String.join(" ",
							java.util.stream.Stream.of(description.get(language), eligibility.get(language))
								.filter((text) -> text != null)
								.toList());
					if (!joined.isBlank()) {
						texts.put(language, joined);
					}
				}
				List<Term> serviceThemes = themes.getOrDefault(id, List.of());
				return new SearchDocument(id, rs.getObject("organization_id", UUID.class), rs.getString("organization"),
						languages(text(rs, "name")), texts, serviceThemes.stream().map(Term::label).toList(),
						serviceThemes.stream().map(Term::code).toList(), rs.getString("status"), rs.getString("kind"),
						rs.getString("cost"), strings(rs.getArray("languages")), strings(rs.getArray("target_groups")),
						rs.getString("area_level"), strings(rs.getArray("area_codes")),
						points.getOrDefault(id, List.of()), rs.getTimestamp("last_modified").toInstant(),
						open.getOrDefault(id, List.of()), (Integer) rs.getObject("minimum_age"),
						(Integer) rs.getObject("maximum_age"), packageTerms.getOrDefault(id, List.of()));
			})
			.list();
	}

	/** A text read as its languages' columns ({@code name_fr}, ...). */
	private static LocalizedText text(java.sql.ResultSet rs, String column) throws SQLException {
		return new LocalizedText(rs.getString(column + "_fr"), rs.getString(column + "_nl"),
				rs.getString(column + "_en"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return DirectoryStore.strings(array);
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
