package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/** A leaf's hits and scores as {@link KeptScores} keeps them, and their scorer. */
final class KeptList {

	private KeptList() {
	}

	/** One leaf's hits in order, their scores and the best of them. */
	record Leaf(int[] docs, float[] scores, float max) {

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
					docs = Arrays.copyOf(docs, n * 2);
					scores = Arrays.copyOf(scores, n * 2);
				}
				docs[n] = doc;
				scores[n] = scorer.score();
				max = Math.max(max, scores[n]);
				n++;
			}
			return new Leaf(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n), max);
		}

	}

	/** Walks a leaf's kept hits. */
	static final class KeptScorer extends Scorer {

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
				int at = Arrays.binarySearch(docs, from, docs.length, target);
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
