package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A word's or a thesaurus concept's query of many alternatives (a
 * {@link DisjunctionMaxQuery} over its forms, fields and equivalents) whose hits and
 * scores are kept for the index reader they were computed on: the next search naming the
 * same word walks one list instead of the postings of every alternative. The scores are
 * the inner query's own, computed once by Lucene at the same boost, so every answer is
 * the same (the same floats, summed by the same enclosing queries); they are forgotten
 * when the reader closes (the index changed) or when more than {@link #BUDGET} hits are
 * kept. The first search naming a word scores all its hits, without skipping.
 */
final class KeptScores extends Query {

	/** Disjunctions looking up at least this many terms are kept. */
	static final int FROM = 8;

	/** Hits kept at most per reader (8 bytes each), then forgotten all at once. */
	static final long BUDGET = 8_000_000;

	/** What is kept per open index reader, forgotten when it closes. */
	private static final Map<IndexReader.CacheKey, Kept> KEPT = new ConcurrentHashMap<>();

	private final Query query;

	private KeptScores(Query query) {
		this.query = query;
	}

	/** The query with its disjunctions of many alternatives kept, the same otherwise. */
	static Query within(Query query) {
		if (query instanceof DisjunctionMaxQuery disjunction) {
			return (terms(disjunction) >= FROM) ? new KeptScores(query) : query;
		}
		if (query instanceof BoostQuery boosted) {
			Query inner = within(boosted.getQuery());
			return (inner == boosted.getQuery()) ? query : new BoostQuery(inner, boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder builder = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			boolean changed = false;
			for (BooleanClause clause : bool.clauses()) {
				Query inner = within(clause.query());
				changed |= inner != clause.query();
				builder.add(inner, clause.occur());
			}
			return changed ? builder.build() : query;
		}
		return query;
	}

	/** How many terms a query looks up. */
	private static int terms(Query query) {
		int[] count = { 0 };
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, org.apache.lucene.index.Term... terms) {
				count[0] += terms.length;
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}

		});
		return count[0];
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.query.rewrite(searcher);
		if (rewritten == this.query) {
			return this;
		}
		return (rewritten instanceof DisjunctionMaxQuery) ? new KeptScores(rewritten) : rewritten;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Leaf[] leaves = kept(searcher, boost);
		if (leaves == null) {
			return this.query.createWeight(searcher, scoreMode, boost);
		}
		return new Weight(this) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) {
				Leaf leaf = leaves[context.ord];
				return (leaf.docs.length == 0) ? null : new DefaultScorerSupplier(new KeptScorer(leaf));
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				return searcher.createWeight(KeptScores.this.query, ScoreMode.COMPLETE, boost).explain(context, doc);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	/** The inner query's hits and scores at this boost on the searcher's reader. */
	private Leaf[] kept(IndexSearcher searcher, float boost) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		Kept kept = KEPT.get(helper.getKey());
		if (kept == null) {
			kept = new Kept();
			if (KEPT.putIfAbsent(helper.getKey(), kept) == null) {
				helper.addClosedListener(KEPT::remove);
			}
			kept = KEPT.getOrDefault(helper.getKey(), kept);
		}
		Key key = new Key(this.query, boost);
		Leaf[] leaves = kept.entries.get(key);
		if (leaves != null) {
			return leaves;
		}
		Weight weight = searcher.createWeight(this.query, ScoreMode.COMPLETE, boost);
		List<LeafReaderContext> contexts = reader.leaves();
		leaves = new Leaf[contexts.size()];
		long size = 0;
		for (LeafReaderContext context : contexts) {
			leaves[context.ord] = Leaf.of(weight.scorer(context));
			size += leaves[context.ord].docs.length;
		}
		if (kept.size.addAndGet(size) > BUDGET) {
			// Past the budget: start again from what the next searches name.
			kept.entries.clear();
			kept.size.set(0);
		}
		else {
			kept.entries.put(key, leaves);
		}
		return leaves;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.query.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return this.query.toString(field);
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.query.equals(((KeptScores) other).query);
	}

	@Override
	public int hashCode() {
		return classHash() * 31 + this.query.hashCode();
	}

	private record Key(Query query, float boost) {
	}

	/** What is kept for one reader. */
	private static final class Kept {

		final Map<Key, Leaf[]> entries = new ConcurrentHashMap<>();

		final AtomicLong size = new AtomicLong();

	}

	/** One leaf's hits in order, their scores and the best of them. */
	private record Leaf(int[] docs, float[] scores, float max) {

		static Leaf of(Scorer scorer) throws IOException {
			if (scorer == null) {
				return new Leaf(new int[0], new float[0], 0);
			}
			int[] docs = new int[16];
			float[] scores = new float[16];
			int n = 0;
			float max = 0;
			DocIdSetIterator it = scorer.iterator();
			for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
				if (n == docs.length) {
					docs = java.util.Arrays.copyOf(docs, n * 2);
					scores = java.util.Arrays.copyOf(scores, n * 2);
				}
				docs[n] = doc;
				scores[n] = scorer.score();
				max = Math.max(max, scores[n]);
				n++;
			}
			return new Leaf(java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(scores, n), max);
		}

	}

	/** Walks a leaf's kept hits. */
	private static final class KeptScorer extends Scorer {

		private final Leaf leaf;

		private int index = -1;

		private int doc = -1;

		private final DocIdSetIterator iterator = new DocIdSetIterator() {

			@Override
			public int docID() {
				return KeptScorer.this.doc;
			}

			@Override
			public int nextDoc() {
				return move(KeptScorer.this.index + 1);
			}

			@Override
			public int advance(int target) {
				int[] docs = KeptScorer.this.leaf.docs;
				int from = Math.max(KeptScorer.this.index + 1, 0);
				int at = java.util.Arrays.binarySearch(docs, from, docs.length, target);
				return move((at >= 0) ? at : -at - 1);
			}

			@Override
			public long cost() {
				return KeptScorer.this.leaf.docs.length;
			}

		};

		KeptScorer(Leaf leaf) {
			this.leaf = leaf;
		}

		private int move(int to) {
			this.index = to;
			this.doc = (to < this.leaf.docs.length) ? this.leaf.docs[to] : DocIdSetIterator.NO_MORE_DOCS;
			return this.doc;
		}

		@Override
		public int docID() {
			return this.doc;
		}

		@Override
		public DocIdSetIterator iterator() {
			return this.iterator;
		}

		@Override
		public float getMaxScore(int upTo) {
			return this.leaf.max;
		}

		@Override
		public float score() {
			return this.leaf.scores[this.index];
		}

	}

}
