package brussels.maillage.directory.search.engine;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.index.ImportedService;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A request's filters, and the parts of stepped care (the services covering the person's
 * place, those that may, the others) as queries.
 */
final class Filters {

	private Filters() {
	}

	static Query withFilter(Query query, Query filter) {
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	/** The filters of a request (the theme's only when {@code withTheme}). */
	static Query filters(SearchRequest request, boolean withTheme) {
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
	 * person's code is not known, or written in words the directory cannot read), the
	 * others. Browsing (no words), the services covering the place are shown level by
	 * level, closest first.
	 */
	static List<Query> segments(SearchRequest request, boolean browsing) {
		if (!request.placeKnown()) {
			if (browsing) {
				// An area the directory cannot read is listed with the region's, as
				// before
				// the person's place is known.
				Query regional = any(List.of(new TermQuery(new Term("area", "REGION")),
						new TermQuery(new Term("level", ImportedService.UNKNOWN_AREA))));
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
		// An area written in words the directory cannot read ("Gare du Midi") may or may
		// not cover the place.
		undecided.add(new TermQuery(new Term("level", ImportedService.UNKNOWN_AREA)));
		List<Query> segments = new ArrayList<>(browsing ? covering : List.of(any(covering)));
		segments.add(any(undecided));
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

}
