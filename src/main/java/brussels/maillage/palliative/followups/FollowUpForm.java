package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the team types to open a follow-up; kept as typed so that nothing is lost when a
 * field is refused. Categories only: the form has no field for a name or a note.
 *
 * @param kind individual, team or group
 * @param personCategory who is followed
 * @param setting where
 * @param bassin the bassin
 * @param referringTeam the referring team's code, or empty
 * @param reason reason category of a team follow-up, or empty
 * @param participants people reached by a team or group follow-up, or empty
 * @param psychologist the psychologist's id, or empty
 * @param referredOn the day it was referred
 */
record FollowUpForm(@NotBlank String kind, @NotBlank String personCategory, @NotBlank String setting,
		@NotBlank String bassin, @Size(max = 32) String referringTeam, @Size(max = 24) String reason,
		@Size(max = 12) String participants, @Size(max = 19) String psychologist,
		@NotBlank @Size(max = 10) String referredOn) {

	static FollowUpForm empty(LocalDate today) {
		return new FollowUpForm("INDIVIDUAL", "", "", "", "", "", "", "", today.toString());
	}

}
