package brussels.maillage.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CountTable} as it may be shown to one reader: every cell, row total, column
 * total and the grand total either with its value or hidden.
 *
 * @param rows the rows' keys
 * @param columns the columns' keys
 * @param cells one list per row, one cell per column
 * @param rowTotals the total of each row
 * @param columnTotals the total of each column
 * @param total the grand total
 * @param threshold counts from 1 to {@code threshold - 1} are hidden ("&lt;5" for 5)
 */
public record DisclosedTable(List<String> rows, List<String> columns, List<List<Cell>> cells, List<Cell> rowTotals,
		List<Cell> columnTotals, Cell total, int threshold) {

	public DisclosedTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		cells = cells.stream().map(List::copyOf).toList();
		rowTotals = List.copyOf(rowTotals);
		columnTotals = List.copyOf(columnTotals);
	}

	/** One cell. */
	public Cell cell(int row, int column) {
		return this.cells.get(row).get(column);
	}

	/** The cell of a row and column by their keys. */
	public Cell cell(String row, String column) {
		return cell(this.rows.indexOf(row), this.columns.indexOf(column));
	}

	/** The text shown for a cell: its value, "&lt;5", or "x". */
	public String text(Cell cell) {
		return switch (cell.hidden()) {
			case NONE -> String.valueOf(cell.value());
			case SMALL -> "<" + this.threshold;
			case PROTECTING -> "x";
		};
	}

	/**
	 * The table as JSON for the figures APIs: {@code {rowsName: {row: {column: value,
	 * "total": value}}, "total": {...}}}, a shown count as a number and a hidden one as
	 * its text ("&lt;5" or "x").
	 */
	public Map<String, Object> asJson(String rowsName) {
		Map<String, Object> byRow = new LinkedHashMap<>();
		for (int row = 0; row < this.rows.size(); row++) {
			Map<String, Object> line = new LinkedHashMap<>();
			for (int column = 0; column < this.columns.size(); column++) {
				line.put(this.columns.get(column), json(cell(row, column)));
			}
			line.put("total", json(this.rowTotals.get(row)));
			byRow.put(this.rows.get(row), line);
		}
		Map<String, Object> totals = new LinkedHashMap<>();
		for (int column = 0; column < this.columns.size(); column++) {
			totals.put(this.columns.get(column), json(this.columnTotals.get(column)));
		}
		totals.put("total", json(this.total));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(rowsName, byRow);
		body.put("total", totals);
		return body;
	}

	private Object json(Cell cell) {
		return (cell.value() != null) ? cell.value() : text(cell);
	}

	/** Whether some cell is hidden. */
	public boolean anyHidden() {
		return this.total.hidden() != Hidden.NONE
				|| this.rowTotals.stream().anyMatch((cell) -> cell.hidden() != Hidden.NONE)
				|| this.columnTotals.stream().anyMatch((cell) -> cell.hidden() != Hidden.NONE)
				|| this.cells.stream().flatMap(List::stream).anyMatch((cell) -> cell.hidden() != Hidden.NONE);
	}

	/**
	 * One published count.
	 *
	 * @param value the count, or {@code null} when hidden
	 * @param hidden whether and why it is hidden
	 */
	public record Cell(Long value, Hidden hidden) {

		static Cell shown(long value) {
			return new Cell(value, Hidden.NONE);
		}

	}

	/** Why a cell is hidden. */
	public enum Hidden {

		/** Shown. */
		NONE,

		/** A count from 1 to the threshold minus one (primary suppression): "&lt;5". */
		SMALL,

		/**
		 * Hidden so that a small count cannot be recomputed from the totals (secondary
		 * suppression): "x".
		 */
		PROTECTING

	}

}
