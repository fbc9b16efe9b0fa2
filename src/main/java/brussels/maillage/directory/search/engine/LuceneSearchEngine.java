package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchEngine;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.index.IndexWriting;
import brussels.maillage.directory.search.index.LuceneIndex;
import brussels.maillage.directory.search.index.ServiceDocuments;
import brussels.maillage.directory.search.query.Typed;
import brussels.maillage.directory.search.query.WordQueries;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The search engine on Apache Lucene: each service is one document
 * ({@link ServiceDocuments}), the typed words a query ({@link WordQueries}), the filters
 * and the parts of stepped care other queries ({@link Filters}). A search counts the hits
 * of each part and per theme in one pass ({@link PartCounts}), then takes the page's hits
 * part by part: the services covering the person's place first, then those that may, then
 * the others; within each, the relevance blends with closeness over the best few hundred
 * ({@link Ranking}), and each hit says whether it was found through the thesaurus
 * ({@link HitExplanation}). The words' and concepts' queries of many terms keep their
 * hits and scores until the index changes ({@link KeptScores}).
 */
public final class LuceneSearchEngine implements SearchEngine {

	/**
	 * Hits counted exactly at most (and over which the counts per theme are taken);
	 * beyond, the total is shown as "1 000+".
	 */
	static final int COUNT_CAP = 1000;

	private final LuceneIndex index;

	private final IndexWriting writing;

	private final WordQueries queries = new WordQueries();

	private volatile Thesaurus thesaurus = Thesaurus.EMPTY;

	@Override
	public void placeWords(Set<String> words) {
		this.queries.placeWords(words);
	}

	/** An index in memory. */
	public LuceneSearchEngine() {
		this(null);
	}

	/**
	 * An index in a folder, reopened when it holds one of this layout (memory-mapped), or
	 * in memory when {@code folder} is {@code null} or another process holds it.
	 */
	public LuceneSearchEngine(Path folder) {
		this.index = new LuceneIndex(folder);
		this.writing = new IndexWriting(this.index);
	}

	@Override
	public String storage() {
		return this.index.storage();
	}

	@Override
	public Map<String, String> kept() {
		return this.index.kept();
	}

	@Override
	public synchronized void commit(Map<String, String> data) {
		this.index.commit(data);
	}

	@Override
	public synchronized void close() {
		this.index.close();
	}

	@Override
	public synchronized void rebuild(Iterable<SearchDocument> documents, List<List<String>> thesaurus) {
		this.writing.rebuild(documents, () -> this.thesaurus = new Thesaurus(thesaurus));
	}

	@Override
	public synchronized void update(Collection<SearchDocument> changed, Collection<UUID> removed) {
		this.writing.update(changed, removed);
	}

	@Override
	public Prepared prepare(Iterable<SearchDocument> documents) {
		return this.writing.prepare(documents);
	}

	@Override
	public synchronized void add(Prepared prepared, Collection<UUID> replaced) {
		this.writing.add((IndexWriting.Prepared) prepared, replaced);
	}

	/** The index itself, for the tests that read what it holds. */
	public LuceneIndex index() {
		return this.index;
	}

	@Override
	public void thesaurus(List<List<String>> groups) {
		this.thesaurus = new Thesaurus(groups);
	}

