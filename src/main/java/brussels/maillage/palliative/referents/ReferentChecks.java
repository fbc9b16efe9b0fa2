package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.palliative.figures.PalliativeFigures;
import brussels.maillage.palliative.forms.PalliativeInput;

import org.springframework.validation.Errors;

/**
 * Turns what was typed for referent groups into checked values, problems next to the
 * field.
 */
final class ReferentChecks {

	private ReferentChecks() {
	}

	/**
	 * The day of a field its annotations found to be a day: from 2000 to 2100 (dates may
	 * lie ahead: meetings are planned); {@code null} when refused.
	 */
	static LocalDate date(String value, String field, Errors errors) {
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

	/** The outcome of a meeting as chosen, and its participants when held. */
	static Integer attendance(AttendanceForm form, Errors errors) {
		return "HELD".equals(PalliativeInput.blankToNull(form.meetingStatus()))
				? participants(form.participants(), errors) : null;
	}

	/** One or two known bassins. */
	static List<String> bassins(List<String> typed, Errors errors) {
		List<String> bassins = typed.stream().distinct().toList();
		if (bassins.isEmpty() || bassins.size() > 2 || !PalliativeFigures.BASSINS.containsAll(bassins)) {
			errors.rejectValue("bassins", "palliative.referents.bassins.count");
			return List.of();
		}
		return bassins;
	}

	/** A count of participants: a whole number from 0 to 999. */
	static Integer participants(String typed, Errors errors) {
		String value = (typed != null) ? typed.strip() : "";
		if (!value.matches("\\d{1,3}")) {
			errors.rejectValue("participants", "palliative.referents.participants.invalid");
			return null;
		}
		return Integer.valueOf(value);
	}

}
