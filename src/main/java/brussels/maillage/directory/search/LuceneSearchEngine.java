package brussels.maillage.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The search engine on Apache Lucene, in memory.
 *
 * <p>
 * Each service is one document. Its names, theme labels and texts (description,
 * eligibility, organisation) are each indexed three ways: French (elision, folding, light
 * stemming), Dutch (folding, compound parts, stemming) and exact (folding only); the
 * filters are exact terms and points. A typed word becomes the best of its matches over
 * these fields (names weigh most, then theme labels, then texts); the words are ORed with
 * a minimum that should match; consecutive words found as a phrase add; a word outside
 * the directory's vocabulary is replaced by its closest spelling; a thesaurus mention
 * matches any term of its group. Stepped care: the services covering the person's place
 * come first, then those that may, then the others; within each, the relevance blends
 * with closeness over the best few hundred.
 */
final class LuceneSearchEngine implements SearchEngine {

	private static final int MINUTES_PER_DAY = 24 * 60;

	private static final String[] GROUPS = { "name", "theme", "body" };

	/** Weight of a word found in names, theme labels, texts: exact form, stemmed form. */
	private static final float[][] BOOSTS = { { 4f, 3f }, { 2.5f, 2f }, { 1.2f, 1f } };

	/** Weight of each level of closeness, against a relevance of 1 for the best match. */
	static final double CLOSENESS_WEIGHT = 0.04;

	/**
	 * Weight of being near the person's point (1 at the door, a half at 1.5 km, a fifth
	 * at 6 km), against a relevance of 1 for the best match: between two about equally
	 * relevant services the nearer comes first, never above a clearly better match.
	 */
	static final double DISTANCE_WEIGHT = 0.08;

	/** Weight of a thesaurus equivalent against the words as typed. */
	static final float SYNONYM_WEIGHT = 0.7f;

	/** Hits re-ranked by relevance and closeness at least. */
	static final int RERANKED = 200;

	/**
	 * Hits counted exactly at most (and over which the counts per theme are taken);
	 * beyond, the total is shown as "1 000+".
	 */
	static final int COUNT_CAP = 1000;

	private final Analyzer indexing = Analysis.index();

	private final Analyzer french = Analysis.french();

	private final Analyzer dutch = Analysis.dutch(false);

	private static final Logger log = LoggerFactory.getLogger(LuceneSearchEngine.class);

	/**
	 * Text searched word by word, never as a phrase (phrases are searched in the exact
	 * names and texts only): frequencies and norms for BM25, no positions, which makes
	 * the index smaller and faster to build.
	 */
	private static final FieldType WITHOUT_POSITIONS = withoutPositions();

	private static FieldType withoutPositions() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	/**
	 * The layout of the documents: an index kept on disk with another layout is built
	 * again. Raise it whenever {@link #document(SearchDocument)} changes what it indexes.
	 */
	static final String LAYOUT = "3";

	private static final String LAYOUT_KEY = "layout";

	private final IndexWriter writer;

	private final SearcherManager manager;

	private final String storage;

	/** What the last commit kept (without the layout), empty when nothing was kept. */
	private final Map<String, String> kept;

	private volatile Thesaurus thesaurus = Thesaurus.EMPTY;

	/** An index in memory. */
	public LuceneSearchEngine() {
		this(null);
	}

