package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Whether a thesaurus concept is named by so few services that its broader concepts are
 * searched too ("kétamine" ⊂ "assuétudes"): fewer than a page of results. A concept that
 * many services name ("aide familiale") keeps its own results, without the services of
 * its broader concept ("aide et soins à domicile") among them. Counted once per index
 * reader, and only up to {@link #BELOW}: a concept thousands of services name costs no
 * more than a rare one.
 */
final class Narrow {

	/** Services naming a concept below which its broader concepts are searched too. */
	static final int BELOW = 10;

	private Narrow() {
	}

	/**
	 * @param group the concept's thesaurus group
	 * @param own the queries of its own terms (as typed, its equivalents)
	 */
	static boolean few(WordCache cache, int group, List<Query> own, IndexSearcher searcher) throws IOException {
		if (own.isEmpty()) {
			return true;
		}
		String key = String.valueOf(group);
		Integer count = cache.counts().get(key);
		if (count == null) {
			UpTo upTo = new UpTo();
			searcher.search(new DisjunctionMaxQuery(own, 0f), upTo);
			count = upTo.count;
			cache.remember(cache.counts(), key, count);
		}
		return count < BELOW;
	}

	/** Counts matching services until {@link #BELOW}, then stops reading. */
	private static final class UpTo extends SimpleCollector {

		private int count;

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			if (this.count >= BELOW) {
				throw new CollectionTerminatedException();
			}
		}

		@Override
		public void collect(int doc) {
			if (++this.count >= BELOW) {
				throw new CollectionTerminatedException();
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
