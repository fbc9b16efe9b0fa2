package brussels.maillage.care.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A status step as typed.
 *
 * @param status the new status
 * @param closure the closure category when closing
 * @param changedOn the day
 */
record CaseStatusForm(@Size(max = 12) String status, @Size(max = 24) String closure, @Size(max = 10) String changedOn) {

	static CaseStatusForm empty(LocalDate today) {
		return new CaseStatusForm("", "", today.toString());
	}

}
