package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns what was typed into checked values, each problem as a message next to its field:
 * codes from their lists, real dates not in the future, counts that are whole and not
 * negative, a referring team and psychologist that exist.
 */
@Component
class FollowUpChecks {

	static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	private final FollowUpRepository followUps;

	FollowUpChecks(FollowUpRepository followUps) {
		this.followUps = followUps;
	}

	NewFollowUp followUp(FollowUpForm form, Errors errors, LocalDate today) {
		FollowUpKind kind = choice(FollowUpKind.class, form.kind(), "kind", errors);
		PersonCategory category = choice(PersonCategory.class, form.personCategory(), "personCategory", errors);
		CareSetting setting = choice(CareSetting.class, form.setting(), "setting", errors);
		if (!errors.hasFieldErrors("bassin") && (form.bassin() == null || !BASSINS.contains(form.bassin()))) {
			errors.rejectValue("bassin", "palliative.form.choice");
		}
		String team = blankToNull(form.referringTeam());
		if (team != null && !this.followUps.referringTeamExists(team)) {
			errors.rejectValue("referringTeam", "palliative.form.choice");
		}
		ReasonCategory reason = null;
		if (blankToNull(form.reason()) != null) {
			reason = choice(ReasonCategory.class, form.reason(), "reason", errors);
			if (kind != null && kind != FollowUpKind.TEAM) {
				errors.rejectValue("reason", "palliative.followUp.reason.teamOnly");
			}
		}
		Integer participants = count(form.participants(), "participants", errors);
		Long psychologist = null;
		if (blankToNull(form.psychologist()) != null) {
			psychologist = form.psychologist().matches("\\d{1,18}") ? Long.valueOf(form.psychologist()) : null;
			if (psychologist == null || !this.followUps.psychologistExists(psychologist)) {
				errors.rejectValue("psychologist", "palliative.form.choice");
			}
		}
		LocalDate referredOn = date(form.referredOn(), "referredOn", errors, today);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewFollowUp(kind, category, setting, form.bassin(), team, reason, participants, psychologist,
				referredOn);
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(field, "palliative.form.choice");
		return null;
	}

	/**
	 * A day as typed (ISO, as date fields send it), not after {@code latest} if given.
	 */
	static LocalDate date(String value, String field, Errors errors, LocalDate latest) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000) {
				errors.rejectValue(field, "palliative.form.date.tooOld");
				return null;
			}
			if (latest != null && day.isAfter(latest)) {
				errors.rejectValue(field, "palliative.form.date.future");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "palliative.form.date.invalid");
			return null;
		}
	}

	static Integer count(String value, String field, Errors errors) {
		String typed = blankToNull(value);
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

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
