package brussels.maillage.palliative.volunteers;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A period as a person reads it in their language ("6 mois", "30 dagen", "1 year and 2
 * months"), not as ISO-8601 ({@code P30D}) nor rounded to whole months.
 */
final class HumanPeriod {

	private HumanPeriod() {
	}

	static String of(Period period, MessageSource messages, Locale locale) {
		Period normal = period.normalized();
		List<String> parts = new ArrayList<>();
		if (normal.getYears() != 0) {
			parts.add(messages.getMessage("palliative.period.years", new Object[] { normal.getYears() }, locale));
		}
		if (normal.getMonths() != 0) {
			parts.add(messages.getMessage("palliative.period.months", new Object[] { normal.getMonths() }, locale));
		}
		if (normal.getDays() != 0 || parts.isEmpty()) {
			parts.add(messages.getMessage("palliative.period.days", new Object[] { normal.getDays() }, locale));
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		String and = messages.getMessage("palliative.period.and", null, locale);
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.getLast();
	}

}
