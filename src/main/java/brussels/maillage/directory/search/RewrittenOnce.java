package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query rewritten once for all the passes of one search (the counts, each part of
 * stepped care, the lower tier), and its weights made once per way of scoring: Lucene
 * would otherwise rewrite the typed words' query (hashing its hundreds of term queries to
 * remove duplicates) and build its weights again at each pass. It matches and scores as
 * the query it wraps; it equals only itself, so that no cache takes one search's query
 * for another's. Valid only on the searcher it was made with.
 */
final class RewrittenOnce extends Query {

	private final IndexSearcher searcher;

	private final Query rewritten;

	private final Map<String, Weight> weights = new HashMap<>();

	private RewrittenOnce(IndexSearcher searcher, Query rewritten) {
		this.searcher = searcher;
		this.rewritten = rewritten;
	}

	/** The typed words with their query rewritten once on {@code searcher}. */
	static Typed of(IndexSearcher searcher, Typed typed) throws IOException {
		if (typed == null) {
			return null;
		}
		Query rewritten = new RewrittenOnce(searcher, searcher.rewrite(typed.query()));
		return new Typed(rewritten, typed.minimum(), typed.mentions(), typed.corrected(), typed.widens());
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		if (searcher != this.searcher) {
			return searcher.createWeight(searcher.rewrite(this.rewritten), scoreMode, boost);
		}
		String key = scoreMode + "/" + boost;
		synchronized (this.weights) {
			Weight weight = this.weights.get(key);
			if (weight == null) {
				// Not through searcher.createWeight: the searcher puts the query cache
				// around this query's weight as it would around the rewritten query's.
				weight = this.rewritten.createWeight(searcher, scoreMode, boost);
				this.weights.put(key, weight);
			}
			return weight;
		}
	}

	@Override
	public Query rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.rewritten.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return this.rewritten.toString(field);
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
