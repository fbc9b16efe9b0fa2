package brussels.maillage.directory.search;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.ThemeFacet;
import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchEngine;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.search.index.IndexSync;
import brussels.maillage.directory.search.index.SearchDocuments;
import brussels.maillage.directory.search.index.SearchIndexHandoff;
import brussels.maillage.directory.search.place.PlaceNames;
import brussels.maillage.directory.search.place.QueryReader;
import brussels.maillage.directory.search.words.Words;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import jakarta.annotation.PreDestroy;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Search of the directory through its search engine ({@link SearchEngine}, Apache Lucene,
 * kept in {@code <data dir>/search-index}), kept current from PostgreSQL
 * ({@link IndexSync}: the change log is read before each search and every second, so that
 * a change made on any instance is found by the next search). A search reads the place
 * and age typed in the text ({@link PlaceNames}, {@link QueryReader}), runs the engine,
 * whose hits carry what the page shows of them ({@link ShownRow}, kept in the index): the
 * only PostgreSQL read of a search is the directory's version, one prepared statement on
 * a connection kept for it ({@link DirectoryVersion}), shared by searches asked while it
 * runs.
 */
@Component
public class ServiceSearch implements SearchIndexHandoff.Search {

	/**
	 * The request attribute holding the version a search of the request found the engine
	 * at, the directory's current one then ({@link #current()}).
	 */
	private static final String CHECKED = ServiceSearch.class.getName() + ".checked";

	private final SearchEngine engine;

	private final IndexSync sync;

	private final PlaceNames placeNames;

	private final SearchRows rows;

	private final DirectoryVersion version;

	@Autowired
	ServiceSearch(DataSource dataSource, DirectoryStore store, TerritoryService territory, PlaceResolver places,
			@Value("${maillage.directory.search.index-folder:}") String folder,
			@Value("${maillage.data-dir:./data}") String dataDir,
			@Value("${maillage.database.ephemeral:false}") boolean ephemeral) {
		this(dataSource, store, territory, places, indexFolder(folder, dataDir, ephemeral));
	}

	/** A search whose index is kept in memory. */
	ServiceSearch(DataSource dataSource, DirectoryStore store, TerritoryService territory, PlaceResolver places) {
		this(dataSource, store, territory, places, (Path) null);
	}

	/** A search whose index is kept in {@code folder}, or in memory when {@code null}. */
	ServiceSearch(DataSource dataSource, DirectoryStore store, TerritoryService territory, PlaceResolver places,
			Path folder) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.engine = new LuceneSearchEngine(folder);
		this.sync = new IndexSync(jdbc, new SearchDocuments(jdbc, store), this.engine);
		this.version = new DirectoryVersion(dataSource);
		this.placeNames = new PlaceNames(territory, places);
		this.rows = new SearchRows(store, this.sync::version);
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
	public String made() {
		return this.sync.made();
	}

	/** Services in the index. */
	public int size() {
		return this.engine.size();
	}

	/** What keeps the engine current (an import hands it its services). */
	@Override
	public IndexSync sync() {
		return this.sync;
	}

	/** The engine, for measuring it alone. */
	@Override
	public SearchEngine engine() {
		return this.engine;
	}

	@PreDestroy
	public void close() {
		this.version.close();
		this.sync.close();
	}

	/** Lower-case, without accents or punctuation that has no meaning for the search. */
	public static String normalize(String text) {
		return Words.normalize(text);
	}

	public SearchResults search(SearchQuery query) {
		return search(query, true);
	}

	/**
	 * The search, with the number of services per theme and the concept that found each
	 * hit when {@code facets} (the search page's filters and "why" need them; the HSDS
	 * API, which shows neither, does not).
	 */
	public SearchResults search(SearchQuery query, boolean facets) {
		long started = System.nanoTime();
		long checked = catchUp();
		Prepared prepared = prepare(query, facets);
		long engineStarted = System.nanoTime();
		SearchAnswer answer = this.engine.search(prepared.request());
		long engineTime = System.nanoTime() - engineStarted;
		boolean corrected = answer.corrected() != null;
		List<SearchHit> hits = this.rows.rows(answer.hits(), prepared.place(), corrected);
		List<ThemeFacet> themes = facets ? this.rows.themeFacets(answer.themes()) : List.of();
		serverTiming(engineTime, System.nanoTime() - started, checked);
		return new SearchResults(query, hits, answer.total(), themes, corrected, answer.corrected(),
				answer.totalCapped(), answer.themesCapped(), prepared.placeNamed(), prepared.place());
	}

