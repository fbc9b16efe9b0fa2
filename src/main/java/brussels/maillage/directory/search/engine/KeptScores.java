package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import brussels.maillage.directory.search.query.Coverage;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
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
 * kept. A disjunction is kept from the second search naming it, which scores all its hits
 * without skipping; the first runs it as before.
 */
final class KeptScores extends Query {

	/** Disjunctions looking up at least this many terms are kept. */
	static final int FROM = 8;

	/** Hits kept at most per reader (8 bytes each), then forgotten all at once. */
	static final long BUDGET = 8_000_000;

	/** Disjunctions remembered as seen at most, then forgotten all at once. */
	private static final int SEEN = 10_000;

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
		if (query instanceof Coverage coverage) {
			return coverage.over(within(coverage.scored()));
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
		KeptList.Leaf[] leaves = kept(searcher, boost);
		if (leaves == null) {
			return searcher.createWeight(this.query, scoreMode, boost);
		}
		return new Weight(this) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) {
				KeptList.Leaf leaf = leaves[context.ord];
				return (leaf.docs().length == 0) ? null : new DefaultScorerSupplier(new KeptList.KeptScorer(leaf));
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
	private KeptList.Leaf[] kept(IndexSearcher searcher, float boost) throws IOException {
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
		KeptList.Leaf[] leaves = kept.entries.get(key);
		if (leaves != null) {
			return leaves;
		}
		// Kept from the second search naming it: a word searched once is searched as
		// before, with Lucene's skipping.
		KeptScores before = kept.seen.put(key, this);
		if (before == null || before == this) {
			if (kept.seen.size() > SEEN) {
				kept.seen.clear();
			}
			return null;
		}
		kept.seen.remove(key);
		List<LeafReaderContext> contexts = reader.leaves();
		leaves = new KeptList.Leaf[contexts.size()];
		long size = 0;
		for (LeafReaderContext context : contexts) {
			leaves[context.ord] = leaf(searcher, boost, context);
			size += leaves[context.ord].docs().length;
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

	/** The inner query's hits and scores in a leaf, clause by clause. */
	private KeptList.Leaf leaf(IndexSearcher searcher, float boost, LeafReaderContext context) throws IOException {
		if (this.query instanceof DisjunctionMaxQuery disjunction) {
			return ClauseByClause.leaf(searcher, disjunction, boost, context);
		}
		return KeptList.Leaf.of(searcher.createWeight(this.query, ScoreMode.COMPLETE, boost).scorer(context));
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

		final Map<Key, KeptList.Leaf[]> entries = new ConcurrentHashMap<>();

		final AtomicLong size = new AtomicLong();

		/** The last search (its query) that named each disjunction not kept yet. */
		final Map<Key, KeptScores> seen = new ConcurrentHashMap<>();

	}

}
