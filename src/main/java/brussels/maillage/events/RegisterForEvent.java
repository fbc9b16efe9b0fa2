package brussels.maillage.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person gives to register, from the form or the API.
 *
 * @param name their name
 * @param email their e-mail address
 * @param organisation their organisation (optional)
 * @param language the language for messages: {@code fr}, {@code nl} or {@code en}
 * @param answers answers to the event's custom questions, in order (optional)
 * @param accessibility accessibility needs (optional)
 * @param consent whether they accept the consent text
 */
public record RegisterForEvent(String name, String email, String organisation, String language, List<String> answers,
		String accessibility, boolean consent) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public RegisterForEvent {
		name = clean(name);
		email = (clean(email) != null) ? clean(email).toLowerCase(Locale.ROOT) : null;
		organisation = clean(organisation);
		language = clean(language);
		accessibility = clean(accessibility);
		List<String> cleaned = new ArrayList<>();
		if (answers != null) {
			answers.forEach((answer) -> cleaned.add((clean(answer) != null) ? clean(answer) : ""));
		}
		answers = List.copyOf(cleaned);
	}

	/**
	 * What is wrong, as field name → message key, in the form's order; empty when it can
	 * be registered.
	 */
	public Map<String, String> problems(int questions) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name == null) {
			problems.put("name", "events.register.error.name");
		}
		else if (this.name.length() > 200) {
			problems.put("name", "events.register.error.nameLength");
		}
		if (this.email == null) {
			problems.put("email", "events.register.error.emailMissing");
		}
		else if (!EMAIL.matcher(this.email).matches() || this.email.length() > 254) {
			problems.put("email", "events.register.error.email");
		}
		if (this.organisation != null && this.organisation.length() > 200) {
			problems.put("organisation", "events.register.error.organisation");
		}
		if (this.language == null || !List.of("fr", "nl", "en").contains(this.language)) {
			problems.put("language", "events.register.error.language");
		}
		for (int i = 0; i < Math.min(questions, this.answers.size()); i++) {
			if (this.answers.get(i).length() > 1000) {
				problems.put("answer" + i, "events.register.error.answer");
			}
		}
		if (this.accessibility != null && this.accessibility.length() > 1000) {
			problems.put("accessibility", "events.register.error.accessibility");
		}
		if (!this.consent) {
			problems.put("consent", "events.register.error.consent");
		}
		return problems;
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