	/**
	 * The directory's themes and sub-themes as of the version the engine was last brought
	 * to (by the search before): the taxonomy is read again only when that version moved,
	 * which every change of theme does.
	 */
	public List<Theme> themes() {
		return this.rows.themes();
	}

	/**
	 * Whether the engine holds the directory's current version (one read of the version,
	 * on the kept connection, unless a search of the same request found the engine at the
	 * version it holds): then {@link #themes()} are the directory's now.
	 */
	boolean current() {
		long held = this.sync.version();
		if (held >= 0 && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) instanceof Long seen
				&& seen == held) {
			// A search of this request found the engine current moments ago (the search
			// page's picker shows the themes as of its results): not read again.
			return true;
		}
		return held >= 0 && this.version.current() == held;
	}

	/**
	 * A search as the engine runs it, with the person's place (the one named in the text
	 * when there is one) and that place's name, or {@code null}.
	 */
	record Prepared(SearchRequest request, Place place, LocalizedText placeNamed) {
	}

	/** Reads the place and age typed in the text, and makes the engine's request. */
	Prepared prepare(SearchQuery query, boolean facets) {
		QueryReader places = this.placeNames.reader();
		this.engine.placeWords(places.placeWords());
		QueryReader.Reading reading = (query.text() != null) ? places.read(query.text()) : null;
		Place place = query.place();
		LocalizedText placeNamed = null;
		if (reading != null && reading.placed()) {
			Place typed = this.placeNames.typedPlace(reading);
			if (typed != null) {
				place = typed;
				placeNamed = this.placeNames.placeName(reading);
			}
		}
		String text = (reading != null) ? reading.text() : null;
		if (reading != null && text == null && placeNamed == null) {
			text = query.text();
		}
		LocalDateTime openAt = query.openAt();
		SearchRequest request = new SearchRequest(text, query.theme(), query.language(), query.accessibleOnly(),
				(query.kind() != null) ? query.kind().code() : null, query.organizationId(), query.modifiedAfter(),
				query.audience(),
				(openAt != null)
						? (openAt.getDayOfWeek().getValue() - 1) * 1440 + openAt.getHour() * 60 + openAt.getMinute()
						: null,
				null, place.quartierCode(), place.communeNis(), place.bassinCode(), place.lat(), place.lon(),
				query.page() * query.size(), query.size(), facets,
				(query.packageTerm() != null) ? query.packageTerm().toString() : null,
				(openAt != null) ? (int) openAt.toLocalDate().toEpochDay() : null, (placeNamed == null) ? null
						: (reading.place() != null) ? String.join(" ", reading.place().words()) : "",
				facets);
		return new Prepared(request, place, placeNamed);
	}

	/**
	 * The search's own times in the answer's {@code Server-Timing} header (shown by
	 * browsers' developer tools, read by the benchmark): {@code engine} the search
	 * engine, {@code search} the whole search with the change-log check and the page's
	 * rows; and the version found current ({@code checked}, -1 for none) kept in the
	 * request for {@link #current()}.
	 */
	private static void serverTiming(long engine, long search, long checked) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			if (checked >= 0) {
				attributes.setAttribute(CHECKED, checked, RequestAttributes.SCOPE_REQUEST);
			}
			ServerTiming.add(attributes.getResponse(), engine, search);
		}
	}

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
		if (this.sync.version() >= 0) {
			catchUp();
		}
	}

	/**
	 * Brings the engine to the directory's current version when it moved: the version is
	 * read on the kept connection ({@link DirectoryVersion}), and the change log only
	 * when it differs from the engine's. The version found current, or -1 when the engine
	 * was brought to a new one.
	 */
	private long catchUp() {
		long held = this.sync.version();
		if (held < 0 || this.version.current() != held) {
			refresh();
			return -1;
		}
		return held;
	}

	/** Brings the engine to the directory's current version. */
	public void refresh() {
		this.sync.refresh();
	}

	/** Rebuilds the whole index from PostgreSQL (also the administrators' button). */
	public int rebuild() {
		return this.sync.rebuild();
	}

}
