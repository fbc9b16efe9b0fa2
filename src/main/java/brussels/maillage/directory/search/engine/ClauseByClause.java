package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.FixedBitSet;

/**
 * A disjunction's hits and scores in one leaf, computed clause by clause (each clause's
 * hits walked once, their scores gathered in arrays as large as the leaf) rather than hit
 * by hit through Lucene's priority queue of every clause: what {@link KeptScores} keeps.
 * The scores are those of Lucene's {@code DisjunctionMaxScorer}: the best clause's score
 * plus the tie-breaker times the sum of the others (in double, then rounded to a float),
 * each clause scored by its own weight made as {@code DisjunctionMaxQuery}'s weight makes
 * it; a disjunction inside (boosted or not) is computed the same way, one level deeper.
 * The sum of the others is taken in another order than Lucene's, which changes nothing
 * while it is exact in double (a few hundred floats of less than 2^20 apart in size);
 * {@code KeptScoresTests} compares the floats.
 */
final class ClauseByClause {

	private final IndexSearcher searcher;

	private final LeafReaderContext context;

	private final int maxDoc;

	/** One set of arrays per depth of disjunction, made when first reached. */
	private final List<Level> levels = new ArrayList<>();

	/** The sums of a conjunction's disjunctions, per depth. */
	private final List<Level> sums = new ArrayList<>();

	private ClauseByClause(IndexSearcher searcher, LeafReaderContext context) {
		this.searcher = searcher;
		this.context = context;
		this.maxDoc = context.reader().maxDoc();
	}

	/** The hits and scores of {@code query} at {@code boost} in a leaf, in order. */
	static KeptList.Leaf leaf(IndexSearcher searcher, DisjunctionMaxQuery query, float boost, LeafReaderContext context)
			throws IOException {
		ClauseByClause walk = new ClauseByClause(searcher, context);
		Level level = walk.disjunction(query, boost, 0);
		int n = level.bits.cardinality();
		int[] docs = new int[n];
		float[] scores = new float[n];
		float max = 0;
		float tie = query.getTieBreakerMultiplier();
		int i = 0;
		for (int doc = level.next(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = level.next(doc + 1)) {
			docs[i] = doc;
			scores[i] = level.score(doc, tie);
			max = Math.max(max, scores[i]);
			i++;
		}
		return new KeptList.Leaf(docs, scores, max);
	}

	/** The disjunction's best and other scores per hit, in the arrays of its depth. */
	private Level disjunction(DisjunctionMaxQuery query, float boost, int depth) throws IOException {
		if (this.levels.size() == depth) {
			this.levels.add(new Level(this.maxDoc));
		}
		Level level = this.levels.get(depth);
		level.bits.clear();
		for (Query clause : query.getDisjuncts()) {
			if (clause instanceof DisjunctionMaxQuery inner) {
				nested(level, inner, boost, depth);
			}
			else if (clause instanceof BoostQuery boosted && boosted.getQuery() instanceof DisjunctionMaxQuery inner) {
				// As BoostQuery.createWeight passes it on.
				nested(level, inner, boosted.getBoost() * boost, depth);
			}
			else if (clause instanceof BoostQuery boosted && disjunctions(boosted.getQuery()) != null) {
				conjunction(level, disjunctions(boosted.getQuery()), boosted.getBoost() * boost, depth);
			}
			else if (disjunctions(clause) != null) {
				conjunction(level, disjunctions(clause), boost, depth);
			}
			else {
				clause(level, clause, boost);
			}
		}
		return level;
	}

	/** Adds a clause's hits and scores, read by its own scorer. */
	private void clause(Level level, Query clause, float boost) throws IOException {
		Weight weight = this.searcher.createWeight(clause, ScoreMode.COMPLETE, boost);
		Scorer scorer = weight.scorer(this.context);
		if (scorer == null) {
			return;
		}
		if (scorer instanceof TermScorer && scorer.iterator() instanceof PostingsEnum postings
				&& term(level, clause, boost, scorer, postings)) {
			return;
		}
		TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
		DocIdSetIterator it = (twoPhase != null) ? TwoPhaseIterator.asDocIdSetIterator(twoPhase) : scorer.iterator();
		for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
			level.add(doc, scorer.score());
		}
	}

