package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;

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
record InterviewForm(@NotBlank @Size(max = 10) String heldOn, @NotBlank String interviewer, @NotBlank String outcome) {

	static InterviewForm empty(LocalDate today) {
		return new InterviewForm(today.toString(), "", "");
	}

}
