package brussels.maillage.plans.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A milestone as staff type it.
 *
 * @param dueOn its day, {@code 2025-03-12}
 * @param label what happens then
 */
record MilestoneForm(@NotBlank @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}") String dueOn,
		@NotBlank @Size(max = 200) String label) {

	static final String[] FIELDS = { "dueOn", "label" };

}
