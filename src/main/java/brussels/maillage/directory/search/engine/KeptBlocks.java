package brussels.maillage.directory.search.engine;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The best score of each block of {@link #SIZE} consecutive hits of a kept leaf
 * ({@link KeptList.Leaf}), computed once per leaf and forgotten with it: what lets
 * Lucene's block-max WAND, MaxScore and block-max conjunctions skip the blocks of a kept
 * list that cannot enter the best hits, as they skip a term's blocks of postings.
 */
final class KeptBlocks {

	/** Hits per block, a power of two. */
	static final int SIZE = 64;

	static final int SHIFT = Integer.numberOfTrailingZeros(SIZE);

	/** Per leaf's scores (by identity: an array's equality), their blocks' best. */
	private static final Map<float[], float[]> BLOCKS = Collections.synchronizedMap(new WeakHashMap<>());

	private KeptBlocks() {
	}

	/** The best score of each block of the leaf's hits. */
	static float[] of(KeptList.Leaf leaf) {
		float[] scores = leaf.scores();
		float[] blocks = BLOCKS.get(scores);
		if (blocks == null) {
			blocks = new float[(scores.length + SIZE - 1) >>> SHIFT];
			for (int i = 0; i < scores.length; i++) {
				int block = i >>> SHIFT;
				blocks[block] = Math.max(blocks[block], scores[i]);
			}
			BLOCKS.put(scores, blocks);
		}
		return blocks;
	}

}
