package brussels.maillage.plans.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of a plan's status; a validation names the council decision.
 *
 * @param status the status it moves to
 * @param decisionText the council's decision as written
 * @param decidedOn the day of the decision, {@code 2025-03-12}
 * @param meetingId the governance meeting where it was taken, if known
 * @param note what goes with another change
 */
record StatusForm(@NotBlank @Pattern(regexp = "DRAFT|PROPOSED|VALIDATED|CLOSED") String status,
		@Size(max = 2000) String decisionText, @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}") String decidedOn,
		@Pattern(
				regexp = "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") String meetingId,
		@Size(max = 2000) String note) {

	static final String[] FIELDS = { "status", "decisionText", "decidedOn", "meetingId", "note" };

	static StatusForm empty() {
		return new StatusForm(null, null, null, null, null);
	}

}
