package brussels.maillage.directory.cadastres;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The next step of a line's mapping (met after listed, collaboration agreed after met)
 * and its day.
 *
 * @param on the day, {@code yyyy-mm-dd}
 */
record StepForm(@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String on) {

	StepForm {
		on = (on != null) ? on.strip() : "";
	}

}
