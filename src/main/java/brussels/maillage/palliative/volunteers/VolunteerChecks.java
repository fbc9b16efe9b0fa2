package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import brussels.maillage.palliative.followups.Choice;

import org.springframework.validation.Errors;

/**
 * Turns what was typed into checked values, each problem as a message next to its field:
 * codes from their lists, real dates not in the future, a means of contact, an
 * interviewer of the team, a year of four digits.
 */
final class VolunteerChecks {

	private VolunteerChecks() {
	}

	static void contact(CandidateForm form, Errors errors) {
		if (blankToNull(form.email()) == null && blankToNull(form.phone()) == null && !errors.hasFieldErrors("email")) {
			errors.rejectValue("email", "palliative.volunteer.contact.required");
		}
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(field, "palliative.form.choice");
		return null;
	}

	/** A day as typed (ISO, as date fields send it), not after today. */
	static LocalDate date(String value, String field, Errors errors, LocalDate today) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000) {
				errors.rejectValue(field, "palliative.form.date.tooOld");
				return null;
			}
			if (day.isAfter(today)) {
				errors.rejectValue(field, "palliative.form.date.future");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "palliative.form.date.invalid");
			return null;
		}
	}

	static Long interviewer(String value, List<Choice> team, Errors errors) {
		if (errors.hasFieldErrors("interviewer")) {
			return null;
		}
		if (team.stream().noneMatch((choice) -> choice.code().equals(value))) {
			errors.rejectValue("interviewer", "palliative.form.choice");
			return null;
		}
		return Long.valueOf(value);
	}

	static Integer year(String value, Errors errors) {
		if (errors.hasFieldErrors("cycleYear")) {
			return null;
		}
		String typed = value.strip();
		if (!typed.matches("\\d{4}") || Integer.parseInt(typed) < 2000 || Integer.parseInt(typed) > 2100) {
			errors.rejectValue("cycleYear", "palliative.volunteer.year.invalid");
			return null;
		}
		return Integer.valueOf(typed);
	}

	/** A real day from 2000 to 2100 (a cycle may be planned ahead). */
	static LocalDate day(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000 || day.getYear() > 2100) {
				errors.rejectValue(field, "palliative.form.date.tooOld");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "palliative.form.date.invalid");
			return null;
		}
	}

	/** A whole number from {@code min} to {@code max}. */
	static Integer whole(String value, String field, int min, int max, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		String typed = (value != null) ? value.strip() : "";
		if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) < min || Integer.parseInt(typed) > max) {
			errors.rejectValue(field, "palliative.volunteers.whole", new Object[] { min, max }, null);
			return null;
		}
		return Integer.valueOf(typed);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
