package brussels.maillage.prevention.themes;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Month names in the page's language, for templates.
 *
 * @param locale the page's locale
 */
record MonthNames(Locale locale) {

	/** The month's name, capitalised ("Octobre", "Oktober"). */
	public String of(int month) {
		String name = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, this.locale);
		return name.substring(0, 1).toUpperCase(this.locale) + name.substring(1);
	}

	/** The month and year as written in a sentence ("octobre 2024", "oktober 2024"). */
	public String of(Theme theme) {
		return Month.of(theme.month()).getDisplayName(TextStyle.FULL_STANDALONE, this.locale) + " " + theme.year();
	}

}
