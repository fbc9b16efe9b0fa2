package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.indicators.Exactness;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.indicators.metrics.Territories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored indicators as their staff pages show them: each computed from its metrics
 * for a year and a territory. A zero denominator gives no data, never an error.
 */
@Service
@Transactional(readOnly = true)
class Indicators {

	private final IndicatorRepository indicators;

	private final Metrics metrics;

	Indicators(IndicatorRepository indicators, Metrics metrics) {
		this.indicators = indicators;
		this.metrics = metrics;
	}

	/** Every indicator, by code. */
	public List<Indicator> all() {
		return this.indicators.all();
	}

	/** The indicator of {@code code}. */
	public Optional<Indicator> find(String code) {
		return this.indicators.find(code);
	}

	/**
	 * The value of {@code indicator} in {@code year} for {@code territory} or the whole.
	 */
	public IndicatorValue value(Indicator indicator, int year, String territory) {
		Measure numerator = measure(indicator.numerator(), year, territory);
		Measure denominator = (indicator.denominator() != null) ? measure(indicator.denominator(), year, territory)
				: null;
		return compute(indicator, year, territory, numerator, denominator);
	}

	/**
	 * The values of {@code indicator} in {@code year}: the whole first ({@code null}
	 * key), then each bassin when it is broken down by bassin.
	 */
	public Map<String, IndicatorValue> values(Indicator indicator, int year) {
		Map<String, IndicatorValue> values = new LinkedHashMap<>();
		values.put(null, value(indicator, year, null));
		if (indicator.disaggregation() == Indicator.Disaggregation.BASSIN) {
			for (String bassin : Territories.BASSINS) {
				values.put(bassin, value(indicator, year, bassin));
			}
		}
		return values;
	}

	/** The metric's measure; no data for a code no metric has (any more). */
	private Measure measure(String metric, int year, String territory) {
		return this.metrics.find(metric).isPresent() ? this.metrics.measure(metric, year, territory)
				: Measure.noData(metric, year, territory, null);
	}

	/** The value of an indicator from its numerator's and denominator's measures. */
	static IndicatorValue compute(Indicator indicator, int year, String territory, Measure numerator,
			Measure denominator) {
		Exactness exactness = numerator.exactness().and((denominator != null) ? denominator.exactness() : null);
		if (!numerator.hasData()) {
			return new IndicatorValue(indicator, year, territory, numerator, denominator, null, exactness,
					IndicatorValue.NoData.NUMERATOR);
		}
		BigDecimal value = numerator.value().multiply(indicator.factor());
		if (denominator != null) {
			if (!denominator.hasData()) {
				return new IndicatorValue(indicator, year, territory, numerator, denominator, null, exactness,
						IndicatorValue.NoData.DENOMINATOR);
			}
			if (denominator.value().signum() == 0) {
				return new IndicatorValue(indicator, year, territory, numerator, denominator, null, exactness,
						IndicatorValue.NoData.ZERO_DENOMINATOR);
			}
			value = value.divide(denominator.value(), MathContext.DECIMAL64);
		}
		return new IndicatorValue(indicator, year, territory, numerator, denominator,
				value.setScale(1, RoundingMode.HALF_UP), exactness, null);
	}

}
