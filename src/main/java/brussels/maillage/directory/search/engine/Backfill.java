package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.query.Typed;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Recall for a search that finds fewer services than a page: the services holding enough
 * of the words come first, as they are ranked, and the services holding any one of the
 * words follow them as a lower tier, each saying that it matches part of the words. A
 * need said in other words than a service's ("aide pour remplir mes papiers") often
 * shares one word with several relevant services and all the words with one or none.
 * Their disjunctions of many alternatives are kept as the main search keeps them
 * ({@link KeptScores#within(Query)}): the same hits and scores.
 */
final class Backfill {

	private Backfill() {
	}

	/**
	 * The answer: {@code strict}'s hits ({@code counted} in {@code parts}), then those of
	 * {@code relaxed} that {@code strict} does not hold.
	 */
	static SearchAnswer search(IndexSearcher searcher, Typed relaxed, Typed strict, PartCounts.Result counted,
			SearchRequest request, Query filter, List<Query> segments, boolean themesWithParts, long cap)
			throws IOException {
		Query strictKept = KeptScores.within(strict.query());
		Query relaxedKept = KeptScores.within(relaxed.query());
		Query first = Filters.withFilter(strictKept, filter);
		Query lower = Filters.withFilter(
				new BooleanQuery.Builder().add(relaxedKept, Occur.MUST).add(strictKept, Occur.MUST_NOT).build(),
				filter);
		PartCounts.Result more = searcher.search(lower,
				new PartCounts(request, false, segments.size(), themesWithParts, cap));
		long strictTotal = counted.total();
		List<Ranking.Ranked> page = new ArrayList<>();
		if (request.offset() < strictTotal) {
			page.addAll(LuceneSearchEngine.exactPage(searcher, first, segments, counted.parts(), request, true));
		}
		int need = request.size() - page.size();
		int strictOnPage = page.size();
		if (need > 0) {
			SearchRequest rest = new SearchRequest(request.text(), request.theme(), request.language(),
					request.accessibleOnly(), request.kind(), request.organizationId(), request.modifiedAfter(),
					request.audience(), request.openMinute(), request.age(), request.quartier(), request.commune(),
					request.bassin(), request.lat(), request.lon(), (int) Math.max(0, request.offset() - strictTotal),
					need, request.facets(), request.term(), request.openDay(), request.placeWords(), request.explain());
			page.addAll(
					more.complete() ? LuceneSearchEngine.exactPage(searcher, lower, segments, more.parts(), rest, true)
							: LuceneSearchEngine.cappedPage(searcher, lower, segments, rest, true));
		}
		long total = strictTotal + more.total();
		boolean totalCapped = false;
		if (!more.complete()) {
			totalCapped = page.size() == request.size();
			total = totalCapped ? Math.max(cap, (long) request.offset() + request.size()) + 1
					: (long) request.offset() + page.size();
		}
		if (request.explain() && !strict.mentions().isEmpty()) {
			page = HitExplanation.explain(searcher, strict, page);
		}
		Map<String, Long> themes = Map.of();
		boolean themesCapped = false;
		if (themesWithParts) {
			Map<String, Long> both = new HashMap<>(counted.themes());
			more.themes().forEach((theme, count) -> both.merge(theme, count, Long::sum));
			themes = both;
			themesCapped = !more.complete();
		}
		else if (request.facets()) {
			// A theme is chosen: the counts per theme of every service holding any word.
			Query any = Filters.withFilter(relaxedKept, Filters.filters(request, false));
			PartCounts.Result all = searcher.search(any,
					new PartCounts(request, false, segments.size(), true, LuceneSearchEngine.COUNT_CAP));
			themes = all.themes();
			themesCapped = !all.complete();
		}
		List<SearchAnswer.Hit> hits = IndexedRows.hits(searcher, page);
		List<SearchAnswer.Hit> marked = new ArrayList<>(hits.size());
		for (int i = 0; i < hits.size(); i++) {
			marked.add((i < strictOnPage) ? hits.get(i) : hits.get(i).asPartial());
		}
		return new SearchAnswer(marked, total, themes, strict.corrected(), totalCapped, themesCapped);
	}

}
