package brussels.maillage.care.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.validation.Errors;

/**
 * Turns what was typed in a case-management form into checked values, each problem as a
 * message next to its field: codes from their lists, real days, whole numbers.
 */
public final class CareInput {

	/** The bassins, in this order. */
	public static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	private CareInput() {
	}

	/** The constant of {@code type} named {@code value}, else a message on the field. */
	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(field, "care.form.choice");
		return null;
	}

	/**
	 * A day as typed (ISO, as date fields send it), not after {@code latest} if given.
	 */
	public static LocalDate date(String value, String field, Errors errors, LocalDate latest) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "care.form.date.invalid");
			return null;
		}
		try {
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
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "care.form.date.invalid");
			return null;
		}
	}

	/** An optional day: {@code null} when left empty. */
	public static LocalDate optionalDate(String value, String field, Errors errors, LocalDate latest) {
		return (value == null || value.isBlank()) ? null : date(value, field, errors, latest);
	}

	/** An id picked from a list, else a message on the field. */
	public static Long id(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			errors.rejectValue(field, "care.form.choice");
			return null;
		}
		return Long.valueOf(value.strip());
	}

	/** Empty text as {@code null}, else stripped. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
