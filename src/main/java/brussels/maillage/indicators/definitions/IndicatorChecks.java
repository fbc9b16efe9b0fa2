package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;

import brussels.maillage.indicators.Aggregation;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.indicators.metrics.Decimals;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the indicator form beyond its fields: a new indicator's code not taken,
 * metrics that exist, a factor that is a number other than 0, known choices.
 */
@Component
class IndicatorChecks {

	private final Metrics metrics;

	private final IndicatorEditing editing;

	IndicatorChecks(Metrics metrics, IndicatorEditing editing) {
		this.metrics = metrics;
		this.editing = editing;
	}

	/**
	 * The indicator typed, or {@code null} with the errors next to their fields; a new
	 * one ({@code creating}) may not take the code of another.
	 */
	Indicator check(IndicatorForm form, boolean creating, Errors errors) {
		if (creating && !errors.hasFieldErrors("code") && this.editing.find(form.code().strip()).isPresent()) {
			errors.rejectValue("code", "indicators.indicator.exists");
		}
		if (!isBlank(form.numerator()) && this.metrics.find(form.numerator()).isEmpty()) {
			errors.rejectValue("numerator", "indicators.indicator.metric.unknown");
		}
		String denominator = isBlank(form.denominator()) ? null : form.denominator().strip();
		if (denominator != null && this.metrics.find(denominator).isEmpty()) {
			errors.rejectValue("denominator", "indicators.indicator.metric.unknown");
		}
		BigDecimal factor = Decimals.parse(form.factor());
		if (!isBlank(form.factor()) && (factor == null || factor.signum() == 0)) {
			errors.rejectValue("factor", "indicators.indicator.factor.invalid");
		}
		Indicator.Unit unit = choice(Indicator.Unit.class, form.unit(), "unit", errors);
		Aggregation aggregation = choice(Aggregation.class, form.aggregation(), "aggregation", errors);
		Indicator.Disaggregation disaggregation = choice(Indicator.Disaggregation.class, form.disaggregation(),
				"disaggregation", errors);
		if (!"HIGH".equals(form.direction()) && !"LOW".equals(form.direction())) {
			errors.rejectValue("direction", "indicators.indicator.choice.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Indicator(form.code().strip(), LocalizedText.of(form.nameFr(), form.nameNl(), form.nameEn()),
				form.numerator().strip(), denominator, factor, unit, "HIGH".equals(form.direction()),
				Indicator.PeriodType.YEARLY, aggregation, disaggregation);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String code, String field, Errors errors) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(code)) {
				return value;
			}
		}
		errors.rejectValue(field, "indicators.indicator.choice.required");
		return null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
