package brussels.maillage.palliative.conventions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the convention forms beyond their annotations, each problem next to its
 * field: a nursing home and a kind of institution from the lists, a known step, days that
 * exist from the year 2000 on (a step's day and an identification not in the future), and
 * the refusals of the conventions' rules.
 */
@Component
class ConventionChecks {

	private final ConventionService conventions;

	ConventionChecks(ConventionService conventions) {
		this.conventions = conventions;
	}

	/** The checked identification, or {@code null} when a field is refused. */
	Identification identification(ConventionForm form, Errors errors) {
		if (!errors.hasFieldErrors("institutionKind") && (form.institutionKind() == null
				|| !PalliativeConventionController.KINDS.contains(form.institutionKind()))) {
			errors.rejectValue("institutionKind", "palliative.form.choice");
		}
		UUID organization = null;
		if (!errors.hasFieldErrors("organization")) {
			try {
				organization = UUID.fromString(form.organization());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("organization", "palliative.form.choice");
			}
		}
		LocalDate on = date(form.identifiedOn(), "identifiedOn", errors);
		return errors.hasErrors() ? null : new Identification(organization, on);
	}

	/** The checked step, or {@code null} when a field is refused. */
	Step step(StepForm form, Errors errors) {
		ConventionStatus status = null;
		if (!errors.hasFieldErrors("status")) {
			try {
				status = ConventionStatus.valueOf(form.status());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("status", "palliative.form.choice");
			}
		}
		LocalDate on = date(form.stepOn(), "stepOn", errors);
		LocalDate validUntil = null;
		if (form.validUntil() != null && !form.validUntil().isBlank()) {
			validUntil = parse(form.validUntil(), "validUntil", errors);
		}
		return errors.hasErrors() ? null : new Step(status, on, validUntil);
	}

	/**
	 * Shows a refusal of the conventions' rules next to its field; one about the signed
	 * PDF (a file beside the form) is the form's error, which the page shows at the file.
	 */
	static void refused(Refused refused, Errors errors) {
		if ("pdf".equals(refused.field())) {
			errors.reject(refused.messageKey());
		}
		else {
			refused.showOn(errors);
		}
	}

	private LocalDate date(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		LocalDate day = parse(value, field, errors);
		if (day != null && day.isAfter(this.conventions.today())) {
			errors.rejectValue(field, "palliative.form.date.future");
			return null;
		}
		return day;
	}

	private static LocalDate parse(String value, String field, Errors errors) {
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000 || day.getYear() > 2200) {
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

	/**
	 * A checked identification.
	 *
	 * @param organization the nursing home's organisation in the directory
	 * @param on the day it was identified
	 */
	record Identification(UUID organization, LocalDate on) {
	}

	/**
	 * A checked step.
	 *
	 * @param status the convention's new status
	 * @param on the step's day
	 * @param validUntil the last day of validity, or {@code null}
	 */
	record Step(ConventionStatus status, LocalDate on, LocalDate validUntil) {
	}

}
