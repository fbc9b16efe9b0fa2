package brussels.maillage.palliative.partners;

import org.springframework.validation.Errors;

/**
 * The rule of the partner forms beyond their annotations: a referring team's code, by
 * which follow-ups name it, cannot be changed; the problem next to the field.
 */
final class PartnerChecks {

	private PartnerChecks() {
	}

	/** Refuses a changed team's form whose code is not the team's. */
	static void sameCode(String code, TeamForm form, Errors errors) {
		if (!code.equals(form.code())) {
			errors.rejectValue("code", "palliative.partners.code.fixed");
		}
	}

}
