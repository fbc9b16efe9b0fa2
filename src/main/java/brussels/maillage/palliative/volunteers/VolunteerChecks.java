package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.palliative.followups.Choice;
import brussels.maillage.palliative.forms.PalliativeInput;

import org.springframework.validation.Errors;

/**
 * The rules of the volunteer forms beyond their annotations, each problem as a message
 * next to its field: dates from 2000 and not in the future, a means of contact, an
 * interviewer of the team, a year of four digits, whole numbers within bounds. A field
 * its annotations refused is skipped.
 */
final class VolunteerChecks {

	private VolunteerChecks() {
	}

	static void contact(CandidateForm form, Errors errors) {
		if (blankToNull(form.email()) == null && blankToNull(form.phone()) == null && !errors.hasFieldErrors("email")) {
			errors.rejectValue("email", "palliative.volunteer.contact.required");
		}
	}

	/**
	 * The day of a field its annotations found to be a day: from 2000, not after today;
	 * {@code null} when refused.
	 */
	static LocalDate date(String value, String field, Errors errors, LocalDate today) {
		return PalliativeInput.day(value, field, errors, today);
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

	/**
	 * The day of a field its annotations found to be a day: from 2000 to 2100 (a cycle
	 * may be planned ahead); {@code null} when refused.
	 */
	static LocalDate day(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		LocalDate day = LocalDate.parse(value.strip());
		if (day.getYear() < 2000 || day.getYear() > 2100) {
			errors.rejectValue(field, "palliative.form.date.tooOld");
			return null;
		}
		return day;
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
