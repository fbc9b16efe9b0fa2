package brussels.maillage.directory.review;

import java.util.List;

/**
 * A page of the review queue.
 *
 * @param items services due for review on this page
 * @param total how many are due
 * @param page page number, from 0
 * @param size page size
 * @param months the period without verification that makes a service due
 */
record ReviewQueue(List<ReviewItem> items, long total, int page, int size, long months) {

	/** Number of pages, at least one. */
	public long pages() {
		return Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