	@Override
	public int size() {
		return this.index.withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	@Override
	public SearchAnswer search(SearchRequest request) {
		Thesaurus current = this.thesaurus;
		return this.index.withSearcher((searcher) -> search(searcher, current, request));
	}

	private SearchAnswer search(IndexSearcher searcher, Thesaurus thesaurus, SearchRequest request) throws IOException {
		Typed typed = (request.text() != null) ? this.queries.words(request, searcher, thesaurus, false) : null;
		Query filter = Filters.filters(request, true);
		// Rewritten once: the counts and each part's top-k search the same query, which
		// Lucene would otherwise rewrite again, the whole tree of words, each time.
		Query main = searcher.rewrite((typed != null) ? Filters.withFilter(KeptScores.within(typed.query()), filter)
				: new ConstantScoreQuery(filter));
		List<Query> segments = Filters.segments(request, typed == null);
		// Facets over the same hits when no theme is chosen: counted in the same pass.
		boolean themesWithParts = request.facets() && request.theme() == null;
		// Counted up to a cap: words found in tens of thousands of services are not
		// counted to the end ("1 000+"); the page's hits come from top-k searches.
		long cap = Math.max(COUNT_CAP, (long) request.offset() + request.size());
		PartCounts.Result parts = searcher.search(main,
				new PartCounts(request, typed == null, segments.size(), themesWithParts, cap));
		if (parts.total() == 0 && typed != null && typed.widens()) {
			// No service holds enough of the words: any one of them will do.
			typed = this.queries.words(request, searcher, thesaurus, true);
			main = searcher.rewrite(Filters.withFilter(KeptScores.within(typed.query()), filter));
			parts = searcher.search(main, new PartCounts(request, false, segments.size(), themesWithParts, cap));
		}
		if (typed != null && typed.widens() && parts.complete() && parts.total() < request.size()) {
			// Fewer services than a page hold enough of the words: those holding any
			// one follow them, as a lower tier (Backfill).
			return Backfill.search(searcher, this.queries.words(request, searcher, thesaurus, true), typed, parts,
					request, filter, segments, themesWithParts, cap);
		}
		List<Ranking.Ranked> page = parts.complete()
				? exactPage(searcher, main, segments, parts.parts(), request, typed != null)
				: cappedPage(searcher, main, segments, request, typed != null);
		long total = parts.total();
		boolean totalCapped = false;
		if (!parts.complete()) {
			// More hits than the cap: the total is a lower bound, more than the hits up
			// to the end of this page; a short page is the last one.
			totalCapped = page.size() == request.size();
			total = totalCapped ? Math.max(cap, (long) request.offset() + request.size()) + 1
					: (long) request.offset() + page.size();
		}
		if (request.explain() && typed != null && !typed.mentions().isEmpty()) {
			page = HitExplanation.explain(searcher, typed, page);
		}
		Map<String, Long> themes = themesWithParts ? parts.themes() : Map.of();
		boolean themesCapped = themesWithParts && !parts.complete();
		if (request.facets() && !themesWithParts) {
			Query all = (typed != null)
					? Filters.withFilter(KeptScores.within(typed.query()), Filters.filters(request, false))
					: new ConstantScoreQuery(Filters.filters(request, false));
			PartCounts.Result counted = searcher.search(all,
					new PartCounts(request, typed == null, segments.size(), true, COUNT_CAP));
			themes = counted.themes();
			themesCapped = !counted.complete();
		}
		return new SearchAnswer(IndexedRows.hits(searcher, page), total, themes,
				(typed != null) ? typed.corrected() : null, totalCapped, themesCapped);
	}

	/** The page when every hit was counted: the parts before it are skipped by count. */
	static List<Ranking.Ranked> exactPage(IndexSearcher searcher, Query main, List<Query> segments, long[] counts,
			SearchRequest request, boolean relevance) throws IOException {
		List<Ranking.Ranked> page = new ArrayList<>();
		long skip = request.offset();
		int need = request.size();
		for (int i = 0; i < segments.size() && need > 0; i++) {
			if (skip >= counts[i]) {
				skip -= counts[i];
				continue;
			}
			int upto = (int) Math.min(counts[i], skip + need);
			List<Ranking.Ranked> ranked = Ranking.rank(searcher, Filters.withFilter(main, segments.get(i)), upto,
					request, relevance);
			List<Ranking.Ranked> slice = ranked.subList((int) skip, Math.min(upto, ranked.size()));
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
	static List<Ranking.Ranked> cappedPage(IndexSearcher searcher, Query main, List<Query> segments,
			SearchRequest request, boolean relevance) throws IOException {
		List<Ranking.Ranked> page = new ArrayList<>();
		long skip = request.offset();
		int need = request.size();
		for (int i = 0; i < segments.size() && need > 0; i++) {
			int upto = (int) (skip + need);
			List<Ranking.Ranked> ranked = Ranking.rank(searcher, Filters.withFilter(main, segments.get(i)), upto,
					request, relevance);
			int from = (int) Math.min(skip, ranked.size());
			List<Ranking.Ranked> slice = ranked.subList(from, ranked.size());
			page.addAll(slice);
			need -= slice.size();
			skip -= from;
		}
		return page;
	}

}
