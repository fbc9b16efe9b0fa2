package brussels.maillage.helpdesk.monitoring;

import java.util.Arrays;

/**
 * Aggregate rows in columns, in the order of their ids: a full load is dense, and rows
 * added later have larger ids (writers go one at a time).
 */
final class CubeRows {

	private final int width;

	int[][] columns;

	long[] ids = new long[0];

	int size;

	CubeRows(int width) {
		this.width = width;
		clear();
	}

	void clear() {
		this.columns = new int[this.width][1024];
		this.ids = new long[1024];
		this.size = 0;
	}

	/** Stores the row; false when its id cannot be placed (the caller reloads). */
	boolean put(long id, int[] row) {
		int slot = (this.size > 0 && id <= this.ids[this.size - 1]) ? Arrays.binarySearch(this.ids, 0, this.size, id)
				: -(this.size + 1);
		if (slot < 0) {
			if (-(slot + 1) != this.size) {
				return false;
			}
			slot = this.size++;
			if (slot == this.ids.length) {
				int capacity = this.ids.length * 2;
				this.ids = Arrays.copyOf(this.ids, capacity);
				for (int c = 0; c < this.width; c++) {
					this.columns[c] = Arrays.copyOf(this.columns[c], capacity);
				}
			}
			this.ids[slot] = id;
		}
		for (int c = 0; c < this.width; c++) {
			this.columns[c][slot] = row[c];
		}
		return true;
	}

}
