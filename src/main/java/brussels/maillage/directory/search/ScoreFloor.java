package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best {@code k} hits of a query among those scoring at least a floor: the floor is
 * given to the scorers from the first hit on ({@link Scorable#setMinCompetitiveScore}),
 * so that block-max WAND skips every block whose best possible score is below it, not
 * only those below the k-th hit collected so far. The hits are those of
 * {@link TopScoreDocCollectorManager} ({@code k} best by score, ties by document) that
 * score at least the floor.
 */
final class ScoreFloor implements CollectorManager<ScoreFloor.Floored, ScoreDoc[]> {

	private final TopScoreDocCollectorManager top;

	private final float floor;

	/**
	 * @param k hits kept at most
	 * @param floor the lowest score kept, 0 for none
	 */
	ScoreFloor(int k, float floor) {
		// Only the best hits are needed, not how many there are: Lucene may skip blocks
		// that cannot enter them as soon as k hits are collected, not after 1,000.
		this.top = new TopScoreDocCollectorManager(k, null, k);
		this.floor = floor;
	}

	@Override
	public Floored newCollector() {
		return new Floored(this.top.newCollector());
	}

	@Override
	public ScoreDoc[] reduce(Collection<Floored> collectors) throws IOException {
		TopDocs docs = this.top.reduce(collectors.stream().map((collector) -> collector.top).toList());
		ScoreDoc[] hits = docs.scoreDocs;
		int kept = hits.length;
		// Best first: the hits under the floor (scorers may let some through) are last.
		while (kept > 0 && hits[kept - 1].score < this.floor) {
			kept--;
		}
		return (kept == hits.length) ? hits : Arrays.copyOf(hits, kept);
	}

	/** A top-k collector whose scorers are told of the floor from the start. */
	final class Floored extends FilterCollector {

		final TopScoreDocCollector top;

		Floored(TopScoreDocCollector top) {
			super(top);
			this.top = top;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			float floor = ScoreFloor.this.floor;
			if (floor <= 0) {
				return super.getLeafCollector(context);
			}
			return new FilterLeafCollector(super.getLeafCollector(context)) {

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					scorer.setMinCompetitiveScore(floor);
					this.in.setScorer(new FilterScorable(scorer) {

						@Override
						public void setMinCompetitiveScore(float minScore) throws IOException {
							this.in.setMinCompetitiveScore(Math.max(minScore, floor));
						}

					});
				}

			};
		}

	}

}
