package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;

import brussels.maillage.indicators.Exactness;
import brussels.maillage.indicators.Measure;

/**
 * An indicator's value for a year and a territory, with the numerator and denominator it
 * was computed from (a percentage is always shown with both), or no data: when the
 * numerator or the denominator has none, or the denominator is 0.
 *
 * @param indicator the indicator
 * @param year the year
 * @param territory the territory, or {@code null} for the whole
 * @param numerator the numerator's measure
 * @param denominator the denominator's measure, or {@code null} without a denominator
 * @param value the value, or {@code null} for no data
 * @param exactness the less exact of the numerator's and the denominator's
 * @param noData why there is no value, or {@code null} when there is one
 */
record IndicatorValue(Indicator indicator, int year, String territory, Measure numerator, Measure denominator,
		BigDecimal value, Exactness exactness, NoData noData) {

	/** Whether there is a value. */
	public boolean hasData() {
		return this.value != null;
	}

	/** Why an indicator has no value. */
	public enum NoData {

		NUMERATOR, DENOMINATOR, ZERO_DENOMINATOR

	}

}
