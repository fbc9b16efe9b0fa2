package brussels.maillage.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
public final class LuceneSearchEngine implements SearchEngine {

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

	private final Analyzer indexing = Analysis.index();

	private final Analyzer french = Analysis.french();

	private final Analyzer dutch = Analysis.dutch(false);

	private volatile State state;

	public LuceneSearchEngine() {
		this.state = newState(Thesaurus.EMPTY);
		try {
			this.state.manager().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record State(IndexWriter writer, SearcherManager manager, Thesaurus thesaurus) {
	}

	private State newState(Thesaurus thesaurus) {
		try {
			IndexWriterConfig config = new IndexWriterConfig(this.indexing);
			config.setRAMBufferSizeMB(128);
			IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config);
			return new State(writer, new SearcherManager(writer, null), thesaurus);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void rebuild(Iterable<SearchDocument> documents, List<List<String>> thesaurus) {
		State fresh = newState(new Thesaurus(thesaurus));
		try {
			for (SearchDocument document : documents) {
				fresh.writer().addDocument(document(document));
			}
			fresh.manager().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The old index is left to the garbage collector: searches under way keep
		// reading it.
		this.state = fresh;
	}

	@Override
	public synchronized void update(Collection<SearchDocument> changed, Collection<UUID> removed) {
		State current = this.state;
		try {
			for (UUID id : removed) {
				current.writer().deleteDocuments(new Term("id", id.toString()));
			}
			for (SearchDocument document : changed) {
				current.writer().updateDocument(new Term("id", document.id().toString()), document(document));
			}
			current.manager().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void thesaurus(List<List<String>> groups) {
		State current = this.state;
		this.state = new State(current.writer(), current.manager(), new Thesaurus(groups));
	}

	@Override
	public int size() {
		State current = this.state;
		try {
			IndexSearcher searcher = current.manager().acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				current.manager().release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(SearchDocument service) {
		Document doc = new Document();
		doc.add(new StringField("id", service.id().toString(), Field.Store.YES));
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
		doc.add(new StringField("level", level, Field.Store.YES));
		if (level.equals("REGION")) {
			doc.add(new StringField("area", "REGION", Field.Store.NO));
		}
		for (String code : service.areaCodes()) {
			doc.add(new StringField("area", level + ":" + code, Field.Store.NO));
			doc.add(new StoredField("code", code));
		}
		for (double[] point : service.points()) {
			doc.add(new StoredField("lat", point[0]));
			doc.add(new StoredField("lon", point[1]));
			doc.add(new LatLonDocValuesField("geo", point[0], point[1]));
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
		doc.add(new StoredField("sort", sort));
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
				doc.add(new TextField(group + Analysis.FR, plain, Field.Store.NO));
			}
			else if (language.equals("nl")) {
				doc.add(new TextField(group + Analysis.NL, plain, Field.Store.NO));
			}
			doc.add(new TextField(group + Analysis.EXACT, plain, Field.Store.NO));
		});
	}

	@Override
	public SearchAnswer search(SearchRequest request) {
		State current = this.state;
		try {
			IndexSearcher searcher = current.manager().acquire();
			try {
				return search(searcher, current.thesaurus(), request);
			}
			finally {
				current.manager().release(searcher);
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
		long[] counts = new long[segments.size()];
		long total = 0;
		for (int i = 0; i < segments.size(); i++) {
			counts[i] = searcher.count(withFilter(main, segments.get(i)));
			total += counts[i];
		}
		if (total == 0 && typed != null && typed.minimum() > 1) {
			// No service holds enough of the words: any one of them will do.
			typed = words(request.text(), searcher.getIndexReader(), thesaurus, true);
			main = withFilter(typed.query(), filter);
			for (int i = 0; i < segments.size(); i++) {
				counts[i] = searcher.count(withFilter(main, segments.get(i)));
				total += counts[i];
			}
		}
		List<SearchAnswer.Hit> page = new ArrayList<>();
		long skip = request.offset();
		int need = request.size();
		for (int i = 0; i < segments.size() && need > 0; i++) {
			if (skip >= counts[i]) {
				skip -= counts[i];
				continue;
			}
			int upto = (int) Math.min(counts[i], skip + need);
			List<SearchAnswer.Hit> ranked = rank(searcher, withFilter(main, segments.get(i)), upto, request,
					typed != null);
			List<SearchAnswer.Hit> slice = ranked.subList((int) skip, Math.min(upto, ranked.size()));
			page.addAll(slice);
			need -= slice.size();
			skip = 0;
		}
		if (typed != null && !typed.mentions().isEmpty()) {
			page = explain(searcher, typed, page);
		}
		Map<String, Long> themes = Map.of();
		if (request.facets()) {
			Query all = (typed != null) ? withFilter(typed.query(), filters(request, false))
					: new ConstantScoreQuery(filters(request, false));
			themes = searcher.search(all, new ThemeCounts());
		}
		return new SearchAnswer(page, total, themes, (typed != null) ? typed.corrected() : null);
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
	private static List<SearchAnswer.Hit> rank(IndexSearcher searcher, Query query, int upto, SearchRequest request,
			boolean relevance) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Ranked> ranked = new ArrayList<>();
		if (relevance) {
			TopDocs top = searcher.search(query, Math.max(upto, RERANKED));
			float best = (top.scoreDocs.length > 0) ? top.scoreDocs[0].score : 1f;
			for (ScoreDoc hit : top.scoreDocs) {
				ranked.add(ranked(stored.document(hit.doc), hit.doc, hit.score / best, request));
			}
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
			for (ScoreDoc hit : top.scoreDocs) {
				ranked.add(ranked(stored.document(hit.doc), hit.doc, 0, request));
			}
		}
		return ranked.stream()
			.limit(upto)
			.map((hit) -> new SearchAnswer.Hit(UUID.fromString(hit.id()), Math.round(hit.score() * 1000) / 1000.0,
					hit.closeness(), hit.distance(), null))
			.toList();
	}

	private record Ranked(int doc, String id, double score, Integer closeness, Double distance, String sort) {
	}

	private static Ranked ranked(Document doc, int docId, double relevance, SearchRequest request) {
		Integer closeness = closeness(doc, request);
		int bonus = (closeness != null) ? closeness
				: (!request.placeKnown() && doc.get("level").equals("REGION")) ? 1 : 0;
		Double distance = null;
		if (request.lat() != null) {
			double[] lats = numbers(doc, "lat");
			double[] lons = numbers(doc, "lon");
			for (int i = 0; i < lats.length; i++) {
				double km = km(request.lat(), request.lon(), lats[i], lons[i]);
				distance = (distance == null) ? km : Math.min(distance, km);
			}
		}
		double nearness = (distance != null) ? DISTANCE_WEIGHT / (1 + distance / 1.5) : 0;
		return new Ranked(docId, doc.get("id"), relevance + CLOSENESS_WEIGHT * bonus + nearness, closeness, distance,
				doc.get("sort"));
	}

	private static double[] numbers(Document doc, String field) {
		return List.of(doc.getFields(field))
			.stream()
			.mapToDouble((value) -> value.numericValue().doubleValue())
			.toArray();
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
	private static Integer closeness(Document doc, SearchRequest request) {
		if (!request.placeKnown()) {
			return null;
		}
		String level = doc.get("level");
		Set<String> codes = Set.of(doc.getValues("code"));
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
	private static List<SearchAnswer.Hit> explain(IndexSearcher searcher, Typed typed, List<SearchAnswer.Hit> page)
			throws IOException {
		Map<String, Integer> docs = new HashMap<>();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<Weight[]> weights = new ArrayList<>();
		for (Typed.Concept concept : typed.mentions()) {
			weights.add(new Weight[] { weight(searcher, concept.typed()), weight(searcher, concept.any()) });
		}
		List<SearchAnswer.Hit> explained = new ArrayList<>();
		for (SearchAnswer.Hit hit : page) {
			int doc = docs.computeIfAbsent(hit.id().toString(), (id) -> docOf(searcher, id));
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
			List<String> through = new ArrayList<>();
			for (int i = 0; i < weights.size(); i++) {
				Weight[] weight = weights.get(i);
				boolean asTyped = weight[0] != null && weight[0].matches(leaf, doc - leaf.docBase) != null;
				if (!asTyped && weight[1].matches(leaf, doc - leaf.docBase) != null) {
					through.add(typed.mentions().get(i).explanation());
				}
			}
			explained.add(through.isEmpty() ? hit : new SearchAnswer.Hit(hit.id(), hit.score(), hit.closeness(),
					hit.distanceKm(), String.join("; ", through)));
		}
		return explained;
	}

	private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
		return (query != null) ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1) : null;
	}

	private static int docOf(IndexSearcher searcher, String id) {
		try {
			TopDocs top = searcher.search(new TermQuery(new Term("id", id)), 1);
			return top.scoreDocs[0].doc;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
				String better = spell(word, reader);
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
