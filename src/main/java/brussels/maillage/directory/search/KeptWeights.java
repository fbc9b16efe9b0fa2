package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A word's query (already rewritten) whose weights are made once per searcher and way of
 * scoring, and kept with the word's query in {@link Words.Cache} until the index changes:
 * a word's weight is its terms' statistics and BM25's table of lengths for each of its
 * nine fields, the same at every search of the same index. It matches, scores, equals and
 * hashes as the query it wraps.
 */
final class KeptWeights extends Query {

	private final Query query;

	private final int hash;

	/** The weights made on the last searcher (another searcher's are forgotten). */
	private volatile Kept kept;

	/** A word's query, rewritten, kept with its weights. */
	static Query of(IndexSearcher searcher, Query query) throws IOException {
		return new KeptWeights(searcher.rewrite(query));
	}

	private KeptWeights(Query rewritten) {
		this.query = rewritten;
		this.hash = rewritten.hashCode();
	}

	/** The query wrapped. */
	Query query() {
		return this.query;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Kept current = this.kept;
		if (current == null || current.searcher() != searcher) {
			current = new Kept(searcher, new ConcurrentHashMap<>());
			this.kept = current;
		}
		String key = scoreMode + "/" + Float.floatToIntBits(boost);
		Weight weight = current.weights().get(key);
		if (weight == null) {
			// Not through searcher.createWeight: the searcher puts the query cache
			// around this query's weight as it would around the wrapped query's.
			weight = this.query.createWeight(searcher, scoreMode, boost);
			current.weights().put(key, weight);
		}
		return weight;
	}

	private record Kept(IndexSearcher searcher, ConcurrentMap<String, Weight> weights) {
	}

	@Override
	public Query rewrite(IndexSearcher searcher) {
		return this;
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
		return sameClassAs(other) && this.hash == ((KeptWeights) other).hash
				&& this.query.equals(((KeptWeights) other).query);
	}

	@Override
	public int hashCode() {
		return this.hash;
	}

}
