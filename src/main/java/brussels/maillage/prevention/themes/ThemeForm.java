package brussels.maillage.prevention.themes;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

/**
 * A month's theme of the regional calendar as a coordinator types it.
 *
 * @param year the year
 * @param month the month, 1 to 12
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param titleEn English title, optional
 */
record ThemeForm(@NotBlank @Pattern(regexp = "20[0-9]{2}") String year,
		@NotBlank @Pattern(regexp = "0?[1-9]|1[0-2]") String month, @NotBlank @Size(max = 200) String titleFr,
		@NotBlank @Size(max = 200) String titleNl, @Size(max = 200) String titleEn) {

	ThemeForm {
		year = (year != null) ? year.strip() : "";
		month = (month != null) ? month.strip() : "";
	}

	static ThemeForm empty(YearMonth month) {
		return new ThemeForm(String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()), "", "", "");
	}

	/** The month, once the form is valid. */
	YearMonth yearMonth() {
		return YearMonth.of(Integer.parseInt(this.year.strip()), Integer.parseInt(this.month.strip()));
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleFr, this.titleNl, this.titleEn);
	}

}
