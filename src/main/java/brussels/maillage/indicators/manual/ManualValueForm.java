package brussels.maillage.indicators.manual;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The manual value form as typed.
 *
 * @param metric the metric's code
 * @param year the year, as typed
 * @param territory a territory code, or {@code ALL}
 * @param value the exact value, as typed, or blank
 * @param exactness {@code EXACT}, {@code ABOUT} or {@code AT_LEAST}
 * @param printed the printed form, or blank
 * @param reason why
 */
record ManualValueForm(String metric, String year, String territory, String value, String exactness,
		@Size(max = 40) String printed, @NotBlank @Size(max = 500) String reason) {

	static ManualValueForm empty(int year) {
		return new ManualValueForm("", String.valueOf(year), "ALL", "", "EXACT", "", "");
	}

}
