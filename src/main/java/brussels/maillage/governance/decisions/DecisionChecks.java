package brussels.maillage.governance.decisions;

import org.springframework.validation.Errors;

/**
 * The rules of the decision form beyond its annotations: a text in French or Dutch; and a
 * refusal of the service shown next to its field, or above the form when it concerns the
 * whole decision.
 */
final class DecisionChecks {

	private DecisionChecks() {
	}

	/** Refuses a decision without text in either language. */
	static void check(DecisionForm form, Errors errors) {
		if (form.blank()) {
			errors.rejectValue("textFr", "governance.decision.error.text");
		}
	}

	/** Shows the service's refusal next to its field, or above the form. */
	static void refused(DecisionRefused refused, Errors errors) {
		if (refused.field() != null) {
			errors.rejectValue(refused.field(), refused.messageKey());
		}
		else {
			errors.reject(refused.messageKey());
		}
	}

}
