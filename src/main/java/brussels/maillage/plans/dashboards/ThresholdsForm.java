package brussels.maillage.plans.dashboards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The colour legend's thresholds as typed: whole percentages of the target.
 *
 * @param reached percent from which a deliverable has reached its target
 * @param close percent from which it is close to it
 */
record ThresholdsForm(@NotBlank @Pattern(regexp = "|\\s*\\d{1,4}\\s*%?\\s*") String reached,
		@NotBlank @Pattern(regexp = "|\\s*\\d{1,4}\\s*%?\\s*") String close) {

	static final String[] FIELDS = { "reached", "close" };

	static ThresholdsForm of(Thresholds thresholds) {
		return new ThresholdsForm(String.valueOf(thresholds.reached()), String.valueOf(thresholds.close()));
	}

	/** A typed percentage as a number ("75 %" is 75). */
	static int percent(String typed) {
		return Integer.parseInt(typed.replace("%", "").strip());
	}

}
