package brussels.maillage.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import brussels.maillage.system.DisclosedTable.Cell;
import brussels.maillage.system.DisclosedTable.Hidden;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader trying to recompute hidden counts: knows the shown cells and totals, that
 * "&lt;5" means 1 to 4 and that "x" means at least 5 (small counts are always "&lt;5"),
 * and tries every combination of the hidden inner cells.
 */
public final class DisclosureAttack {

	private DisclosureAttack() {
	}

	/**
	 * Tries every value of the hidden inner cells (1-4 for "&lt;5", 5 up to the largest
	 * count for "x"), keeps the combinations that give every shown total, and checks that
	 * each hidden cell and total still has two possible values.
	 */
	public static void assertNothingCanBeRecomputed(long[][] truth, DisclosedTable shown) {
		int rows = truth.length;
		int columns = truth[0].length;
		long largest = 0;
		List<int[]> hidden = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				largest = Math.max(largest, truth[row][column]);
				if (shown.cell(row, column).hidden() != Hidden.NONE) {
					hidden.add(new int[] { row, column });
				}
			}
		}
		long ceiling = largest + 6;
		List<Set<Long>> possible = new ArrayList<>();
		for (int i = 0; i < hidden.size() + rows + columns + 1; i++) {
			possible.add(new HashSet<>());
		}
		long[][] guess = new long[rows][columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				Cell cell = shown.cell(row, column);
				guess[row][column] = (cell.value() != null) ? cell.value() : 0;
			}
		}
		try_(0, hidden, guess, shown, ceiling, possible);
		assertThat(possible.get(0).size() + (hidden.isEmpty() ? 1 : 0)).as("some combination fits").isPositive();
		for (int i = 0; i < hidden.size(); i++) {
			assertThat(possible.get(i)).as("cell %s,%s can take", hidden.get(i)[0], hidden.get(i)[1])
				.hasSizeGreaterThanOrEqualTo(2)
				.contains(truth[hidden.get(i)[0]][hidden.get(i)[1]]);
		}
		for (int row = 0; row < rows; row++) {
			if (shown.rowTotals().get(row).hidden() != Hidden.NONE) {
				assertThat(possible.get(hidden.size() + row)).as("row total %s", row).hasSizeGreaterThanOrEqualTo(2);
			}
		}
		for (int column = 0; column < columns; column++) {
			if (shown.columnTotals().get(column).hidden() != Hidden.NONE) {
				assertThat(possible.get(hidden.size() + rows + column)).as("column total %s", column)
					.hasSizeGreaterThanOrEqualTo(2);
			}
		}
	}

	private static void try_(int index, List<int[]> hidden, long[][] guess, DisclosedTable shown, long ceiling,
			List<Set<Long>> possible) {
		int rows = guess.length;
		int columns = guess[0].length;
		if (index == hidden.size()) {
			long grand = 0;
			long[] rowSums = new long[rows];
			long[] columnSums = new long[columns];
			for (int row = 0; row < rows; row++) {
				for (int column = 0; column < columns; column++) {
					rowSums[row] += guess[row][column];
					columnSums[column] += guess[row][column];
					grand += guess[row][column];
				}
			}
			for (int row = 0; row < rows; row++) {
				if (!fits(shown.rowTotals().get(row), rowSums[row], shown.threshold())) {
					return;
				}
			}
			for (int column = 0; column < columns; column++) {
				if (!fits(shown.columnTotals().get(column), columnSums[column], shown.threshold())) {
					return;
				}
			}
			if (!fits(shown.total(), grand, shown.threshold())) {
				return;
			}
			for (int i = 0; i < hidden.size(); i++) {
				possible.get(i).add(guess[hidden.get(i)[0]][hidden.get(i)[1]]);
			}
			for (int row = 0; row < rows; row++) {
				possible.get(hidden.size() + row).add(rowSums[row]);
			}
			for (int column = 0; column < columns; column++) {
				possible.get(hidden.size() + rows + column).add(columnSums[column]);
			}
			return;
		}
		int[] where = hidden.get(index);
		Cell cell = shown.cell(where[0], where[1]);
		long from = (cell.hidden() == Hidden.SMALL) ? 1 : shown.threshold();
		long to = (cell.hidden() == Hidden.SMALL) ? shown.threshold() - 1 : ceiling;
		for (long value = from; value <= to; value++) {
			guess[where[0]][where[1]] = value;
			try_(index + 1, hidden, guess, shown, ceiling, possible);
		}
	}

	private static boolean fits(Cell total, long sum, int threshold) {
		return switch (total.hidden()) {
			case NONE -> total.value() == sum;
			case SMALL -> sum >= 1 && sum < threshold;
			case PROTECTING -> sum >= threshold;
		};
	}

}
