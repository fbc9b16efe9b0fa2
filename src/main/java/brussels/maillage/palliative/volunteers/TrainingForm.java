package brussels.maillage.palliative.volunteers;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An enrolment as typed: the training cycle (name and year) and where the candidate
 * stands in it.
 *
 * @param cycleName name of the cycle
 * @param cycleYear its year
 * @param trainingStatus enrolled, trained or dropped out
 * @param daysAttended days of the cycle attended, optional
 */
record TrainingForm(@NotBlank @Size(max = 80) String cycleName, @NotBlank @Size(max = 4) String cycleYear,
		@NotBlank @OneOf(value = TrainingStatus.class, optional = true,
				message = PalliativeInput.CHOICE) String trainingStatus,
		@Size(max = 3) String daysAttended) {

	static TrainingForm empty(int year) {
		return new TrainingForm("", String.valueOf(year), "ENROLLED", "");
	}

}
