package brussels.maillage.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person gives to register, from the form or the API; its field rules are the Bean
 * Validation constraints below (their messages are keys of the events bundle), the
 * answers are checked against the event's questions when it is registered.
 *
 * @param name their name
 * @param email their e-mail address
 * @param organisation their organisation (optional)
 * @param language the language for messages: {@code fr}, {@code nl} or {@code en}
 * @param answers answers to the event's custom questions, in order (optional)
 * @param accessibility accessibility needs (optional)
 * @param consent whether they accept the consent text
 */
public record RegisterForEvent(
		@NotNull(message = "events.register.error.name") @Size(max = 200,
				message = "events.register.error.nameLength") String name,
		@NotNull(message = "events.register.error.emailMissing") @Size(max = 254,
				message = "events.register.error.email") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
						message = "events.register.error.email") String email,
		@Size(max = 200, message = "events.register.error.organisation") String organisation,
		@NotNull(message = "events.register.error.language") @Pattern(regexp = "fr|nl|en",
				message = "events.register.error.language") String language,
		List<String> answers, @Size(max = 1000, message = "events.register.error.accessibility") String accessibility,
		@AssertTrue(message = "events.register.error.consent") boolean consent) {

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

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
