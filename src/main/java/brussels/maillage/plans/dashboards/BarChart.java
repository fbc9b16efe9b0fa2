package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG: one row per category, its label
 * above its bar, its figure written after the bar (colour is never the only carrier: each
 * style has its own pattern and the text says what the bar shows), and an optional target
 * mark. No bar for "no data", whose text says so. Geometry is computed here; the template
 * only places shapes.
 *
 * @param id element id, also the prefix of the chart's pattern ids
 * @param title what it shows
 * @param width width of the drawing
 * @param height height of the drawing
 * @param rows the rows
 * @param styles the styles the chart uses, for its legend
 */
record BarChart(String id, String title, int width, int height, List<Row> rows, List<Style> styles) {

	static final int WIDTH = 760;

	private static final int ROW = 46;

	private static final int PLOT = 320;

	private static final int LEFT = 6;

	BarChart {
		rows = List.copyOf(rows);
		styles = List.copyOf(styles);
	}

	/**
	 * Draws {@code entries} on one scale, the longest bar (or target) filling the plot.
	 */
	static BarChart of(String id, String title, List<Entry> entries) {
		double max = 0;
		for (Entry entry : entries) {
			max = Math.max(max, entry.total());
			if (entry.target() != null) {
				max = Math.max(max, entry.target());
			}
		}
		return draw(id, title, entries, max, false);
	}

	/**
	 * Draws each entry against its own target: every target mark stands at the same
	 * place, a bar beyond {@link #BEYOND} times its target is cut there (its text gives
	 * the figure).
	 */
	static BarChart againstTargets(String id, String title, List<Entry> entries) {
		return draw(id, title, entries, 0, true);
	}

	/** How far past its target a bar of {@link #againstTargets} may reach. */
	static final double BEYOND = 1.5;

	private static BarChart draw(String id, String title, List<Entry> entries, double commonMax, boolean ownTarget) {
		List<Row> rows = new ArrayList<>();
		List<Style> styles = new ArrayList<>();
		int y = 4;
		for (Entry entry : entries) {
			boolean own = ownTarget && entry.target() != null && entry.target() > 0;
			double max = own ? entry.target() * BEYOND : commonMax;
			List<Part> parts = own
					? entry.parts().stream().map((p) -> new Part(Math.min(p.value(), max), p.style())).toList()
					: entry.parts();
			double x = LEFT;
			List<Segment> segments = new ArrayList<>();
			for (Part part : parts) {
				double length = (max > 0) ? PLOT * part.value() / max : 0;
				if (part.value() > 0) {
					segments.add(new Segment(x, y + 20, Math.max(length, 1.5), 18, part.style()));
					if (!styles.contains(part.style())) {
						styles.add(part.style());
					}
				}
				x += length;
			}
			Double targetX = (entry.target() != null && max > 0) ? LEFT + PLOT * entry.target() / max : null;
			double textX = Math.max(x, (targetX != null) ? targetX : 0) + 8;
			rows.add(new Row(entry.label(), entry.text(), LEFT, y + 12, segments, textX, y + 33, targetX, y + 16,
					y + 42));
			y += ROW;
		}
		return new BarChart(id, title, WIDTH, Math.max(y + 2, 30), rows, styles);
	}

	/**
	 * How a part of a bar is drawn: a colour with enough contrast on white and a pattern
	 * of its own.
	 */
	enum Style {

		/** Counted: solid dark blue. */
		COUNT("#18466b", "solid"),

		/** Planned and not held yet: dashed outline. */
		OPEN("#18466b", "outline"),

		/** Cancelled: red diagonal hatching. */
		CANCELLED("#a4262c", "hatch"),

		/** Target reached: solid green. */
		REACHED("#1d6b36", "solid"),

		/** Close to the target: amber diagonal hatching. */
		CLOSE("#8a5a00", "hatch"),

		/** Behind the target: red dots. */
		BEHIND("#a4262c", "dots");

		private final String colour;

		private final String pattern;

		Style(String colour, String pattern) {
			this.colour = colour;
			this.pattern = pattern;
		}

		public String colour() {
			return this.colour;
		}

		public String pattern() {
			return this.pattern;
		}

		/** The fill of a shape of this style (patterns are defined once on the page). */
		public String fill() {
			return switch (this.pattern) {
				case "solid" -> this.colour;
				case "outline" -> "#ffffff";
				default -> "url(#dash-" + name().toLowerCase(java.util.Locale.ROOT) + ")";
			};
		}

		/** Whether its outline is dashed. */
		public boolean dashed() {
			return "outline".equals(this.pattern);
		}

		/** The message key of its legend text. */
		public String legendKey() {
			return "plans.dashboard.legend." + name();
		}

	}

	/**
	 * A row before drawing.
	 *
	 * @param label the category
	 * @param text what is written after the bar (the figure, "no data", ...)
	 * @param parts the bar's parts, left to right (none for no data)
	 * @param target the target, or {@code null}
	 */
	record Entry(String label, String text, List<Part> parts, Double target) {

		Entry {
			parts = List.copyOf(parts);
		}

		static Entry single(String label, String text, Double value, Style style, Double target) {
			return new Entry(label, text, (value != null) ? List.of(new Part(value, style)) : List.of(), target);
		}

		double total() {
			return this.parts.stream().mapToDouble(Part::value).sum();
		}

	}

	/**
	 * A part of a bar.
	 *
	 * @param value its length in the chart's unit
	 * @param style how it is drawn
	 */
	record Part(double value, Style style) {
	}

	/**
	 * A drawn row.
	 *
	 * @param label the category
	 * @param text the figure written after the bar
	 * @param labelX where the label is written (x)
	 * @param labelY where the label is written (y)
	 * @param segments the bar's shapes
	 * @param textX where the figure is written (x)
	 * @param textY where the figure is written (y)
	 * @param targetX where the target mark stands, or {@code null}
	 * @param targetTop top of the target mark
	 * @param targetBottom bottom of the target mark
	 */
	record Row(String label, String text, double labelX, double labelY, List<Segment> segments, double textX,
			double textY, Double targetX, double targetTop, double targetBottom) {
	}

	/**
	 * A shape of a bar.
	 *
	 * @param x left
	 * @param y top
	 * @param width width
	 * @param height height
	 * @param style how it is drawn
	 */
	record Segment(double x, double y, double width, double height, Style style) {
	}

}
