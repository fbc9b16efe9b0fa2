package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A motivational interview as typed: day, interviewer (a staff account of the team) and
 * outcome. There is no field for notes, by design.
 *
 * @param heldOn the day
 * @param interviewer id of the staff account
 * @param outcome the outcome
 */
record InterviewForm(@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String heldOn,
		@NotBlank String interviewer,
		@NotBlank @OneOf(value = Outcome.class, optional = true, message = PalliativeInput.CHOICE) String outcome) {

	static InterviewForm empty(LocalDate today) {
		return new InterviewForm(today.toString(), "", "");
	}

}
