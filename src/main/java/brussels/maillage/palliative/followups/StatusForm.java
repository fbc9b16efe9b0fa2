package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change of a follow-up's status, as typed.
 *
 * @param status the new status
 * @param changedOn the day it takes effect
 */
record StatusForm(@NotBlank String status, @NotBlank @Size(max = 10) String changedOn) {

	static StatusForm empty(LocalDate today) {
		return new StatusForm("", today.toString());
	}

}
