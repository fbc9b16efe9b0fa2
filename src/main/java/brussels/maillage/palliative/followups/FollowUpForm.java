package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the team types to open a follow-up; kept as typed so that nothing is lost when a
 * field is refused. Categories only: the form has no field for a name or a note. The
 * rules that need the bassins, the referring teams, the psychologists or the clock are
 * {@link FollowUpChecks}'.
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
record FollowUpForm(
		@NotBlank @OneOf(value = FollowUpKind.class, optional = true, message = PalliativeInput.CHOICE) String kind,
		@NotBlank @OneOf(value = PersonCategory.class, optional = true,
				message = PalliativeInput.CHOICE) String personCategory,
		@NotBlank @OneOf(value = CareSetting.class, optional = true, message = PalliativeInput.CHOICE) String setting,
		@NotBlank String bassin, @Size(max = 32) String referringTeam,
		@OneOf(value = ReasonCategory.class, optional = true, message = PalliativeInput.CHOICE) String reason,
		@Size(max = 12) String participants,
		@Matches(regexp = PalliativeInput.ID, message = PalliativeInput.CHOICE) String psychologist,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String referredOn) {

	static FollowUpForm empty(LocalDate today) {
		return new FollowUpForm("INDIVIDUAL", "", "", "", "", "", "", "", today.toString());
	}

}
