package brussels.maillage.plans.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The colour legend of the deliverables on the dashboards of a year: an actual at
 * {@code reached} percent of its target or more has reached it, from {@code close}
 * percent it is close, below it is behind.
 *
 * @param reached percent of the target from which it is reached
 * @param close percent of the target from which it is close (below {@code reached})
 * @param setFor the year whose editor's setting applies, or {@code null} for the defaults
 */
record Thresholds(int reached, int close, Integer setFor) {

	/** The legend until an editor sets one. */
	static final Thresholds DEFAULTS = new Thresholds(100, 75, null);

	/** Where {@code actual} stands against {@code target}. */
	Level level(BigDecimal actual, BigDecimal target) {
		if (actual == null) {
			return Level.NO_DATA;
		}
		if (target == null || target.signum() <= 0) {
			return Level.NO_TARGET;
		}
		BigDecimal percent = percent(actual, target);
		if (percent.compareTo(BigDecimal.valueOf(this.reached)) >= 0) {
			return Level.REACHED;
		}
		return (percent.compareTo(BigDecimal.valueOf(this.close)) >= 0) ? Level.CLOSE : Level.BEHIND;
	}

	/** {@code actual} as a percentage of {@code target}, rounded to a whole number. */
	static BigDecimal percent(BigDecimal actual, BigDecimal target) {
		return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP);
	}

	/** Where an actual stands against its target, each with its symbol and its text. */
	enum Level {

		REACHED("✓", BarChart.Style.REACHED), CLOSE("◐", BarChart.Style.CLOSE), BEHIND("✗", BarChart.Style.BEHIND),
		NO_DATA("—", null), NO_TARGET("·", BarChart.Style.COUNT), HIDDEN("•", null);

		private final String symbol;

		private final BarChart.Style style;

		Level(String symbol, BarChart.Style style) {
			this.symbol = symbol;
			this.style = style;
		}

		String symbol() {
			return this.symbol;
		}

		BarChart.Style style() {
			return this.style;
		}

		String messageKey() {
			return "plans.dashboard.level." + name();
		}

	}

}
