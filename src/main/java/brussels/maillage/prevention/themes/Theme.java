package brussels.maillage.prevention.themes;

import java.time.YearMonth;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A month's prevention theme of the regional calendar.
 *
 * @param id theme id
 * @param year the year
 * @param month the month, 1 to 12
 * @param title its title in fr, nl and en
 */
public record Theme(UUID id, int year, int month, LocalizedText title) {

	public YearMonth yearMonth() {
		return YearMonth.of(this.year, this.month);
	}

}
