package brussels.maillage.indicators.manual;

import java.math.BigDecimal;
import java.time.Instant;

import brussels.maillage.indicators.Exactness;

/**
 * A value typed in for a metric, a year and a territory, or the form its figure is
 * printed in, with the reason.
 *
 * @param id row id
 * @param metric the metric's code
 * @param year the year
 * @param territory the territory, or {@code null} for the whole
 * @param value the value, or {@code null} when only the printed form is given
 * @param exactness how exact the value is
 * @param printed the figure as printed ("30aine"), or {@code null}
 * @param reason why it was typed in
 * @param enteredBy who typed it
 * @param enteredAt when
 */
public record ManualValue(long id, String metric, int year, String territory, BigDecimal value, Exactness exactness,
		String printed, String reason, String enteredBy, Instant enteredAt) {
}
