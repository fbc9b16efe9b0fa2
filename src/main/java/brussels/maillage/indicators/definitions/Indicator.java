package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import brussels.maillage.indicators.Aggregation;
import brussels.maillage.system.LocalizedText;

/**
 * An indicator in the manner of DHIS2, stored as data: numerator ÷ denominator × factor.
 *
 * @param code its code
 * @param name its name in French, Dutch (and English)
 * @param numerator the numerator's metric code
 * @param denominator the denominator's metric code, or {@code null} for the numerator
 * alone
 * @param factor what the ratio is multiplied by (100 for a percentage)
 * @param unit how the value reads
 * @param highIsGood whether a higher value is better
 * @param periodType the period it is computed for
 * @param aggregation how its values combine: a distinct count or an average is computed
 * for the whole, never summed from the bassins
 * @param disaggregation whether it is shown per bassin
 */
record Indicator(String code, LocalizedText name, String numerator, String denominator, BigDecimal factor, Unit unit,
		boolean highIsGood, PeriodType periodType, Aggregation aggregation, Disaggregation disaggregation) {

	public Indicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(numerator, "numerator");
		factor = (factor != null) ? factor : BigDecimal.ONE;
		unit = (unit != null) ? unit : Unit.NUMBER;
		periodType = (periodType != null) ? periodType : PeriodType.YEARLY;
		aggregation = (aggregation != null) ? aggregation : Aggregation.SUM;
		disaggregation = (disaggregation != null) ? disaggregation : Disaggregation.NONE;
	}

	/** How an indicator's value reads. */
	public enum Unit {

		NUMBER, PERCENT, PER_THOUSAND, RATIO;

		/** The units an indicator may take, in the order of the form. */
		public static final List<Unit> ALL = List.of(values());

	}

	/** The periods an indicator is computed for. */
	public enum PeriodType {

		YEARLY

	}

	/** How an indicator is broken down. */
	public enum Disaggregation {

		NONE, BASSIN

	}

}
