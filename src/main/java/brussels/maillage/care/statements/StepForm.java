package brussels.maillage.care.statements;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.Size;

/**
 * The next step of a statement as typed.
 *
 * @param status the next status
 * @param on the day
 * @param reference the bank's payment reference, when paying
 */
record StepForm(@OneOf(value = StatementStatus.class, message = CareInput.CHOICE) String status,
		@IsoDate(message = CareInput.DATE) String on, @Size(max = 40) String reference) {

	static StepForm empty(LocalDate today) {
		return new StepForm("", today.toString(), "");
	}

	/** The status chosen (once the form is valid). */
	StatementStatus chosenStatus() {
		return StatementStatus.valueOf(this.status);
	}

}
