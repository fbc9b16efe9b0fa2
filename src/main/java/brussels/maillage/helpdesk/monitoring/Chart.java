package brussels.maillage.helpdesk.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart drawn on the server as SVG, with the figures it shows so that the page also
 * gives them as a table. Geometry is computed here; the template only places shapes.
 *
 * @param id element id, also used to link the chart to its table
 * @param title what it shows
 * @param columns whether bars stand up (months) rather than lie (categories)
 * @param width width of the drawing
 * @param height height of the drawing
 * @param bars the bars
 */
record Chart(String id, String title, boolean columns, int width, int height, List<Bar> bars) {

	static final int WIDTH = 640;

	private static final int ROW = 26;

	private static final int LABEL = 210;

	public Chart {
		bars = List.copyOf(bars);
	}

	/** Horizontal bars, one per category, longest first as given. */
	static Chart bars(String id, String title, List<Entry> entries) {
		long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (Entry entry : entries) {
			double length = (max > 0) ? (WIDTH - LABEL - 60) * (double) entry.value() / max : 0;
			bars.add(new Bar(entry.label(), entry.value(), LABEL, y, Math.max(length, (entry.value() > 0) ? 1 : 0),
					ROW - 8, LABEL + length + 6, y + ROW / 2.0 + 1, 4, y + ROW / 2.0 + 1));
			y += ROW;
		}
		return new Chart(id, title, false, WIDTH, Math.max(y + 4, 30), bars);
	}

	/** Columns, one per month, in time order. */
	static Chart columns(String id, String title, List<Entry> entries) {
		long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
		int plot = 180;
		int n = Math.max(entries.size(), 1);
		double step = (double) WIDTH / n;
		double barWidth = Math.max(step * 0.7, 2);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			double length = (max > 0) ? (plot - 20) * (double) entry.value() / max : 0;
			double x = i * step + (step - barWidth) / 2;
			bars.add(new Bar(entry.label(), entry.value(), x, 20 + (plot - 20) - length, barWidth, length,
					x + barWidth / 2, 20 + (plot - 20) - length - 4, x + barWidth / 2, plot + 16));
		}
		return new Chart(id, title, true, WIDTH, plot + 24, bars);
	}

	/**
	 * A bar with where to draw it and its texts.
	 *
	 * @param label the category
	 * @param value the count
	 * @param x left of the bar
	 * @param y top of the bar
	 * @param width width of the bar
	 * @param height height of the bar
	 * @param valueX where the count is written (x)
	 * @param valueY where the count is written (y)
	 * @param labelX where the label is written (x)
	 * @param labelY where the label is written (y)
	 */
	public record Bar(String label, long value, double x, double y, double width, double height, double valueX,
			double valueY, double labelX, double labelY) {
	}

	/**
	 * A category and its count, before drawing.
	 *
	 * @param label the category
	 * @param value the count
	 */
	record Entry(String label, long value) {
	}

}
