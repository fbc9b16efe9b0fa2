package brussels.maillage.indicators.manual;

import java.math.BigDecimal;

import brussels.maillage.indicators.Exactness;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.metrics.Decimals;
import brussels.maillage.indicators.metrics.MetricRegistry;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the manual value form beyond its fields: a metric of the registry, a
 * territory it is measured for, a year, a positive number, a value or a printed form.
 */
@Component
class ManualValueChecks {

	private final MetricRegistry registry;

	ManualValueChecks(MetricRegistry registry) {
		this.registry = registry;
	}

	/** The value typed, or {@code null} with the errors next to their fields. */
	Checked check(ManualValueForm form, Errors errors) {
		MetricDefinition metric = this.registry.definition(form.metric()).orElse(null);
		if (metric == null) {
			errors.rejectValue("metric", "indicators.indicator.metric.unknown");
		}
		Integer year = null;
		if (form.year() != null && form.year().strip().matches("\\d{4}")
				&& Integer.parseInt(form.year().strip()) >= 2000 && Integer.parseInt(form.year().strip()) <= 2100) {
			year = Integer.parseInt(form.year().strip());
		}
		else {
			errors.rejectValue("year", "indicators.year.invalid");
		}
		String territory = "ALL".equals(form.territory()) ? null : form.territory();
		if (metric != null && territory != null && !metric.territories().contains(territory)) {
			errors.rejectValue("territory", "indicators.manual.territory.invalid");
		}
		BigDecimal value = null;
		if (form.value() != null && !form.value().isBlank()) {
			value = Decimals.parse(form.value());
			if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("999999999999")) > 0) {
				errors.rejectValue("value", "indicators.manual.value.invalid");
				value = null;
			}
		}
		else if (form.printed() == null || form.printed().isBlank()) {
			errors.rejectValue("value", "indicators.manual.valueOrPrinted");
		}
		Exactness exactness = null;
		for (Exactness candidate : Exactness.values()) {
			if (candidate.name().equals(form.exactness())) {
				exactness = candidate;
			}
		}
		if (exactness == null) {
			errors.rejectValue("exactness", "indicators.indicator.choice.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Checked(metric.code(), year, territory, value, exactness);
	}

	/** What the checks read from the form. */
	record Checked(String metric, int year, String territory, BigDecimal value, Exactness exactness) {
	}

}
