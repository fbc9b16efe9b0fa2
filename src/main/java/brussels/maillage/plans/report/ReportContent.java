package brussels.maillage.plans.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import brussels.maillage.indicators.Exactness;

/**
 * The annual report of a year as generated from the plans and the metrics, in no
 * particular language: the three annexes, their rows and every value. It is what a
 * snapshot freezes (as JSON) when the report is approved.
 *
 * @param year the year reported on
 * @param annexes annex 1 (the bassins' shared roadmap), 2 (region), 3 (palliative
 * platform)
 * @param computedAt when the figures were read from the records
 */
record ReportContent(int year, List<Annex> annexes, Instant computedAt) {

	public ReportContent {
		annexes = List.copyOf(annexes);
	}

	/**
	 * {@code value} without an exponent ({@code 1000}, not {@code 1E+3}), or
	 * {@code null}.
	 */
	public static BigDecimal plain(BigDecimal value) {
		return (value != null && value.scale() < 0) ? value.setScale(0) : value;
	}

	/** Every value of every annex, in order. */
	public List<Value> values() {
		return this.annexes.stream()
			.flatMap((annex) -> annex.rows().stream())
			.flatMap((row) -> row.cells().stream())
			.flatMap((cell) -> cell.values().stream())
			.toList();
	}

	/**
	 * An annex: one table.
	 *
	 * @param number 1, 2 or 3
	 * @param territories the territory codes of its plans, in order
	 * @param rows its actions, in the plans' order
	 */
	public record Annex(int number, List<String> territories, List<Row> rows) {

		public Annex {
			territories = List.copyOf(territories);
			rows = List.copyOf(rows);
		}

	}

	/**
	 * An action of the annex: in annex 1 the same reference in each bassin's plan, with
	 * one cell per bassin.
	 *
	 * @param reference the reference as written
	 * @param titleFr French title
	 * @param titleNl Dutch title
	 * @param descriptionFr French description
	 * @param descriptionNl Dutch description
	 * @param perspectivesFr French perspectives for next year
	 * @param perspectivesNl Dutch perspectives
	 * @param deliverables the deliverables as written, in order
	 * @param cells per territory: its status, values and ticks
	 */
	public record Row(String reference, String titleFr, String titleNl, String descriptionFr, String descriptionNl,
			String perspectivesFr, String perspectivesNl, List<Written> deliverables, List<Cell> cells) {

		public Row {
			deliverables = List.copyOf(deliverables);
			cells = List.copyOf(cells);
		}

	}

	/**
	 * A deliverable as the plan writes it.
	 *
	 * @param targetText the target as written, printed verbatim
	 * @param targetValue the numeric target, or {@code null}
	 * @param unit its unit, or {@code null}
	 * @param perBassin whether the target holds for each bassin
	 * @param metric the metric that measures it, or {@code null} for a narrative one
	 */
	public record Written(String targetText, BigDecimal targetValue, String unit, boolean perBassin, String metric) {
	}

	/**
	 * What an action reached in one territory.
	 *
	 * @param territory the plan's territory code
	 * @param status the action's status code there
	 * @param values the measured values
	 * @param ticks the narrative deliverables, ticked or not
	 */
	public record Cell(String territory, String status, List<Value> values, List<Tick> ticks) {

		public Cell {
			values = List.copyOf(values);
			ticks = List.copyOf(ticks);
		}

	}

	/**
	 * A narrative deliverable: delivered or not, with its document.
	 *
	 * @param targetText as written
	 * @param done whether it is delivered
	 * @param documentUrl its document, or {@code null}
	 */
	public record Tick(String targetText, boolean done, String documentUrl) {
	}

	/**
	 * One figure of the report.
	 *
	 * @param key stable identity of the value (annex, reference, territory, deliverable,
	 * detail), which an erratum names
	 * @param annex its annex
	 * @param reference its action's reference
	 * @param deliverable the deliverable's target as written
	 * @param target the numeric target, or {@code null}
	 * @param metric the metric measured
	 * @param territory the territory measured, or {@code null} for all
	 * @param detail {@code null} for the value itself, or the breakdown it belongs to
	 * ({@code channel:PHONE}, {@code kind:WORKSHOP_SERIES}, {@code territory:NORD},
	 * {@code meeting:REGIONAL_COUNCIL/2024-07-02},
	 * {@code metric:events.openDoors.visits})
	 * @param actual the exact value, or {@code null} for no data (never 0)
	 * @param exactness how exact it is
	 * @param printed the report's printed form ("30aine"), or {@code null}
	 * @param source where it comes from: a module, or {@code manual}
	 */
	public record Value(String key, int annex, String reference, String deliverable, BigDecimal target, String metric,
			String territory, String detail, BigDecimal actual, Exactness exactness, String printed, String source) {

		/** The figure as printed: its printed form, or the number in the locale. */
		public String shown(Locale locale) {
			if (this.printed != null) {
				return this.printed;
			}
			if (this.actual == null) {
				return null;
			}
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(1);
			String number = format.format(this.actual);
			return switch ((this.exactness != null) ? this.exactness : Exactness.EXACT) {
				case ABOUT -> "± " + number;
				case AT_LEAST -> "≥ " + number;
				case EXACT -> number;
			};
		}

		/** The same value corrected to {@code corrected}, its printed form dropped. */
		Value corrected(BigDecimal corrected) {
			return new Value(this.key, this.annex, this.reference, this.deliverable, this.target, this.metric,
					this.territory, this.detail, corrected, Exactness.EXACT, null, this.source);
		}

	}

}
