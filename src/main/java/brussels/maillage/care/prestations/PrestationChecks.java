package brussels.maillage.care.prestations;

import java.time.LocalDate;

import brussels.maillage.care.cases.CaseService;
import brussels.maillage.care.forms.CareInput;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the prestation form beyond its annotations: the day (from 2000, not in the
 * future), the number of units (a whole number from 1 to 99, each wrong kind with its own
 * message); each problem next to its field.
 */
@Component
class PrestationChecks {

	private final CaseService cases;

	PrestationChecks(CaseService cases) {
		this.cases = cases;
	}

	/** The prestation to record on case {@code caseId}, or {@code null} when refused. */
	NewPrestation check(long caseId, PrestationForm form, Errors errors) {
		LocalDate day = CareInput.day(form.performedOn(), "performedOn", errors, this.cases.today());
		Integer units = units(form.units(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewPrestation(caseId, form.providerId(), form.chosenType(), day, units);
	}

	/** A number of units as typed: a whole number from 1 to 99. */
	static Integer units(String typed, Errors errors) {
		if (errors.hasFieldErrors("units")) {
			return null;
		}
		String value = (typed != null) ? typed.strip() : "";
		if (value.matches("-\\s*\\d+([.,]\\d+)?")) {
			errors.rejectValue("units", "care.prestation.units.negative");
			return null;
		}
		if (!value.matches("\\d{1,6}")) {
			errors.rejectValue("units", "care.prestation.units.invalid");
			return null;
		}
		int units = Integer.parseInt(value);
		if (units == 0) {
			errors.rejectValue("units", "care.prestation.units.zero");
			return null;
		}
		if (units > 99) {
			errors.rejectValue("units", "care.prestation.units.tooMany");
			return null;
		}
		return units;
	}

}
