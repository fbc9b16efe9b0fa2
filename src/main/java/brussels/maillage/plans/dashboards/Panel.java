package brussels.maillage.plans.dashboards;

import java.util.List;

/**
 * A panel of a dashboard: a heading, notes, an optional chart with its legend, and the
 * table of the same figures (shown beside a chart in a {@code <details>}, or alone).
 *
 * @param id element id
 * @param title its heading
 * @param notes sentences shown under the heading
 * @param chart its chart, or {@code null}
 * @param legend what each style of the chart means
 * @param table its figures
 */
record Panel(String id, String title, List<String> notes, BarChart chart, List<Legend> legend, Table table) {

	Panel {
		notes = List.copyOf(notes);
		legend = List.copyOf(legend);
	}

	/**
	 * A table: the first cell of each row is its header.
	 *
	 * @param caption its caption
	 * @param columns column headings
	 * @param rows the rows, as text
	 */
	record Table(String caption, List<String> columns, List<List<String>> rows) {

		Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * A line of a chart's legend.
	 *
	 * @param style the style
	 * @param text what it means
	 */
	record Legend(BarChart.Style style, String text) {
	}

}
