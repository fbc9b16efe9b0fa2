package brussels.maillage.palliative.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A psychologist as typed.
 *
 * @param name the name
 * @param active whether they can be chosen for a follow-up: {@code "true"} or
 * {@code "false"}, as the box sends it
 */
record PsychologistForm(@NotBlank @Size(max = 120) String name, String active) {

	PsychologistForm {
		// A ticked box sends "true"; anything else (nothing, or text no box sends) is not
		// ticked.
		active = String.valueOf("true".equalsIgnoreCase((active != null) ? active.strip() : null));
	}

	static PsychologistForm empty() {
		return new PsychologistForm("", "true");
	}

	/** Whether the box was ticked. */
	boolean isActive() {
		return Boolean.parseBoolean(this.active);
	}

}