	/**
	 * Adds a term's hits, scored as its {@code TermScorer} scores them (its similarity's
	 * scorer made as {@code TermWeight} makes it, at the freq and norm of each hit) with
	 * the norms read from an array ({@link KeptNorms}); {@code false}, having read
	 * nothing, when the term or its norms are not of that kind. The first hit's score is
	 * checked against the scorer's own: if they differ, the scorer scores every hit.
	 */
	private boolean term(Level level, Query clause, float boost, Scorer scorer, PostingsEnum postings)
			throws IOException {
		float termBoost = boost;
		Query inner = clause;
		if (inner instanceof BoostQuery boosted) {
			// As BoostQuery.createWeight passes it on.
			termBoost = boosted.getBoost() * boost;
			inner = boosted.getQuery();
		}
		if (!(inner instanceof TermQuery query) || query.getTermStates() == null
				|| !query.getTermStates().wasBuiltFor(this.searcher.getTopReaderContext())
				|| query.getTermStates().docFreq() <= 0) {
			return false;
		}
		Term term = query.getTerm();
		CollectionStatistics collection = this.searcher.collectionStatistics(term.field());
		byte[] norms = (collection != null) ? KeptNorms.of(this.context.reader(), term.field()) : null;
		if (norms == null) {
			return false;
		}
		TermStatistics statistics = this.searcher.termStatistics(term, query.getTermStates().docFreq(),
				query.getTermStates().totalTermFreq());
		Similarity.SimScorer similarity = this.searcher.getSimilarity().scorer(termBoost, collection, statistics);
		int doc = postings.nextDoc();
		if (doc == DocIdSetIterator.NO_MORE_DOCS) {
			return true;
		}
		float first = scorer.score();
		boolean same = Float.floatToIntBits(first) == Float
			.floatToIntBits(similarity.score(postings.freq(), norms[doc]));
		for (; doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
			level.add(doc, same ? similarity.score(postings.freq(), norms[doc]) : scorer.score());
		}
		return true;
	}

	private void nested(Level level, DisjunctionMaxQuery inner, float boost, int depth) throws IOException {
		Level deeper = disjunction(inner, boost, depth + 1);
		float tie = inner.getTieBreakerMultiplier();
		for (int doc = deeper.next(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = deeper.next(doc + 1)) {
			level.add(doc, deeper.score(doc, tie));
		}
	}

	/**
	 * The disjunctions a conjunction requires (a term of several words: each word's
	 * disjunction), or {@code null} when the query is not only that.
	 */
	private static List<DisjunctionMaxQuery> disjunctions(Query query) {
		if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0
				|| bool.clauses().isEmpty()) {
			return null;
		}
		List<DisjunctionMaxQuery> all = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			if (clause.occur() != BooleanClause.Occur.MUST || !(clause.query() instanceof DisjunctionMaxQuery inner)) {
				return null;
			}
			all.add(inner);
		}
		return all;
	}

	/**
	 * Adds to {@code level} the hits holding every disjunction, each scored as Lucene's
	 * {@code ConjunctionScorer} does: the sum of their scores in double, then a float.
	 */
	private void conjunction(Level level, List<DisjunctionMaxQuery> required, float boost, int depth)
			throws IOException {
		while (this.sums.size() <= depth) {
			this.sums.add(null);
		}
		if (this.sums.get(depth) == null) {
			this.sums.set(depth, new Level(this.maxDoc));
		}
		Level sum = this.sums.get(depth);
		for (int i = 0; i < required.size(); i++) {
			DisjunctionMaxQuery inner = required.get(i);
			Level deeper = disjunction(inner, boost, depth + 1);
			float tie = inner.getTieBreakerMultiplier();
			if (i == 0) {
				sum.bits.clear();
				sum.bits.or(deeper.bits);
				for (int doc = sum.next(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sum.next(doc + 1)) {
					sum.others[doc] = deeper.score(doc, tie);
				}
			}
			else {
				sum.bits.and(deeper.bits);
				for (int doc = sum.next(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sum.next(doc + 1)) {
					sum.others[doc] += deeper.score(doc, tie);
				}
			}
		}
		for (int doc = sum.next(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sum.next(doc + 1)) {
			level.add(doc, (float) sum.others[doc]);
		}
	}

	/** Per hit of a disjunction: the best clause's score and the sum of the others. */
	private static final class Level {

		final FixedBitSet bits;

		final float[] best;

		final double[] others;

		Level(int maxDoc) {
			this.bits = new FixedBitSet(maxDoc);
			this.best = new float[maxDoc];
			this.others = new double[maxDoc];
		}

		int next(int from) {
			return (from >= this.bits.length()) ? DocIdSetIterator.NO_MORE_DOCS : this.bits.nextSetBit(from);
		}

		/** As {@code DisjunctionMaxScorer.score} adds a clause's score. */
		void add(int doc, float score) {
			if (!this.bits.getAndSet(doc)) {
				this.best[doc] = score;
				this.others[doc] = 0;
			}
			else if (score >= this.best[doc]) {
				this.others[doc] += this.best[doc];
				this.best[doc] = score;
			}
			else {
				this.others[doc] += score;
			}
		}

		float score(int doc, float tie) {
			return (float) (this.best[doc] + this.others[doc] * tie);
		}

	}

}
