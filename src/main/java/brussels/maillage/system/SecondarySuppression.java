package brussels.maillage.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import brussels.maillage.system.DisclosedTable.Hidden;

/**
 * Cell suppression for a table of counts with its published margins (the method of the
 * statistical offices, e.g. Hundepool et al., <i>Statistical Disclosure Control</i>,
 * Wiley 2012, ch. 4; Eurostat's and Statbel's "x" cells).
 * <p>
 * The table is a set of linear equations: every row's cells add up to its row total,
 * every column's to its column total, the row totals and the column totals to the grand
 * total. Primary suppression hides the counts from 1 to the threshold minus one.
 * Secondary suppression then hides more cells until no hidden cell can be recomputed:
 * <ol>
 * <li>an equation with exactly one hidden entry gives it away, so the smallest other
 * non-zero shown entry of that equation is hidden too (an inner cell before a total);
 * <li>equations can also give a cell away together (a pattern across rows and columns),
 * so the hidden entries are then solved as a linear system (Gauss-Jordan elimination over
 * the equations, the shown entries being constants): a hidden entry is recomputable
 * exactly when a row of the reduced system names it alone. For each one found, the
 * smallest non-zero shown entry sharing an equation with it is hidden, and both steps run
 * again until none is left.
 * </ol>
 * Zeros are never hidden: they are public ("0 stays 0") and cannot protect a cell.
 */
final class SecondarySuppression {

	private final int rowCount;

	private final int columnCount;

	private final int threshold;

	private final long[] values;

	private final Hidden[] hidden;

	private final List<int[]> equations = new ArrayList<>();

	private final List<int[]> signs = new ArrayList<>();

	private SecondarySuppression(CountTable table, int threshold) {
		this.rowCount = table.rows().size();
		this.columnCount = table.columns().size();
		this.threshold = threshold;
		this.values = new long[this.rowCount * this.columnCount + this.rowCount + this.columnCount + 1];
		long grand = 0;
		for (int row = 0; row < this.rowCount; row++) {
			for (int column = 0; column < this.columnCount; column++) {
				long count = table.count(row, column);
				this.values[cell(row, column)] = count;
				this.values[rowTotal(row)] += count;
				this.values[columnTotal(column)] += count;
				grand += count;
			}
		}
		this.values[grandTotal()] = grand;
		this.hidden = new Hidden[this.values.length];
		for (int entry = 0; entry < this.values.length; entry++) {
			boolean small = this.values[entry] > 0 && this.values[entry] < threshold;
			this.hidden[entry] = small ? Hidden.SMALL : Hidden.NONE;
		}
		for (int row = 0; row < this.rowCount; row++) {
			int[] entries = new int[this.columnCount + 1];
			for (int column = 0; column < this.columnCount; column++) {
				entries[column] = cell(row, column);
			}
			entries[this.columnCount] = rowTotal(row);
			equation(entries);
		}
		for (int column = 0; column < this.columnCount; column++) {
			int[] entries = new int[this.rowCount + 1];
			for (int row = 0; row < this.rowCount; row++) {
				entries[row] = cell(row, column);
			}
			entries[this.rowCount] = columnTotal(column);
			equation(entries);
		}
		int[] rowTotals = new int[this.rowCount + 1];
		for (int row = 0; row < this.rowCount; row++) {
			rowTotals[row] = rowTotal(row);
		}
		rowTotals[this.rowCount] = grandTotal();
		equation(rowTotals);
		int[] columnTotals = new int[this.columnCount + 1];
		for (int column = 0; column < this.columnCount; column++) {
			columnTotals[column] = columnTotal(column);
		}
		columnTotals[this.columnCount] = grandTotal();
		equation(columnTotals);
	}

	/** The table's cells and margins with what to hide. */
	static DisclosedTable protect(CountTable table, int threshold) {
		SecondarySuppression suppression = new SecondarySuppression(table, threshold);
		suppression.suppress();
		return suppression.result(table, threshold);
	}