	/**
	 * An index in a folder, reopened when it holds one of this layout (memory-mapped), or
	 * in memory when {@code folder} is {@code null} or another process holds it.
	 */
	public LuceneSearchEngine(Path folder) {
		try {
			Directory directory = null;
			Map<String, String> committed = Map.of();
			String where = "memory";
			if (folder != null) {
				Files.createDirectories(folder);
				directory = FSDirectory.open(folder);
				committed = committed(directory);
				where = folder.toString();
			}
			IndexWriter opened = null;
			if (directory != null) {
				try {
					opened = new IndexWriter(directory, config(committed.isEmpty() ? IndexWriterConfig.OpenMode.CREATE
							: IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
				}
				catch (LockObtainFailedException ex) {
					log.warn("Search index folder {} is in use by another process: index kept in memory", folder);
					directory.close();
					where = "memory";
					committed = Map.of();
				}
			}
			this.writer = (opened != null) ? opened
					: new IndexWriter(new ByteBuffersDirectory(), config(IndexWriterConfig.OpenMode.CREATE));
			this.storage = where;
			this.kept = committed;
			this.manager = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The user data of the folder's last commit when of this layout, else empty. */
	private static Map<String, String> committed(Directory directory) {
		try {
			Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
			if (!LAYOUT.equals(data.remove(LAYOUT_KEY))) {
				return Map.of();
			}
			return Map.copyOf(data);
		}
		catch (IndexNotFoundException ex) {
			return Map.of();
		}
		catch (IOException | RuntimeException ex) {
			// Unreadable (another Lucene version, a damaged file): built again.
			log.warn("Search index on disk unreadable ({}): built again", ex.toString());
			return Map.of();
		}
	}

	private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		IndexWriterConfig config = new IndexWriterConfig(this.indexing);
		config.setOpenMode(mode);
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		// A rebuild cut short leaves nothing half done on disk: only commits count.
		config.setCommitOnClose(false);
		return config;
	}

	@Override
	public String storage() {
		return this.storage;
	}

	@Override
	public Map<String, String> kept() {
		return this.kept;
	}

	@Override
	public synchronized void commit(Map<String, String> data) {
		Map<String, String> all = new HashMap<>(data);
		all.put(LAYOUT_KEY, LAYOUT);
		this.writer.setLiveCommitData(all.entrySet());
		try {
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		try {
			this.manager.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Documents converted and added per task of a rebuild. */
	private static final int BATCH = 500;

	@Override
	public synchronized void rebuild(Iterable<SearchDocument> documents, List<List<String>> thesaurus) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			// Searches under way keep reading the reader they hold, until the refresh.
			this.writer.deleteAll();
			List<Future<?>> pending = new ArrayList<>();
			List<SearchDocument> batch = new ArrayList<>(BATCH);
			for (SearchDocument document : documents) {
				batch.add(document);
				if (batch.size() == BATCH) {
					pending.add(pool.submit(addAll(batch)));
					batch = new ArrayList<>(BATCH);
					// At most two batches per thread waiting: the documents are not all
					// held in memory when they are streamed.
					while (pending.size() > threads * 2) {
						pending.remove(0).get();
					}
				}
			}
			pending.add(pool.submit(addAll(batch)));
			for (Future<?> future : pending) {
				future.get();
			}
			// Each thread's buffer written to its segment on a thread of its own, rather
			// than one after the other by the refresh below.
			List<Future<?>> flushes = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				flushes.add(pool.submit(() -> {
					while (this.writer.flushNextBuffer()) {
						// the next one
					}
					return null;
				}));
			}
			for (Future<?> flush : flushes) {
				flush.get();
			}
			this.thesaurus = new Thesaurus(thesaurus);
			this.manager.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	private java.util.concurrent.Callable<Void> addAll(List<SearchDocument> batch) {
		return () -> {
			for (SearchDocument document : batch) {
				this.writer.addDocument(document(document));
			}
			return null;
		};
	}

	/** Changed services from which an update runs on every processor (an import). */
	private static final int PARALLEL_UPDATE = 2_000;

	@Override
	public synchronized void update(Collection<SearchDocument> changed, Collection<UUID> removed) {
		try {
			for (UUID id : removed) {
				this.writer.deleteDocuments(new Term("id", id.toString()));
			}
			if (changed.size() < PARALLEL_UPDATE) {
				for (SearchDocument document : changed) {
					this.writer.updateDocument(new Term("id", document.id().toString()), document(document));
				}
			}
			else {
				updateInParallel(List.copyOf(changed));
			}
			this.manager.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Many services at once (an import): converted and replaced on every processor. */
	private void updateInParallel(List<SearchDocument> changed) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (int from = 0; from < changed.size(); from += BATCH) {
				List<SearchDocument> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
				pending.add(pool.submit(() -> {
					for (SearchDocument document : batch) {
						this.writer.updateDocument(new Term("id", document.id().toString()), document(document));
					}
					return null;
				}));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	@Override
	public void thesaurus(List<List<String>> groups) {
		this.thesaurus = new Thesaurus(groups);
	}

	@Override
	public int size() {
		try {
			IndexSearcher searcher = this.manager.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.manager.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(SearchDocument service) {
		Document doc = new Document();
		doc.add(new StringField("id", service.id().toString(), Field.Store.NO));
		// What ranking reads of a hit comes from doc values (id, level, area codes,
		// places, sort key): no stored document is read during a search.
		doc.add(new BinaryDocValuesField("id",
				new BytesRef(ByteBuffer.allocate(16)
					.putLong(service.id().getMostSignificantBits())
					.putLong(service.id().getLeastSignificantBits())
					.array())));
		addTexts(doc, "name", service.names());
		for (Map<String, String> theme : service.themes()) {
			addTexts(doc, "theme", theme);
		}
		addTexts(doc, "body", service.texts());
		if (service.organization() != null) {
			doc.add(new TextField("body" + Analysis.EXACT, Words.normalize(service.organization()), Field.Store.NO));
		}
		for (String code : service.themeCodes()) {
			doc.add(new StringField("theme", code, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("theme", new BytesRef(code)));
		}
		doc.add(new StringField("status", service.status(), Field.Store.NO));
		doc.add(new StringField("kind", service.kind(), Field.Store.NO));
		doc.add(new StringField("cost", service.cost(), Field.Store.NO));
		doc.add(new StringField("org", service.organizationId().toString(), Field.Store.NO));
		service.languages().forEach((language) -> doc.add(new StringField("lang", language, Field.Store.NO)));
		service.audiences().forEach((audience) -> doc.add(new StringField("audience", audience, Field.Store.NO)));
		String level = service.areaLevel();
		doc.add(new StringField("level", level, Field.Store.NO));
		doc.add(new SortedDocValuesField("level", new BytesRef(level)));
		if (level.equals("REGION")) {
			doc.add(new StringField("area", "REGION", Field.Store.NO));
		}
		for (String code : service.areaCodes()) {
			doc.add(new StringField("area", level + ":" + code, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("code", new BytesRef(code)));
		}
		ByteBuffer points = ByteBuffer.allocate(16 * service.points().size());
		for (double[] point : service.points()) {
			doc.add(new LatLonDocValuesField("geo", point[0], point[1]));
			points.putDouble(point[0]).putDouble(point[1]);
		}
		if (!service.points().isEmpty()) {
			doc.add(new BinaryDocValuesField("points", new BytesRef(points.array())));
		}
		doc.add(new LongPoint("modified", service.modified().toEpochMilli()));
		for (int[] open : service.open()) {
			// Two dimensions: the minutes of the week, and the days the schedule is
			// valid (HSDS valid_from, valid_to).
			int from = (open.length > 2) ? open[2] : Integer.MIN_VALUE;
			int to = (open.length > 3) ? open[3] : Integer.MAX_VALUE;
			if (open[0] <= open[1]) {
				doc.add(new IntRange("open", new int[] { open[0], from }, new int[] { open[1], to }));
				continue;
			}
			// Open past midnight (a night shelter from 20:00 to 08:00): until the end of
			// that day, then from the next day's start (Monday after Sunday) to the
			// closing time, on the day after each valid day.
			int dayEnd = (open[0] / MINUTES_PER_DAY + 1) * MINUTES_PER_DAY;
			int closes = open[1] - (dayEnd - MINUTES_PER_DAY);
			int nextDay = dayEnd % (7 * MINUTES_PER_DAY);
			doc.add(new IntRange("open", new int[] { open[0], from }, new int[] { dayEnd - 1, to }));
			if (closes >= 0) {
				doc.add(new IntRange("open", new int[] { nextDay, dayAfter(from) },
						new int[] { nextDay + closes, dayAfter(to) }));
			}
		}
		service.terms().forEach((term) -> doc.add(new StringField("term", term, Field.Store.NO)));
		doc.add(new IntPoint("min_age", (service.minimumAge() != null) ? service.minimumAge() : 0));
		doc.add(new IntPoint("max_age", (service.maximumAge() != null) ? service.maximumAge() : 999));
		String sort = sortName(service.names());
		doc.add(new SortedDocValuesField("sort", new BytesRef(sort)));
		return doc;
	}

	/** The day after an epoch day, open ends staying open. */
	private static int dayAfter(int day) {
		return (day == Integer.MIN_VALUE || day == Integer.MAX_VALUE) ? day : day + 1;
	}

	private static String sortName(Map<String, String> names) {
		String name = names.getOrDefault("fr",
				names.getOrDefault("nl", names.values().stream().findFirst().orElse("")));
		return Words.normalize(name);
	}

	/**
	 * French text in the French and exact fields, Dutch in the Dutch and exact, others
	 * exact.
	 */
	private static void addTexts(Document doc, String group, Map<String, String> texts) {
		texts.forEach((language, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			String plain = Words.normalize(text);
			if (language.equals("fr")) {
				doc.add(new Field(group + Analysis.FR, plain, WITHOUT_POSITIONS));
			}
			else if (language.equals("nl")) {
				doc.add(new Field(group + Analysis.NL, plain, WITHOUT_POSITIONS));
			}
			doc.add(group.equals("theme") ? new Field(group + Analysis.EXACT, plain, WITHOUT_POSITIONS)
					: new TextField(group + Analysis.EXACT, plain, Field.Store.NO));
		});
	}

	@Override
	public SearchAnswer search(SearchRequest request) {
		try {
			IndexSearcher searcher = this.manager.acquire();
			try {
				return search(searcher, this.thesaurus, request);
			}
			finally {
				this.manager.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchAnswer search(IndexSearcher searcher, Thesaurus thesaurus, SearchRequest request) throws IOException {
		Typed typed = (request.text() != null) ? words(request.text(), searcher.getIndexReader(), thesaurus, false)
				: null;
		Query filter = filters(request, true);
		Query main = (typed != null) ? withFilter(typed.query(), filter) : new ConstantScoreQuery(filter);
		List<Query> segments = segments(request, typed == null);
		// Facets over the same hits when no theme is chosen: counted in the same pass.
		boolean themesWithParts = request.facets() && request.theme() == null;
		// Counted up to a cap: words found in tens of thousands of services are not
		// counted to the end ("1 000+"); the page's hits come from top-k searches.
		long cap = Math.max(COUNT_CAP, (long) request.offset() + request.size());
		PartCounts.Result parts = searcher.search(main,
				new PartCounts(request, typed == null, segments.size(), themesWithParts, cap));
		if (parts.total() == 0 && typed != null && typed.minimum() > 1) {
			// No service holds enough of the words: any one of them will do.
			typed = words(request.text(), searcher.getIndexReader(), thesaurus, true);
			main = withFilter(typed.query(), filter);
			parts = searcher.search(main, new PartCounts(request, false, segments.size(), themesWithParts, cap));
		}
		List<Ranked> page = parts.complete() ? exactPage(searcher, main, segments, parts.parts(), request, typed)
				: cappedPage(searcher, main, segments, request, typed);
		long total = parts.total();
		boolean totalCapped = false;
		if (!parts.complete()) {
			// More hits than the cap: the total is a lower bound, more than the hits up
			// to the end of this page; a short page is the last one.
			totalCapped = page.size() == request.size();
			total = totalCapped ? Math.max(cap, (long) request.offset() + request.size()) + 1
					: (long) request.offset() + page.size();
		}
		if (typed != null && !typed.mentions().isEmpty()) {
			page = explain(searcher, typed, page);
		}
		Map<String, Long> themes = themesWithParts ? parts.themes() : Map.of();
		boolean themesCapped = themesWithParts && !parts.complete();
		if (request.facets() && !themesWithParts) {
			Query all = (typed != null) ? withFilter(typed.query(), filters(request, false))
					: new ConstantScoreQuery(filters(request, false));
			PartCounts.Result counted = searcher.search(all,
					new PartCounts(request, typed == null, segments.size(), true, COUNT_CAP));
			themes = counted.themes();
			themesCapped = !counted.complete();
		}
		return new SearchAnswer(page.stream().map(LuceneSearchEngine::hit).toList(), total, themes,
				(typed != null) ? typed.corrected() : null, totalCapped, themesCapped);
	}

	/** The page when every hit was counted: the parts before it are skipped by count. */
	private static List<Ranked> exactPage(IndexSearcher searcher, Query main, List<Query> segments, long[] counts,
			SearchRequest request, Typed typed) throws IOException {
		List<Ranked> page = new ArrayList<>();
		long skip = request.offset();
		int need = request.size();
		for (int i = 0; i < segments.size() && need > 0; i++) {
			if (skip >= counts[i]) {
				skip -= counts[i];
				continue;
			}
			int upto = (int) Math.min(counts[i], skip + need);
			List<Ranked> ranked = rank(searcher, withFilter(main, segments.get(i)), upto, request, typed != null);
			List<Ranked> slice = ranked.subList((int) skip, Math.min(upto, ranked.size()));
			page.addAll(slice);
			need -= slice.size();
			skip = 0;
		}
		return page;
	}

	/**
	 * The page when the hits were not all counted: each part in turn gives its best hits
	 * up to the end of the page (top-k, Lucene's block-max WAND skipping what cannot
	 * enter), fewer when it has fewer, which tells how many it holds.
	 */
	private static List<Ranked> cappedPage(IndexSearcher searcher, Query main, List<Query> segments,
			SearchRequest request, Typed typed) throws IOException {
		List<Ranked> page = new ArrayList<>();
		long skip = request.offset();
		int need = request.size();
		for (int i = 0; i < segments.size() && need > 0; i++) {
			int upto = (int) (skip + need);
			List<Ranked> ranked = rank(searcher, withFilter(main, segments.get(i)), upto, request, typed != null);
			int from = (int) Math.min(skip, ranked.size());
			List<Ranked> slice = ranked.subList(from, ranked.size());
			page.addAll(slice);
			need -= slice.size();
			skip -= from;
		}
		return page;
	}

	private static Query withFilter(Query query, Query filter) {
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	/** The filters of a request (the theme's only when {@code withTheme}). */
	private static Query filters(SearchRequest request, boolean withTheme) {
		BooleanQuery.Builder filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
		if (request.modifiedAfter() == null) {
			filter.add(new TermQuery(new Term("status", "closed")), Occur.MUST_NOT);
		}
		else {
			filter.add(LongPoint.newRangeQuery("modified", request.modifiedAfter().toEpochMilli() + 1, Long.MAX_VALUE),
					Occur.FILTER);
		}
		if (withTheme && request.theme() != null) {
			filter.add(new TermQuery(new Term("theme", request.theme())), Occur.FILTER);
		}
		if (request.language() != null) {
			filter.add(new TermQuery(new Term("lang", request.language())), Occur.FILTER);
		}
		if (request.audience() != null) {
			filter.add(new TermQuery(new Term("audience", request.audience())), Occur.FILTER);
		}
		if (request.accessibleOnly()) {
			filter.add(new BooleanQuery.Builder().add(new TermQuery(new Term("cost", "free")), Occur.SHOULD)
				.add(new TermQuery(new Term("cost", "low_threshold")), Occur.SHOULD)
				.build(), Occur.FILTER);
		}
		if (request.kind() != null) {
			filter.add(new TermQuery(new Term("kind", request.kind())), Occur.FILTER);
		}
		if (request.organizationId() != null) {
			filter.add(new TermQuery(new Term("org", request.organizationId().toString())), Occur.FILTER);
		}
		if (request.openMinute() != null) {
			int minute = request.openMinute();
			int from = (request.openDay() != null) ? request.openDay() : Integer.MIN_VALUE;
			int to = (request.openDay() != null) ? request.openDay() : Integer.MAX_VALUE;
			filter.add(IntRange.newIntersectsQuery("open", new int[] { minute, from }, new int[] { minute, to }),
					Occur.FILTER);
		}
		if (request.term() != null) {
			filter.add(new TermQuery(new Term("term", request.term())), Occur.FILTER);
		}
		if (request.age() != null) {
			filter.add(IntPoint.newRangeQuery("min_age", 0, request.age()), Occur.FILTER);
			filter.add(IntPoint.newRangeQuery("max_age", request.age(), Integer.MAX_VALUE), Occur.FILTER);
		}
		return filter.build();
	}

	/**
	 * Stepped care: the parts of the hits in the order they are shown. With a known
	 * place: the services covering it, those that may (their area is at a level where the
	 * person's code is not known), the others. Browsing (no words), the services covering
	 * the place are shown level by level, closest first.
	 */
	private static List<Query> segments(SearchRequest request, boolean browsing) {
		if (!request.placeKnown()) {
			if (browsing) {
				Query regional = new TermQuery(new Term("area", "REGION"));
				return List.of(regional, not(List.of(regional)));
			}
			return List.of(new MatchAllDocsQuery());
		}
		List<Query> covering = new ArrayList<>();
		List<Query> undecided = new ArrayList<>();
		String[][] levels = { { "QUARTIER", request.quartier() }, { "COMMUNE", request.commune() },
				{ "BASSIN", request.bassin() } };
		for (String[] level : levels) {
			if (level[1] != null) {
				covering.add(new TermQuery(new Term("area", level[0] + ":" + level[1])));
			}
			else {
				undecided.add(new TermQuery(new Term("level", level[0])));
			}
		}
		covering.add(new TermQuery(new Term("area", "REGION")));
		List<Query> segments = new ArrayList<>(browsing ? covering : List.of(any(covering)));
		if (!undecided.isEmpty()) {
			segments.add(any(undecided));
		}
		List<Query> before = new ArrayList<>(covering);
		before.addAll(undecided);
		segments.add(not(before));
		return segments;
	}

	private static Query any(List<Query> queries) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		queries.forEach((query) -> any.add(query, Occur.SHOULD));
		return any.build();
	}

	private static Query not(List<Query> queries) {
		BooleanQuery.Builder not = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
		queries.forEach((query) -> not.add(query, Occur.MUST_NOT));
		return not.build();
	}

	/**
	 * The first {@code upto} hits of a segment. With words: the best few hundred by
	 * relevance, each blended with its closeness and ordered by that, then distance, then
	 * name. Browsing: by distance when known, then name.
	 */
	private static List<Ranked> rank(IndexSearcher searcher, Query query, int upto, SearchRequest request,
			boolean relevance) throws IOException {
		List<Ranked> ranked;
		if (relevance) {
			TopDocs top = searcher.search(query, Math.max(upto, RERANKED));
			float best = (top.scoreDocs.length > 0) ? top.scoreDocs[0].score : 1f;
			ranked = new ArrayList<>(read(searcher, top.scoreDocs, best, request));
			ranked.sort(Comparator.comparingDouble(Ranked::score)
				.reversed()
				.thenComparing(Ranked::distance, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Ranked::sort)
				.thenComparing(Ranked::id));
		}
		else {
			List<SortField> order = new ArrayList<>();
			if (request.lat() != null) {
				order.add(LatLonDocValuesField.newDistanceSort("geo", request.lat(), request.lon()));
			}
			order.add(new SortField("sort", SortField.Type.STRING));
			TopDocs top = searcher.search(query, upto, new Sort(order.toArray(SortField[]::new)));
			ranked = read(searcher, top.scoreDocs, 0, request);
		}
		return ranked.subList(0, Math.min(upto, ranked.size()));
	}

	private static SearchAnswer.Hit hit(Ranked hit) {
		return new SearchAnswer.Hit(UUID.fromString(hit.id()), Math.round(hit.score() * 1000) / 1000.0, hit.closeness(),
				hit.distance(), hit.synonym());
	}

	private record Ranked(int doc, String id, double score, Integer closeness, Double distance, String sort,
			String synonym) {

		Ranked through(String synonym) {
			return new Ranked(this.doc, this.id, this.score, this.closeness, this.distance, this.sort, synonym);
		}

	}

	/**
	 * The hits with what ranking needs of each, read from doc values leaf by leaf in
	 * document order, returned in the order given.
	 * @param best the best score (relevance is the score relative to it), 0 when browsing
	 */
	private static List<Ranked> read(IndexSearcher searcher, ScoreDoc[] hits, float best, SearchRequest request)
			throws IOException {
		Integer[] order = new Integer[hits.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> hits[i].doc));
		Ranked[] ranked = new Ranked[hits.length];
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Values values = null;
		int leafIndex = -1;
		for (int i : order) {
			int doc = hits[i].doc;
			int leaf = ReaderUtil.subIndex(doc, leaves);
			if (leaf != leafIndex) {
				leafIndex = leaf;
				values = new Values(leaves.get(leaf).reader());
			}
			LeafReaderContext context = leaves.get(leaf);
			double relevance = (best > 0) ? hits[i].score / best : 0;
			ranked[i] = ranked(values, doc - context.docBase, doc, relevance, request);
		}
		return List.of(ranked);
	}

	/** The doc values of one leaf that ranking reads. */
	private static final class Values {

		final BinaryDocValues id;

		final SortedDocValues level;

		final SortedSetDocValues codes;

		final BinaryDocValues points;

		final SortedDocValues sort;

		Values(LeafReader reader) throws IOException {
			this.id = DocValues.getBinary(reader, "id");
			this.level = DocValues.getSorted(reader, "level");
			this.codes = DocValues.getSortedSet(reader, "code");
			this.points = DocValues.getBinary(reader, "points");
			this.sort = DocValues.getSorted(reader, "sort");
		}

	}

	private static Ranked ranked(Values values, int doc, int docId, double relevance, SearchRequest request)
			throws IOException {
		values.id.advanceExact(doc);
		ByteBuffer idBytes = ByteBuffer.wrap(values.id.binaryValue().bytes, values.id.binaryValue().offset, 16);
		String id = new UUID(idBytes.getLong(), idBytes.getLong()).toString();
		String level = values.level.advanceExact(doc) ? values.level.lookupOrd(values.level.ordValue()).utf8ToString()
				: "";
		Set<String> codes = new java.util.HashSet<>();
		if (values.codes.advanceExact(doc)) {
			for (int i = 0; i < values.codes.docValueCount(); i++) {
				codes.add(values.codes.lookupOrd(values.codes.nextOrd()).utf8ToString());
			}
		}
		Integer closeness = closeness(level, codes, request);
		int bonus = (closeness != null) ? closeness : (!request.placeKnown() && level.equals("REGION")) ? 1 : 0;
		Double distance = null;
		if (request.lat() != null && values.points.advanceExact(doc)) {
			BytesRef bytes = values.points.binaryValue();
			ByteBuffer points = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
			while (points.remaining() >= 16) {
				double km = km(request.lat(), request.lon(), points.getDouble(), points.getDouble());
				distance = (distance == null) ? km : Math.min(distance, km);
			}
		}
		String sort = values.sort.advanceExact(doc) ? values.sort.lookupOrd(values.sort.ordValue()).utf8ToString() : "";
		double nearness = (distance != null) ? DISTANCE_WEIGHT / (1 + distance / 1.5) : 0;
		return new Ranked(docId, id, relevance + CLOSENESS_WEIGHT * bonus + nearness, closeness, distance, sort, null);
	}

	/**
	 * Kilometres, equirectangular: within metres of the great circle at a region's scale.
	 */
	private static double km(double lat1, double lon1, double lat2, double lon2) {
		double x = (lon2 - lon1) * Math.cos(Math.toRadians(lat1));
		double y = lat2 - lat1;
		return Math.round(111.195 * Math.sqrt(x * x + y * y) * 1000) / 1000.0;
	}

	/**
	 * 4 quartier, 3 commune, 2 bassin, 1 region, 0 elsewhere; {@code null} when the
	 * person's code at the service's level is not known.
	 */
	private static Integer closeness(String level, Set<String> codes, SearchRequest request) {
		if (!request.placeKnown()) {
			return null;
		}
		return switch (level) {
			case "REGION" -> 1;
			case "QUARTIER" -> (request.quartier() == null) ? null : codes.contains(request.quartier()) ? 4 : 0;
			case "COMMUNE" -> (request.commune() == null) ? null : codes.contains(request.commune()) ? 3 : 0;
			case "BASSIN" -> (request.bassin() == null) ? null : codes.contains(request.bassin()) ? 2 : 0;
			default -> 0;
		};
	}

	/**
	 * Says which hits were found through the thesaurus rather than the words as typed.
	 */
	private static List<Ranked> explain(IndexSearcher searcher, Typed typed, List<Ranked> page) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<Weight[]> weights = new ArrayList<>();
		for (Typed.Concept concept : typed.mentions()) {
			weights.add(new Weight[] { weight(searcher, concept.typed()), weight(searcher, concept.any()) });
		}
		// The page's documents in index order, leaf by leaf: each concept's iterators
		// are advanced to them (cheaper than asking Weight.matches of each hit).
		List<Ranked> byDoc = new ArrayList<>(page);
		byDoc.sort(Comparator.comparingInt(Ranked::doc));
		Map<Integer, String> through = new HashMap<>();
		int leafIndex = -1;
		DocIdSetIterator[][] iterators = null;
		for (Ranked hit : byDoc) {
			int leaf = ReaderUtil.subIndex(hit.doc(), leaves);
			LeafReaderContext context = leaves.get(leaf);
			if (leaf != leafIndex) {
				leafIndex = leaf;
				iterators = new DocIdSetIterator[weights.size()][];
				for (int i = 0; i < weights.size(); i++) {
					iterators[i] = new DocIdSetIterator[] { iterator(weights.get(i)[0], context),
							iterator(weights.get(i)[1], context) };
				}
			}
			int doc = hit.doc() - context.docBase;
			List<String> found = new ArrayList<>();
			for (int i = 0; i < weights.size(); i++) {
				boolean asTyped = matches(iterators[i][0], doc);
				if (!asTyped && matches(iterators[i][1], doc)) {
					found.add(typed.mentions().get(i).explanation());
				}
			}
			if (!found.isEmpty()) {
				through.put(hit.doc(), String.join("; ", found));
			}
		}
		return page.stream()
			.map((hit) -> through.containsKey(hit.doc()) ? hit.through(through.get(hit.doc())) : hit)
			.toList();
	}

	private static DocIdSetIterator iterator(Weight weight, LeafReaderContext context) throws IOException {
		if (weight == null) {
			return null;
		}
		org.apache.lucene.search.Scorer scorer = weight.scorer(context);
		return (scorer != null) ? scorer.iterator() : null;
	}

	/**
	 * Whether an iterator (advanced in increasing order of documents) holds a document.
	 */
	private static boolean matches(DocIdSetIterator iterator, int doc) throws IOException {
		if (iterator == null) {
			return false;
		}
		int at = iterator.docID();
		if (at < doc) {
			at = iterator.advance(doc);
		}
		return at == doc;
	}

	private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
		return (query != null) ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1) : null;
	}

	// ---- The typed words as a query ----

	/**
	 * Reads typed words into a query.
	 * @param relaxed any one word is enough (when requiring more found nothing)
	 */
	private Typed words(String text, IndexReader reader, Thesaurus thesaurus, boolean relaxed) throws IOException {
		List<String> words = Words.of(text);
		List<Thesaurus.Mention> mentions = thesaurus.find(words);
		List<Query> units = new ArrayList<>();
		List<Typed.Concept> concepts = new ArrayList<>();
		List<String> searched = new ArrayList<>();
		boolean corrected = false;
		List<String> phraseWords = new ArrayList<>();
		int mention = 0;
		for (int i = 0; i < words.size();) {
			if (mention < mentions.size() && mentions.get(mention).start() == i) {
				Thesaurus.Mention found = mentions.get(mention++);
				List<Query> alternatives = new ArrayList<>();
				List<String> others = new ArrayList<>();
				Query typedQuery = termQuery(words.subList(found.start(), found.end()), reader);
				if (typedQuery != null) {
					alternatives.add(typedQuery);
				}
				for (List<String> term : thesaurus.terms(found.group())) {
					String joined = String.join(" ", term);
					if (Words.key(joined).equals(Words.key(found.typed()))) {
						continue;
					}
					others.add(joined);
					Query query = termQuery(term, reader);
					if (query != null) {
						// The words as typed count more than their equivalents.
						alternatives.add(new BoostQuery(query, SYNONYM_WEIGHT));
					}
				}
				if (!alternatives.isEmpty()) {
					Query any = new DisjunctionMaxQuery(alternatives, 0.1f);
					units.add(any);
					concepts.add(new Typed.Concept(typedQuery, any, found.typed() + " → " + String.join(", ", others)));
				}
				searched.add(found.typed());
				i = found.end();
				phraseWords.add(null);
				continue;
			}
			String word = words.get(i++);
			searched.add(word);
			if (Words.isStop(word) || word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			Query query = wordQuery(word, reader);
			if (query == null && word.length() >= 4) {
				String better = spelled(word, reader);
				if (better != null) {
					query = wordQuery(better, reader);
					searched.set(searched.size() - 1, better);
					corrected = true;
					word = better;
				}
			}
			if (query != null) {
				units.add(query);
				phraseWords.add(word);
			}
		}
		int minimum = relaxed ? 1 : minimumShouldMatch(units.size());
		BooleanQuery.Builder core = new BooleanQuery.Builder();
		units.forEach((unit) -> core.add(unit, Occur.SHOULD));
		if (units.isEmpty()) {
			core.add(new TermQuery(new Term("id", "-")), Occur.SHOULD);
		}
		core.setMinimumNumberShouldMatch(Math.min(minimum, Math.max(units.size(), 1)));
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(core.build(), Occur.MUST);
		for (int i = 0; i + 1 < phraseWords.size(); i++) {
			String first = phraseWords.get(i);
			String second = phraseWords.get(i + 1);
			if (first != null && second != null) {
				query.add(new BoostQuery(new PhraseQuery(2, "name" + Analysis.EXACT, first, second), 3f), Occur.SHOULD);
				query.add(new BoostQuery(new PhraseQuery(3, "body" + Analysis.EXACT, first, second), 0.5f),
						Occur.SHOULD);
			}
		}
		return new Typed(query.build(), Math.min(minimum, units.size()), concepts,
				corrected ? String.join(" ", searched) : null);
	}

	/** How many of {@code n} words a service must hold. */
	static int minimumShouldMatch(int n) {
		if (n <= 2) {
			return 1;
		}
		if (n <= 4) {
			return 2;
		}
		return (n + 1) / 2;
	}

	/** All the words of a term (thesaurus), or {@code null} when one is nowhere. */
	private Query termQuery(List<String> term, IndexReader reader) throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int count = 0;
		for (String word : term) {
			if (Words.isStop(word) && term.size() > 1) {
				continue;
			}
			Query query = wordQuery(word, reader);
			if (query == null) {
				return null;
			}
			all.add(query, Occur.MUST);
			count++;
		}
		if (count == 0) {
			return null;
		}
		// A term of several words weighs as one word: "mr mrs" does not outweigh "wzc".
		return (count == 1) ? all.build().clauses().get(0).query() : new BoostQuery(all.build(), 1f / count);
	}

	/**
	 * A word in any of its forms and fields, best field counting, or {@code null} when it
	 * is in none.
	 */
	private Query wordQuery(String word, IndexReader reader) throws IOException {
		Words.Cache cache = words(reader);
		java.util.Optional<Query> known = cache.queries().get(word);
		if (known == null) {
			known = java.util.Optional.ofNullable(newWordQuery(word, reader));
			cache.remember(cache.queries(), word, known);
		}
		return known.orElse(null);
	}

	/**
	 * What the current reader's words give (their queries, their closest spellings): the
	 * same words come back in search after search (thesaurus terms, common needs), and
	 * each costs an analysis and nine term lookups.
	 */
	private Words.Cache words(IndexReader reader) {
		Words.Cache cache = this.wordCache;
		if (cache == null || cache.reader() != reader) {
			cache = new Words.Cache(reader);
			this.wordCache = cache;
		}
		return cache;
	}

	private volatile Words.Cache wordCache;

	private Query newWordQuery(String word, IndexReader reader) throws IOException {
		Set<Query> alternatives = new LinkedHashSet<>();
		List<String> fr = Analysis.terms(this.french, "x", word);
		List<String> nl = Analysis.terms(this.dutch, "x", word);
		for (int g = 0; g < GROUPS.length; g++) {
			String group = GROUPS[g];
			add(alternatives, reader, group + Analysis.EXACT, word, BOOSTS[g][0]);
			for (String term : fr) {
				add(alternatives, reader, group + Analysis.FR, term, BOOSTS[g][1]);
			}
			for (String term : nl) {
				add(alternatives, reader, group + Analysis.NL, term, BOOSTS[g][1]);
			}
		}
		return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
	}

	private static void add(Set<Query> alternatives, IndexReader reader, String field, String term, float boost)
			throws IOException {
		Term t = new Term(field, term);
		if (reader.docFreq(t) > 0) {
			alternatives.add(new BoostQuery(new TermQuery(t), boost));
		}
	}

	private String spelled(String word, IndexReader reader) throws IOException {
		Words.Cache cache = words(reader);
		java.util.Optional<String> known = cache.spellings().get(word);
		if (known == null) {
			known = java.util.Optional.ofNullable(spell(word, reader));
			cache.remember(cache.spellings(), word, known);
		}
		return known.orElse(null);
	}

	/** The closest word of the names, theme labels or texts, or {@code null}. */
	private static String spell(String word, IndexReader reader) throws IOException {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(4);
		SuggestWord best = null;
		for (String group : GROUPS) {
			SuggestWord[] suggestions = checker.suggestSimilar(new Term(group + Analysis.EXACT, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0 && (best == null || suggestions[0].score > best.score)) {
				best = suggestions[0];
			}
			if (best != null && !group.equals("name")) {
				break;
			}
		}
		return (best != null) ? best.string.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Typed words read as a query.
	 *
	 * @param query the query
	 * @param minimum how many words a service must hold
	 * @param mentions the thesaurus concepts typed
	 * @param corrected the words searched when some were corrected, or {@code null}
	 */
	private record Typed(Query query, int minimum, List<Concept> mentions, String corrected) {

		/**
		 * A thesaurus mention: its words as typed, any term of its group, the
		 * explanation.
		 */
		record Concept(Query typed, Query any, String explanation) {
		}

	}

	/** Hits per theme code. */
	private static final class ThemeCounts implements CollectorManager<ThemeCounts.Counter, Map<String, Long>> {

		@Override
		public Counter newCollector() {
			return new Counter();
		}

		@Override
		public Map<String, Long> reduce(Collection<Counter> counters) {
			Map<String, Long> all = new HashMap<>();
			counters.forEach((counter) -> counter.counts.forEach((code, n) -> all.merge(code, n, Long::sum)));
			return all;
		}

		static final class Counter implements Collector {

			final Map<String, Long> counts = new HashMap<>();

			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				SortedSetDocValues values = DocValues.getSortedSet(context.reader(), "theme");
				long[] perOrd = new long[(int) values.getValueCount()];
				return new LeafCollector() {
					@Override
					public void setScorer(Scorable scorer) {
					}

					@Override
					public void collect(int doc) throws IOException {
						if (values.advanceExact(doc)) {
							for (int i = 0; i < values.docValueCount(); i++) {
								perOrd[(int) values.nextOrd()]++;
							}
						}
					}

					@Override
					public void finish() throws IOException {
						for (int ord = 0; ord < perOrd.length; ord++) {
							if (perOrd[ord] > 0) {
								Counter.this.counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
							}
						}
					}
				};
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		}

	}

}
