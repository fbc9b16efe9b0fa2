package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query's score times the share of the typed concepts a service answers (coordination
 * over concepts rather than words): a kind of help, a condition, who the help is for
 * ("logopède pour un enfant", "doctor for undocumented migrants"). A concept counts once
 * however many of its words or thesaurus equivalents a service holds, so that a service
 * holding one concept many times ("enfants" in its name, its themes and its text) does
 * not pass a service answering every concept. The matches are those of the query; only
 * their order changes. The share is at most one: the query's score bounds this one, and
 * Lucene still skips the blocks of hits that cannot enter the best (block-max WAND).
 */
public final class Coverage extends Query {

	private final Query scored;

	private final List<Query> concepts;

	private final float[] weights;

	/**
	 * @param scored the query whose matches and score are kept
	 * @param concepts one query per concept typed (matches only), see
	 * {@code TypedConcepts}
	 * @param weights the weight of each concept
	 */
	public Coverage(Query scored, List<Query> concepts, float[] weights) {
		this.scored = scored;
		this.concepts = List.copyOf(concepts);
		this.weights = weights.clone();
	}

	/** The query whose matches and score are kept. */
	public Query scored() {
		return this.scored;
	}

	/**
	 * The same coverage over another form of the scored query, with the same matches and
	 * scores (see {@link KeptScores#within(Query)}).
	 */
	public Coverage over(Query scored) {
		return (scored == this.scored) ? this : new Coverage(scored, this.concepts, this.weights);
	}

	/** The weighted share of the concepts answered ({@code matched}). */
	private float share(boolean[] matched) {
		float held = 0;
		float all = 0;
		for (int i = 0; i < matched.length; i++) {
			held += matched[i] ? this.weights[i] : 0;
			all += this.weights[i];
		}
		return held / all;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.scored.rewrite(searcher);
		List<Query> concepts = new ArrayList<>(this.concepts.size());
		boolean changed = rewritten != this.scored;
		for (Query concept : this.concepts) {
			Query one = concept.rewrite(searcher);
			changed |= one != concept;
			concepts.add(one);
		}
		return changed ? new Coverage(rewritten, concepts, this.weights) : this;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight inner = this.scored.createWeight(searcher, scoreMode, boost);
		if (!scoreMode.needsScores()) {
			return inner;
		}
		List<Weight> weights = new ArrayList<>(this.concepts.size());
		for (Query concept : this.concepts) {
			weights.add(searcher.createWeight(searcher.rewrite(concept), ScoreMode.COMPLETE_NO_SCORES, 1f));
		}
		return new FilterWeight(this, inner) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				ScorerSupplier supplier = this.in.scorerSupplier(context);
				if (supplier == null) {
					return null;
				}
				List<ScorerSupplier> suppliers = new ArrayList<>(weights.size());
				for (Weight weight : weights) {
					suppliers.add(weight.scorerSupplier(context));
				}
				return new ScorerSupplier() {

					@Override
					public Scorer get(long leadCost) throws IOException {
						Scorer scorer = supplier.get(leadCost);
						List<Matcher> matchers = new ArrayList<>(suppliers.size());
						for (ScorerSupplier one : suppliers) {
							matchers.add((one != null) ? new Matcher(one.get(supplier.cost())) : null);
						}
						return new Covered(scorer, matchers);
					}

					@Override
					public long cost() {
						return supplier.cost();
					}

					@Override
					public void setTopLevelScoringClause() throws IOException {
						supplier.setTopLevelScoringClause();
					}

				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Explanation explanation = this.in.explain(context, doc);
				if (!explanation.isMatch()) {
					return explanation;
				}
				boolean[] matched = new boolean[weights.size()];
				for (int i = 0; i < matched.length; i++) {
					matched[i] = weights.get(i).explain(context, doc).isMatch();
				}
				float share = share(matched);
				return Explanation.match(explanation.getValue().floatValue() * share,
						"coverage " + share + " of " + weights.size() + " concepts, times:", explanation);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	/** Whether a concept holds a document, asked in increasing document order. */
	private static final class Matcher {

		private final DocIdSetIterator approximation;

		private final TwoPhaseIterator twoPhase;

		private int doc = -1;

		private boolean matches;

		Matcher(Scorer scorer) {
			this.twoPhase = scorer.twoPhaseIterator();
			this.approximation = (this.twoPhase != null) ? this.twoPhase.approximation() : scorer.iterator();
		}

		boolean holds(int target) throws IOException {
			if (target != this.doc) {
				this.doc = target;
				int at = this.approximation.docID();
				if (at < target) {
					at = this.approximation.advance(target);
				}
				this.matches = at == target && (this.twoPhase == null || this.twoPhase.matches());
			}
			return this.matches;
		}

	}

	/** The query's scorer, its score times the share of concepts held. */
	private final class Covered extends Scorer {

		private final Scorer in;

		private final List<Matcher> matchers;

		private final boolean[] matched;

		Covered(Scorer in, List<Matcher> matchers) {
			this.in = in;
			this.matchers = matchers;
			this.matched = new boolean[matchers.size()];
		}

		@Override
		public float score() throws IOException {
			int doc = this.in.docID();
			for (int i = 0; i < this.matched.length; i++) {
				Matcher matcher = this.matchers.get(i);
				this.matched[i] = matcher != null && matcher.holds(doc);
			}
			return this.in.score() * share(this.matched);
		}

		@Override
		public int docID() {
			return this.in.docID();
		}

		@Override
		public DocIdSetIterator iterator() {
			return this.in.iterator();
		}

		@Override
		public TwoPhaseIterator twoPhaseIterator() {
			return this.in.twoPhaseIterator();
		}

		@Override
		public int advanceShallow(int target) throws IOException {
			return this.in.advanceShallow(target);
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			// The share is at most one.
			return this.in.getMaxScore(upTo);
		}

		@Override
		public void setMinCompetitiveScore(float minScore) throws IOException {
			// A hit below it in the query's score is below it here too.
			this.in.setMinCompetitiveScore(minScore);
		}

	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.scored.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return "coverage(" + this.scored.toString(field) + ", " + this.concepts + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.scored.equals(((Coverage) other).scored)
				&& this.concepts.equals(((Coverage) other).concepts)
				&& java.util.Arrays.equals(this.weights, ((Coverage) other).weights);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.scored, this.concepts);
	}

}
