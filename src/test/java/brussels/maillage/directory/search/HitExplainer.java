package brussels.maillage.directory.search;

import java.util.Map;
import java.util.UUID;

/**
 * Why the judged sets' first hits rank where they do, for a person tuning the search: the
 * words' query alone (no place, no stepped care), its first ten hits among a package's
 * services, each with Lucene's explanation (four levels deep). Printed by
 * {@link FrenchProfessionalQueriesTests} and {@link ConceptCoverageTests} for the texts
 * given in a system property.
 */
final class HitExplainer {

	private HitExplainer() {
	}

	/**
	 * The first hits of the words alone among the services of {@code keys} (by id, each
	 * with its key), explained.
	 */
	static String explained(ServiceSearch search, Map<UUID, String> keys, String text) throws Exception {
		LuceneSearchEngine engine = (LuceneSearchEngine) search.engine();
		java.lang.reflect.Field field = LuceneSearchEngine.class.getDeclaredField("thesaurus");
		field.setAccessible(true);
		Thesaurus thesaurus = (Thesaurus) field.get(engine);
		return engine.index().withSearcher((searcher) -> {
			StringBuilder out = new StringBuilder("explain  " + text + "\n");
			Typed typed = new WordQueries().words(text, null, searcher, thesaurus, false);
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
			return out.toString();
		});
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
