package brussels.maillage.helpdesk.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

/**
 * Unmet needs as a table: one row per theme, one column per bassin (and unknown), with
 * totals.
 *
 * @param columns bassin codes, {@code NONE} last
 * @param rows one per theme, most unmet first
 * @param total all unmet needs counted (a need with two themes counts in both rows)
 */
record UnmetTable(List<String> columns, List<Row> rows, long total) {

	static UnmetTable of(List<StatisticsReport.Cell> cells, Function<String, String> themeLabel) {
		List<String> columns = new ArrayList<>(StatisticsFilter.BASSINS);
		columns.add(StatisticsReport.NONE);
		Map<String, long[]> byTheme = new LinkedHashMap<>();
		for (StatisticsReport.Cell cell : cells) {
			long[] counts = byTheme.computeIfAbsent(cell.theme(), (theme) -> new long[columns.size()]);
			int column = columns.indexOf(cell.bassin());
			counts[(column >= 0) ? column : columns.size() - 1] += cell.count();
		}
		List<Row> rows = new ArrayList<>();
		long total = 0;
		for (Map.Entry<String, long[]> entry : byTheme.entrySet()) {
			List<Long> counts = new ArrayList<>();
			long sum = 0;
			for (long count : entry.getValue()) {
				counts.add(count);
				sum += count;
			}
			rows.add(new Row(entry.getKey(), themeLabel.apply(entry.getKey()), counts, sum));
			total += sum;
		}
		rows.sort((a, b) -> Long.compare(b.total(), a.total()));
		return new UnmetTable(columns, rows, total);
	}

	/** The largest count of a cell, to shade cells. */
	public long max() {
		return this.rows.stream().flatMap((row) -> row.counts().stream()).mapToLong(Long::longValue).max().orElse(0);
	}

	/**
	 * A theme's unmet needs per bassin.
	 *
	 * @param theme theme code
	 * @param label theme label
	 * @param counts count per column
	 * @param total sum of the row
	 */
	public record Row(String theme, String label, List<Long> counts, long total) {
	}

}
