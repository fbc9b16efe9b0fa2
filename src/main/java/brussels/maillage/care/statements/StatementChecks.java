package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.Refused;

import org.springframework.validation.Errors;

/**
 * The rules of the statement forms beyond their annotations: days from the year 2000, a
 * fee's amount in euros; each problem next to its field. Pure functions of what was
 * typed.
 */
final class StatementChecks {

	private StatementChecks() {
	}

	/** The first day of a new statement's period, or {@code null} when refused. */
	static LocalDate draft(StatementForm form, Errors errors) {
		LocalDate start = CareInput.day(form.periodStart(), "periodStart", errors, null);
		return errors.hasErrors() ? null : start;
	}

	/** The amount of a fee line, or {@code null} when refused. */
	static BigDecimal fee(FeeForm form, Errors errors) {
		BigDecimal amount = amount(form.amount(), errors);
		return errors.hasErrors() ? null : amount;
	}

	/** The day of a statement's next step, or {@code null} when refused. */
	static LocalDate step(StepForm form, Errors errors) {
		LocalDate on = CareInput.day(form.on(), "on", errors, null);
		return errors.hasErrors() ? null : on;
	}

	/**
	 * A refusal of a fee line next to its field; one about the line as a whole goes next
	 * to the kind, the form's first field.
	 */
	static void feeRefused(Refused refused, Errors errors) {
		if (refused.field().equals("line")) {
			errors.rejectValue("kind", refused.messageKey());
		}
		else {
			refused.showOn(errors);
		}
	}

	/** An amount in euros as typed: 12,50 or 12.50, more than 0. */
	static BigDecimal amount(String typed, Errors errors) {
		String value = (typed != null) ? typed.strip().replace(" ", "").replace("€", "") : "";
		if (value.startsWith("-")) {
			errors.rejectValue("amount", "care.statement.fee.amount");
			return null;
		}
		if (!value.matches("\\d{1,5}([.,]\\d{1,2})?")) {
			errors.rejectValue("amount", "care.statement.fee.invalid");
			return null;
		}
		return new BigDecimal(value.replace(',', '.')).setScale(2);
	}

}
