package brussels.maillage.care.cases;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;

/**
 * A status step as typed.
 *
 * @param status the new status
 * @param closure the closure category when closing
 * @param changedOn the day
 */
record CaseStatusForm(@OneOf(value = CaseStatus.class, message = CareInput.CHOICE) String status,
		@OneOf(value = ClosureCategory.class, optional = true, message = CareInput.CHOICE) String closure,
		@IsoDate(message = CareInput.DATE) String changedOn) {

	static CaseStatusForm empty(LocalDate today) {
		return new CaseStatusForm("", "", today.toString());
	}

	/** The status chosen (once the form is valid). */
	CaseStatus chosenStatus() {
		return CaseStatus.valueOf(this.status);
	}

	/** The closure category chosen, or {@code null}. */
	ClosureCategory chosenClosure() {
		return (CareInput.blankToNull(this.closure) != null) ? ClosureCategory.valueOf(this.closure) : null;
	}

}
