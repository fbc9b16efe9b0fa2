package brussels.maillage.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the page's language and in Europe/Brussels, for templates
 * ({@code ${@formats.dateTime(x)}}).
 */
@Component("formats")
public class Formats {

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.clock.getZone())
			.format(instant);
	}

	/**
	 * A whole number with the page language's grouping, for example 1 249 597 in French,
	 * 1.249.597 in Dutch.
	 */
	public String number(long value) {
		return java.text.NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

}
