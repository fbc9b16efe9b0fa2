package brussels.maillage.care.statements;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * The next step of a statement as typed.
 *
 * @param status the next status
 * @param on the day
 * @param reference the bank's payment reference, when paying
 */
record StepForm(@Size(max = 10) String status, @Size(max = 10) String on, @Size(max = 40) String reference) {

	static StepForm empty(LocalDate today) {
		return new StepForm("", today.toString(), "");
	}

}
