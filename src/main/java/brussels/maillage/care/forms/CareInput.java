package brussels.maillage.care.forms;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.validation.Errors;

/**
 * What the case-management forms share: the messages of their field annotations (a choice
 * from a list, a day), the pattern of an id picked from a list, and the rule on the days
 * typed (from the year 2000, not after a given day), which needs the clock.
 */
public final class CareInput {

	/** The bassins, in this order. */
	public static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	/** The message of a value that is not one of its list's. */
	public static final String CHOICE = "{care.form.choice}";

	/** The message of a text that is not a day. */
	public static final String DATE = "{care.form.date.invalid}";

	/** An id picked from a list, as sent. */
	public static final String ID = "\\d{1,18}";

	private CareInput() {
	}

	/**
	 * The day of a field whose annotations found a day written {@code yyyy-MM-dd} (or
	 * nothing, for an optional one): {@code null} when empty, refused, or when the field
	 * already has an error; a day before the year 2000 or after {@code latest} (if given)
	 * is refused next to the field.
	 */
	public static LocalDate day(String value, String field, Errors errors, LocalDate latest) {
		if (errors.hasFieldErrors(field) || value == null || value.isBlank()) {
			return null;
		}
		LocalDate day = LocalDate.parse(value.strip());
		if (day.getYear() < 2000) {
			errors.rejectValue(field, "care.form.date.tooOld");
			return null;
		}
		if (latest != null && day.isAfter(latest)) {
			errors.rejectValue(field, "care.form.date.future");
			return null;
		}
		return day;
	}

	/** Empty text as {@code null}, else stripped. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
