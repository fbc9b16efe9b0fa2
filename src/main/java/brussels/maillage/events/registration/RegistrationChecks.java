package brussels.maillage.events.registration;

import java.util.Map;

import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * What is wrong with a registration, as field → message key in the form's order: its
 * field rules (Bean Validation on {@link RegisterForEvent}) and the rule that needs the
 * event, an answer to each of its questions of 1,000 characters at most.
 */
@Component
class RegistrationChecks {

	static final int ANSWER = 1000;

	private final Validator validator;

	RegistrationChecks(Validator validator) {
		this.validator = validator;
	}

	/** The problems, empty when the registration can be taken. */
	Map<String, String> problems(RegisterForEvent form, int questions) {
		Map<String, String> problems = FormProblems.of(this.validator, form);
		answers(form, questions, problems);
		return FormProblems.inFormOrder(RegisterForEvent.class, problems);
	}

	/** Answers past the event's questions are not kept, so they are not checked. */
	static void answers(RegisterForEvent form, int questions, Map<String, String> problems) {
		for (int i = 0; i < Math.min(questions, form.answers().size()); i++) {
			if (form.answers().get(i).length() > ANSWER) {
				problems.put("answer" + i, "events.register.error.answer");
			}
		}
	}

}
