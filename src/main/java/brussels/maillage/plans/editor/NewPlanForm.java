package brussels.maillage.plans.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A new plan: its territory and year.
 *
 * @param territory the territory's code
 * @param year the year, four digits
 */
record NewPlanForm(
		@NotBlank @Pattern(regexp = "REGION|NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST|PALLIATIVE") String territory,
		@NotBlank @Pattern(regexp = "|20\\d{2}") String year) {

	static final String[] FIELDS = { "territory", "year" };

}
