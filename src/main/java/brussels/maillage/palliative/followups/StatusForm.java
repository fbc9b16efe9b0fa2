package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;

/**
 * A change of a follow-up's status, as typed.
 *
 * @param status the new status
 * @param changedOn the day it takes effect
 */
record StatusForm(
		@NotBlank @OneOf(value = FollowUpStatus.class, optional = true, message = PalliativeInput.CHOICE) String status,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String changedOn) {

	static StatusForm empty(LocalDate today) {
		return new StatusForm("", today.toString());
	}

	/** The status chosen (once the form is valid). */
	FollowUpStatus chosenStatus() {
		return FollowUpStatus.valueOf(this.status);
	}

}
