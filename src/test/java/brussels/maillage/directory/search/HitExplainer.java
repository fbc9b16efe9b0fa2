package brussels.maillage.directory.search;

import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.search.query.Typed;
import brussels.maillage.directory.search.query.WordQueries;
import brussels.maillage.directory.search.words.Thesaurus;

/**
 * Why the judged sets' first hits rank where they do, for a person tuning the search: the
 * text read as the search reads it (the place typed taken out of the words, the person's
 * place then the one typed, else the one chosen), the words' query alone (no place, no
 * stepped care) with its first ten hits among a package's services, each with Lucene's
 * explanation (four levels deep), then the same services as the search ranks them (by
 * part of stepped care, relevance blended with closeness). Printed by
 * {@link FrenchProfessionalQueriesTests} and {@link ConceptCoverageTests} for the texts
 * given in a system property.
 */
final class HitExplainer {

	private HitExplainer() {
	}

	/**
	 * The first hits of the words alone among the services of {@code keys} (by id, each
	 * with its key), explained, then as the search ranks them, without a place chosen.
	 */
	static String explained(ServiceSearch search, Map<UUID, String> keys, String text) throws Exception {
		return explained(search, keys, text, Place.NOWHERE);
	}

	/**
	 * The first hits of the words alone among the services of {@code keys} (by id, each
	 * with its key), explained, then as the search ranks them for a person at
	 * {@code place} (the one chosen, which a place typed in the text replaces).
	 */
	static String explained(ServiceSearch search, Map<UUID, String> keys, String text, Place place) throws Exception {
		LuceneSearchEngine engine = (LuceneSearchEngine) search.engine();
		Thesaurus thesaurus = (Thesaurus) field(engine, "thesaurus");
		WordQueries queries = (WordQueries) field(engine, "queries");
		SearchRequest request = search
			.prepare(new SearchQuery(text, null, null, false, null, place, null, null, 0, SearchQuery.MAX_SIZE, null,
					null, null), false)
			.request();
		StringBuilder out = new StringBuilder("explain  " + text + "\n");
		out.append("  read: words ")
			.append(request.text())
			.append(" | place words ")
			.append(request.placeWords())
			.append(" | quartier ")
			.append(request.quartier())
			.append(" commune ")
			.append(request.commune())
			.append(" bassin ")
			.append(request.bassin())
			.append('\n');
		if (request.text() == null) {
			return out.toString();
		}
		engine.index().withSearcher((searcher) -> {
			Typed typed = queries.words(request, searcher, thesaurus, false);
			out.append("  query ").append(typed.query()).append('\n');
			int shown = 0;
			for (org.apache.lucene.search.ScoreDoc hit : searcher.search(typed.query(), 2000).scoreDocs) {
				String key = keys.get(id(searcher, hit.doc));
				if (key == null || shown++ >= 10) {
					continue;
				}
				out.append(String.format("  %.3f %s%n", hit.score, key));
				explain(searcher.explain(typed.query(), hit.doc), "    ", 0, out);
			}
			return null;
		});
		out.append("  as the search ranks them (score with closeness, closeness, km):\n");
		int shown = 0;
		for (SearchAnswer.Hit hit : engine.search(request).hits()) {
			String key = keys.get(hit.id());
			if (key != null && shown++ < 10) {
				out.append(String.format("  %.3f %s %s %s%n", hit.score(), hit.closeness(), hit.distanceKm(), key));
			}
		}
		return out.toString();
	}

	private static Object field(LuceneSearchEngine engine, String name) throws ReflectiveOperationException {
		java.lang.reflect.Field field = LuceneSearchEngine.class.getDeclaredField(name);
		field.setAccessible(true);
		return field.get(engine);
	}

	private static UUID id(org.apache.lucene.search.IndexSearcher searcher, int doc) throws java.io.IOException {
		for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
				org.apache.lucene.index.BinaryDocValues ids = leaf.reader().getBinaryDocValues("id");
				ids.advanceExact(doc - leaf.docBase);
				java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(ids.binaryValue().bytes, ids.binaryValue().offset,
						16);
				return new UUID(bytes.getLong(), bytes.getLong());
			}
		}
		return null;
	}

	private static void explain(org.apache.lucene.search.Explanation explanation, String indent, int depth,
			StringBuilder out) {
		if (depth > 3 || explanation.getValue().doubleValue() == 0) {
			return;
		}
		String description = explanation.getDescription();
		out.append(indent)
			.append(String.format("%.3f ", explanation.getValue().doubleValue()))
			.append(description, 0, Math.min(description.length(), 110))
			.append('\n');
		for (org.apache.lucene.search.Explanation detail : explanation.getDetails()) {
			explain(detail, indent + "  ", depth + 1, out);
		}
	}

}
