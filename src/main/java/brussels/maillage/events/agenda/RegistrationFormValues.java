package brussels.maillage.events.agenda;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.events.RegisterForEvent;

/**
 * The public registration form as typed, shown again with errors so that nothing is lost.
 *
 * @param name name
 * @param email e-mail address
 * @param organisation organisation
 * @param language language for messages
 * @param answers answers to the custom questions
 * @param accessibility accessibility needs
 * @param consent whether the consent box is ticked
 */
record RegistrationFormValues(String name, String email, String organisation, String language, List<String> answers,
		String accessibility, Boolean consent) {

	public RegistrationFormValues {
		consent = Boolean.TRUE.equals(consent);
		answers = (answers != null) ? answers.stream().map((answer) -> (answer != null) ? answer : "").toList()
				: List.of();
	}

	static RegistrationFormValues empty(String language, int questions) {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < questions; i++) {
			answers.add("");
		}
		return new RegistrationFormValues("", "", "", language, answers, "", false);
	}

	/** The answer to question {@code index}, or empty. */
	public String answer(int index) {
		return (index < this.answers.size()) ? this.answers.get(index) : "";
	}

	RegisterForEvent toCommand() {
		return new RegisterForEvent(this.name, this.email, this.organisation, this.language, this.answers,
				this.accessibility, Boolean.TRUE.equals(this.consent));
	}

}
