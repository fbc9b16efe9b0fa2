package brussels.maillage.palliative.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A psychologist as typed.
 *
 * @param name the name
 * @param active whether they can be chosen for a follow-up
 */
record PsychologistForm(@NotBlank @Size(max = 120) String name, Boolean active) {

	PsychologistForm {
		active = Boolean.TRUE.equals(active);
	}

	static PsychologistForm empty() {
		return new PsychologistForm("", true);
	}

}
