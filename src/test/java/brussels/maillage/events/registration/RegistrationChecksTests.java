package brussels.maillage.events.registration;

import java.util.List;
import java.util.Map;

import brussels.maillage.events.RegisterForEvent;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a registration meets, from the form or the API, without the application. */
class RegistrationChecksTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private final RegistrationChecks checks = new RegistrationChecks(VALIDATION.getValidator());

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	private static RegisterForEvent person(String name, String email, String language, List<String> answers,
			boolean consent) {
		return new RegisterForEvent(name, email, "CPAS d'Anderlecht", language, answers, null, consent);
	}

	@Test
	void acceptsAPersonWhoFilledTheForm() {
		assertThat(this.checks
			.problems(person("Awa Diallo", " Awa.Diallo@Example.be ", "fr", List.of("infirmière"), true), 1)).isEmpty();
	}

	@Test
	void refusesABlankNameAMissingEmailAndNoConsentEachNextToItsField() {
		Map<String, String> problems = this.checks.problems(person("   ", "", "nl", List.of(), false), 0);
		assertThat(problems).containsExactly(Map.entry("name", "events.register.error.name"),
				Map.entry("email", "events.register.error.emailMissing"),
				Map.entry("consent", "events.register.error.consent"));
	}

	@Test
	void refusesAnAddressWithoutAtSignOrDomain() {
		assertThat(this.checks.problems(person("Jan", "jan.example.be", "nl", List.of(), true), 0))
			.containsExactly(Map.entry("email", "events.register.error.email"));
		assertThat(this.checks.problems(person("Jan", "jan@example", "nl", List.of(), true), 0))
			.containsExactly(Map.entry("email", "events.register.error.email"));
	}

	@Test
	void refusesTooLongTextsAndALanguageWithoutMessages() {
		RegisterForEvent form = new RegisterForEvent("N".repeat(201), "a".repeat(250) + "@x.be", "O".repeat(201), "de",
				List.of(), "A".repeat(1001), true);
		assertThat(this.checks.problems(form, 0)).containsExactly(Map.entry("name", "events.register.error.nameLength"),
				Map.entry("email", "events.register.error.email"),
				Map.entry("organisation", "events.register.error.organisation"),
				Map.entry("language", "events.register.error.language"),
				Map.entry("accessibility", "events.register.error.accessibility"));
	}

	@Test
	void checksTheAnswersToTheEventsQuestionsOnlyInTheirPlaceInTheForm() {
		String novel = "x".repeat(1001);
		RegisterForEvent form = new RegisterForEvent("Jan", "jan@example.be", null, "nl", List.of("ok", novel, novel),
				"A".repeat(1001), false);
		assertThat(this.checks.problems(form, 2)).containsExactly(Map.entry("answer1", "events.register.error.answer"),
				Map.entry("accessibility", "events.register.error.accessibility"),
				Map.entry("consent", "events.register.error.consent"));
	}

	@Test
	void acceptsAnAnswerOfExactlyAThousandCharacters() {
		assertThat(this.checks.problems(person("Jan", "jan@example.be", "en", List.of("y".repeat(1000)), true), 1))
			.isEmpty();
	}

}
