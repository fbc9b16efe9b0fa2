package brussels.maillage.governance.syntheses;

import org.springframework.validation.Errors;

/**
 * The rule of the synthesis item form beyond its annotations: a text in French or Dutch;
 * the problem next to the French text.
 */
final class SynthesisChecks {

	private SynthesisChecks() {
	}

	/** Refuses an item without text in either language. */
	static void check(ItemForm form, Errors errors) {
		if (!errors.hasFieldErrors("textFr") && form.blank()) {
			errors.rejectValue("textFr", "governance.synthesis.error.empty");
		}
	}

}
