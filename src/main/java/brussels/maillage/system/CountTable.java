package brussels.maillage.system;

import java.util.Arrays;
import java.util.List;

/**
 * A table of counts of people as a page, export or API shows it: rows (for example the
 * bassins) by columns (for example the kinds of follow-up), with the row totals, column
 * totals and grand total that are published beside it. {@link DisclosureControl} decides
 * what may be shown.
 *
 * @param rows the rows' keys, in order
 * @param columns the columns' keys, in order
 * @param counts one array per row, one count per column, none negative
 */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

	public CountTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		if (counts.length != rows.size()) {
			throw new IllegalArgumentException("One line of counts per row");
		}
		long[][] copy = new long[counts.length][];
		for (int row = 0; row < counts.length; row++) {
			if (counts[row].length != columns.size()) {
				throw new IllegalArgumentException("One count per column in row " + rows.get(row));
			}
			if (Arrays.stream(counts[row]).anyMatch((count) -> count < 0)) {
				throw new IllegalArgumentException("A count of people is never negative");
			}
			copy[row] = counts[row].clone();
		}
		counts = copy;
	}

	/** A table of one column, for example one figure per bassin, with its total. */
	public static CountTable column(List<String> rows, String column, long[] counts) {
		long[][] lines = new long[counts.length][];
		for (int row = 0; row < counts.length; row++) {
			lines[row] = new long[] { counts[row] };
		}
		return new CountTable(rows, List.of(column), lines);
	}

	/** The count of one cell. */
	public long count(int row, int column) {
		return this.counts[row][column];
	}

}
