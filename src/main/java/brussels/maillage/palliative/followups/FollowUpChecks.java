package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.palliative.forms.PalliativeInput;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the follow-up forms beyond their annotations, each problem as a message
 * next to its field: a bassin of the list, a referring team and psychologist that exist,
 * a reason for a team follow-up only, counts that are whole and not negative, dates from
 * the year 2000 and not in the future. A field its annotations refused is skipped.
 */
@Component
class FollowUpChecks {

	static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	private final FollowUpRepository followUps;

	FollowUpChecks(FollowUpRepository followUps) {
		this.followUps = followUps;
	}

	/** The follow-up to open, or {@code null} when a field is refused. */
	NewFollowUp followUp(FollowUpForm form, Errors errors, LocalDate today) {
		if (!errors.hasFieldErrors("bassin") && !BASSINS.contains(form.bassin())) {
			errors.rejectValue("bassin", "palliative.form.choice");
		}
		String team = PalliativeInput.blankToNull(form.referringTeam());
		if (team != null && !errors.hasFieldErrors("referringTeam") && !this.followUps.referringTeamExists(team)) {
			errors.rejectValue("referringTeam", "palliative.form.choice");
		}
		String reason = PalliativeInput.blankToNull(form.reason());
		if (reason != null && !errors.hasFieldErrors("kind") && !FollowUpKind.TEAM.name().equals(form.kind())) {
			errors.rejectValue("reason", "palliative.followUp.reason.teamOnly");
		}
		Integer participants = count(form.participants(), "participants", errors);
		String psychologist = PalliativeInput.blankToNull(form.psychologist());
		if (psychologist != null && !errors.hasFieldErrors("psychologist")
				&& !this.followUps.psychologistExists(Long.parseLong(psychologist))) {
			errors.rejectValue("psychologist", "palliative.form.choice");
		}
		LocalDate referredOn = PalliativeInput.day(form.referredOn(), "referredOn", errors, today);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewFollowUp(FollowUpKind.valueOf(form.kind()), PersonCategory.valueOf(form.personCategory()),
				CareSetting.valueOf(form.setting()), form.bassin(), team,
				(reason != null) ? ReasonCategory.valueOf(reason) : null, participants,
				(psychologist != null) ? Long.valueOf(psychologist) : null, referredOn);
	}

	/** The day of a visit, or {@code null} when a field is refused. */
	static LocalDate visit(VisitForm form, Errors errors) {
		LocalDate on = PalliativeInput.day(form.visitOn(), "visitOn", errors, null);
		return errors.hasErrors() ? null : on;
	}

	/** The day of a status change, or {@code null} when a field is refused. */
	static LocalDate statusChange(StatusForm form, Errors errors, LocalDate today) {
		LocalDate on = PalliativeInput.day(form.changedOn(), "changedOn", errors, today);
		return errors.hasErrors() ? null : on;
	}

	static Integer count(String value, String field, Errors errors) {
		String typed = PalliativeInput.blankToNull(value);
		if (typed == null || errors.hasFieldErrors(field)) {
			return null;
		}
		if (typed.matches("-\\s*\\d+")) {
			errors.rejectValue(field, "palliative.form.count.negative");
			return null;
		}
		if (!typed.matches("\\d{1,3}")) {
			errors.rejectValue(field, "palliative.form.count.invalid");
			return null;
		}
		return Integer.valueOf(typed);
	}

}
