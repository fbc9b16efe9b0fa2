package brussels.maillage.indicators.metrics;

import java.math.BigDecimal;

import brussels.maillage.indicators.Exactness;

/**
 * A value counted from the records, or none ({@code null} value: no data).
 *
 * @param value the value, or {@code null}
 * @param exactness how exact
 */
public record Counted(BigDecimal value, Exactness exactness) {

	/** No data. */
	public static final Counted NONE = new Counted(null, Exactness.EXACT);

	/** An exact count. */
	public static Counted of(long count) {
		return new Counted(BigDecimal.valueOf(count), Exactness.EXACT);
	}

	/** A count, exact or not. */
	public static Counted of(long count, Exactness exactness) {
		return new Counted(BigDecimal.valueOf(count), exactness);
	}

	/**
	 * The average of {@code total} over {@code over} with one decimal, or no data when
	 * nothing is averaged.
	 */
	public static Counted average(long total, long over) {
		if (over == 0) {
			return NONE;
		}
		return new Counted(
				BigDecimal.valueOf(total).divide(BigDecimal.valueOf(over), 1, java.math.RoundingMode.HALF_UP),
				Exactness.EXACT);
	}

}
