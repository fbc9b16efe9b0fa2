package brussels.maillage.directory.search.intents;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches whatever the search, kept per segment of the index as a
 * bit set until the segment is gone: the services meant for a group ({@link Intents}),
 * whose query is about a hundred words and phrases over three fields, are looked up and
 * walked once per segment rather than at every search that names the group. Matches only
 * (no score): used where a constant score is given. A segment written after an edit is
 * read once; the others keep their sets. Deleted documents may stay in a set: the search
 * around it skips them.
 */
final class KeptMatches extends Query {

	/** The sets of each segment's core, by the query's key. */
	private static final Map<Object, Map<String, FixedBitSet>> SETS = new ConcurrentHashMap<>();

	private final String key;

	private final Query query;

	/**
	 * @param key names {@code query} among the kept ones (equal keys, equal queries)
	 * @param query the query whose matches are kept
	 */
	KeptMatches(String key, Query query) {
		this.key = key;
		this.query = query;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			/** The query's own weight, made only for a segment whose set is not kept. */
			private Weight inner;

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				FixedBitSet bits = bits(context);
				long cardinality = bits.cardinality();
				if (cardinality == 0) {
					return null;
				}
				float score = score();
				return new ScorerSupplier() {
					@Override
					public Scorer get(long leadCost) {
						return new ConstantScoreScorer(score, scoreMode, new BitSetIterator(bits, cardinality));
					}

					@Override
					public long cost() {
						return cardinality;
					}
				};
			}

			private FixedBitSet bits(LeafReaderContext context) throws IOException {
				IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
				Map<String, FixedBitSet> kept = (helper != null) ? kept(helper) : null;
				FixedBitSet bits = (kept != null) ? kept.get(KeptMatches.this.key) : null;
				if (bits == null) {
					bits = read(context);
					if (kept != null) {
						kept.put(KeptMatches.this.key, bits);
					}
				}
				return bits;
			}

			private FixedBitSet read(LeafReaderContext context) throws IOException {
				synchronized (this) {
					if (this.inner == null) {
						this.inner = searcher.createWeight(searcher.rewrite(KeptMatches.this.query),
								ScoreMode.COMPLETE_NO_SCORES, 1f);
					}
				}
				FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
				Scorer scorer = this.inner.scorer(context);
				if (scorer != null) {
					DocIdSetIterator matches = scorer.iterator();
					for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
						bits.set(doc);
					}
				}
				return bits;
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				// Kept here already.
				return false;
			}

		};
	}

	/** The sets kept for a segment's core, forgotten when the core is closed. */
	private static Map<String, FixedBitSet> kept(IndexReader.CacheHelper helper) {
		IndexReader.CacheKey core = helper.getKey();
		Map<String, FixedBitSet> kept = SETS.get(core);
		if (kept == null) {
			Map<String, FixedBitSet> created = new ConcurrentHashMap<>();
			kept = SETS.putIfAbsent(core, created);
			if (kept == null) {
				kept = created;
				helper.addClosedListener(SETS::remove);
			}
		}
		return kept;
	}

	@Override
	public String toString(String field) {
		return "kept(" + this.key + ")";
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.key.equals(((KeptMatches) other).key)
				&& this.query.equals(((KeptMatches) other).query);
	}

	@Override
	public int hashCode() {
		return 31 * classHash() + this.key.hashCode();
	}

}