	/** The same table with every count shown. */
	static DisclosedTable exact(CountTable table, int threshold) {
		SecondarySuppression all = new SecondarySuppression(table, threshold);
		Arrays.fill(all.hidden, Hidden.NONE);
		return all.result(table, threshold);
	}

	private void suppress() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] equation : this.equations) {
				if (hiddenIn(equation) == 1) {
					int partner = smallestShown(equation);
					if (partner >= 0) {
						this.hidden[partner] = Hidden.PROTECTING;
						changed = true;
					}
				}
			}
			if (!changed) {
				changed = protectRecomputable();
			}
		}
	}

	/** Hides one more entry if a hidden one can be recomputed; false if none can. */
	private boolean protectRecomputable() {
		Recomputation attack = new Recomputation(this.equations, this.signs, this.values, this.hidden, this.threshold);
		int[] exposed = IntStream.concat(Arrays.stream(attack.recomputable()), Arrays.stream(attack.pinnedByBounds()))
			.distinct()
			.toArray();
		for (int entry : exposed) {
			List<Integer> neighbours = new ArrayList<>();
			for (int[] equation : this.equations) {
				if (Arrays.stream(equation).anyMatch((member) -> member == entry)) {
					Arrays.stream(equation).forEach(neighbours::add);
				}
			}
			int partner = smallestShown(neighbours.stream().mapToInt(Integer::intValue).toArray());
			if (partner < 0) {
				partner = smallestShown(allEntries());
			}
			if (partner >= 0) {
				this.hidden[partner] = Hidden.PROTECTING;
				return true;
			}
		}
		return false;
	}

	private int hiddenIn(int[] equation) {
		return (int) Arrays.stream(equation).filter((entry) -> this.hidden[entry] != Hidden.NONE).count();
	}

	/** The smallest non-zero shown entry, an inner cell before a total; -1 if none. */
	private int smallestShown(int[] entries) {
		int best = -1;
		for (int entry : entries) {
			if (this.hidden[entry] != Hidden.NONE || this.values[entry] == 0) {
				continue;
			}
			if (best < 0 || isInner(entry) && !isInner(best)
					|| isInner(entry) == isInner(best) && this.values[entry] < this.values[best]) {
				best = entry;
			}
		}
		return best;
	}

	private DisclosedTable result(CountTable table, int threshold) {
		List<List<DisclosedTable.Cell>> cells = new ArrayList<>();
		for (int row = 0; row < this.rowCount; row++) {
			List<DisclosedTable.Cell> line = new ArrayList<>();
			for (int column = 0; column < this.columnCount; column++) {
				line.add(published(cell(row, column)));
			}
			cells.add(line);
		}
		List<DisclosedTable.Cell> rowTotals = new ArrayList<>();
		for (int row = 0; row < this.rowCount; row++) {
			rowTotals.add(published(rowTotal(row)));
		}
		List<DisclosedTable.Cell> columnTotals = new ArrayList<>();
		for (int column = 0; column < this.columnCount; column++) {
			columnTotals.add(published(columnTotal(column)));
		}
		return new DisclosedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals,
				published(grandTotal()), threshold);
	}

	private DisclosedTable.Cell published(int entry) {
		return (this.hidden[entry] == Hidden.NONE) ? DisclosedTable.Cell.shown(this.values[entry])
				: new DisclosedTable.Cell(null, this.hidden[entry]);
	}

	private void equation(int[] entries) {
		int[] sign = new int[entries.length];
		Arrays.fill(sign, 1);
		sign[entries.length - 1] = -1;
		this.equations.add(entries);
		this.signs.add(sign);
	}

	private int[] allEntries() {
		int[] all = new int[this.values.length];
		Arrays.setAll(all, (entry) -> entry);
		return all;
	}

	private boolean isInner(int entry) {
		return entry < this.rowCount * this.columnCount;
	}

	private int cell(int row, int column) {
		return row * this.columnCount + column;
	}

	private int rowTotal(int row) {
		return this.rowCount * this.columnCount + row;
	}

	private int columnTotal(int column) {
		return this.rowCount * this.columnCount + this.rowCount + column;
	}

	private int grandTotal() {
		return this.values.length - 1;
	}

}
