package brussels.maillage.plans.editor;

import brussels.maillage.plans.plan.Objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An objective as a coordinator types it.
 *
 * @param code its code ({@code II.2.1} or {@code II.2.1 a})
 * @param parentCode the strategic objective of an operational one, empty for a strategic
 * one
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param position order among its siblings
 */
record ObjectiveForm(@NotBlank @Size(max = 40) @Pattern(regexp = "|[A-Za-z0-9. ]+") String code,
		@Size(max = 40) String parentCode, @NotBlank @Size(max = 1000) String titleFr, @Size(max = 1000) String titleNl,
		@Pattern(regexp = "|\\d{1,3}") String position) {

	static final String[] FIELDS = { "code", "parentCode", "titleFr", "titleNl", "position" };

	static ObjectiveForm empty() {
		return new ObjectiveForm(null, null, null, null, null);
	}

	Objective objective() {
		return new Objective(this.code.strip(), ActionForm.strip(this.parentCode), this.titleFr.strip(),
				ActionForm.strip(this.titleNl), ActionForm.blank(this.position) ? 0 : Integer.parseInt(this.position));
	}

}
