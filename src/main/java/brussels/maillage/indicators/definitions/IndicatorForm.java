package brussels.maillage.indicators.definitions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The indicator form as typed.
 *
 * @param code the code (lower case letters, digits, dots, dashes)
 * @param nameFr name in French
 * @param nameNl name in Dutch
 * @param nameEn name in English, optional
 * @param numerator the numerator's metric code
 * @param denominator the denominator's metric code, or blank
 * @param factor the factor, as typed
 * @param unit the unit's code
 * @param direction {@code HIGH} when high is good, {@code LOW} otherwise
 * @param aggregation the aggregation's code
 * @param disaggregation {@code NONE} or {@code BASSIN}
 */
record IndicatorForm(@NotBlank @Pattern(regexp = "^$|^[a-z][a-z0-9_.-]{1,59}$") String code,
		@NotBlank @Size(max = 200) String nameFr, @NotBlank @Size(max = 200) String nameNl,
		@Size(max = 200) String nameEn, @NotBlank String numerator, String denominator, @NotBlank String factor,
		String unit, String direction, String aggregation, String disaggregation) {

	static IndicatorForm empty() {
		return new IndicatorForm("", "", "", "", "", "", "1", "NUMBER", "HIGH", "SUM", "NONE");
	}

	static IndicatorForm of(Indicator indicator) {
		return new IndicatorForm(indicator.code(), indicator.name().fr(), indicator.name().nl(),
				(indicator.name().en() != null) ? indicator.name().en() : "", indicator.numerator(),
				(indicator.denominator() != null) ? indicator.denominator() : "", indicator.factor().toPlainString(),
				indicator.unit().name(), indicator.highIsGood() ? "HIGH" : "LOW", indicator.aggregation().name(),
				indicator.disaggregation().name());
	}

}
