package brussels.maillage.indicators;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The value of a metric for a year and a territory, or no data (which is not 0).
 *
 * @param metric the metric's code
 * @param year the calendar year
 * @param territory the territory code, or {@code null} for all
 * @param value the exact value, or {@code null} for no data
 * @param exactness how exact the value is ({@code EXACT} without data)
 * @param source where the value comes from: a module's code for a value counted from its
 * records, {@code manual} for a value typed in with a reason
 * @param printed the value as the report prints it ("30aine", "+35"), or {@code null} to
 * print the value itself
 * @param reason why a manual value or printed form was given, or {@code null}
 */
public record Measure(String metric, int year, String territory, BigDecimal value, Exactness exactness, String source,
		String printed, String reason) {

	/** The source of a value typed in. */
	public static final String MANUAL = "manual";

	public Measure {
		Objects.requireNonNull(metric, "metric");
		exactness = (exactness != null) ? exactness : Exactness.EXACT;
	}

	/** No data for the metric, year and territory. */
	public static Measure noData(String metric, int year, String territory, String source) {
		return new Measure(metric, year, territory, null, Exactness.EXACT, source, null, null);
	}

	/** Whether there is a value. */
	public boolean hasData() {
		return this.value != null;
	}

	/**
	 * The figure as the report prints it: the printed form when one was given, otherwise
	 * the value in {@code locale}'s digits, preceded by "±" when it is about and "≥" when
	 * it is a minimum; {@code null} for no data.
	 */
	public String shown(Locale locale) {
		if (this.printed != null) {
			return this.printed;
		}
		if (this.value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		String number = format.format(this.value);
		return switch (this.exactness) {
			case ABOUT -> "± " + number;
			case AT_LEAST -> "≥ " + number;
			case EXACT -> number;
		};
	}

	/** Whether the value was typed in rather than counted. */
	public boolean manual() {
		return MANUAL.equals(this.source);
	}

}
