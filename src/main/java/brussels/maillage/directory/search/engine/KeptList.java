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

		/** The first hit of the block last shallow-advanced to. */
		private int shallow;

		/** Hits scoring less may be skipped (Lucene's minimum competitive score). */
		private float minScore;

		private float[] blocks;

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
			float[] scores = this.leaf.scores;
			float min = this.minScore;
			if (min > 0) {
				// Lucene asks for the hits scoring at least this only: those below it are
				// skipped, a block at a time when its best is below it.
				float[] blocks = blocks();
				while (to < scores.length && scores[to] < min) {
					int block = to >>> KeptBlocks.SHIFT;
					to = (blocks[block] < min) ? (block + 1) << KeptBlocks.SHIFT : to + 1;
				}
				to = Math.min(to, scores.length);
			}
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

		/** The best score of each block of hits, read when first needed. */
		private float[] blocks() {
			if (this.blocks == null) {
				this.blocks = KeptBlocks.of(this.leaf);
			}
			return this.blocks;
		}

		/** The first hit at or after {@code target}, from {@code from} on. */
		private int at(int from, int target) {
			int[] docs = this.leaf.docs;
			int at = Arrays.binarySearch(docs, from, docs.length, target);
			return (at >= 0) ? at : -at - 1;
		}

		@Override
		public int advanceShallow(int target) {
			int[] docs = this.leaf.docs;
			int from = (this.index >= 0 && this.index < docs.length && docs[this.index] <= target) ? this.index : 0;
			int at = at(from, target);
			if (at >= docs.length) {
				this.shallow = docs.length;
				return DocIdSetIterator.NO_MORE_DOCS;
			}
			int block = at >>> KeptBlocks.SHIFT;
			this.shallow = block << KeptBlocks.SHIFT;
			return docs[Math.min((block + 1) << KeptBlocks.SHIFT, docs.length) - 1];
		}

		@Override
		public float getMaxScore(int upTo) {
			int[] docs = this.leaf.docs;
			int from = this.shallow;
			if (from >= docs.length) {
				return 0;
			}
			// The hits from the block shallow-advanced to, up to upTo included.
			int end = (upTo == DocIdSetIterator.NO_MORE_DOCS) ? docs.length
					: at(from, (upTo == Integer.MAX_VALUE) ? upTo : upTo + 1);
			if (end <= from) {
				return 0;
			}
			if (from == 0 && end == docs.length) {
				return this.leaf.max;
			}
			float[] blocks = blocks();
			float max = 0;
			for (int block = from >>> KeptBlocks.SHIFT; block <= (end - 1) >>> KeptBlocks.SHIFT; block++) {
				max = Math.max(max, blocks[block]);
			}
			return max;
		}

		@Override
		public void setMinCompetitiveScore(float minScore) {
			this.minScore = minScore;
		}

		@Override
		public float score() {
			return this.leaf.scores[this.index];
		}

	}

}
