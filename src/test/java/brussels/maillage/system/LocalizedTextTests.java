package brussels.maillage.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	@Test
	void showsTheReadersLanguageWhenPresent() {
		LocalizedText text = LocalizedText.of("Bonjour", "Goedendag", "Hello");
		assertThat(text.in(Locale.forLanguageTag("nl"))).isEqualTo(new LocalizedText.Shown("Goedendag", "nl", false));
	}

	@Test
	void fallsBackToFrenchThenDutchThenEnglish() {
		assertThat(LocalizedText.of("Bonjour", "Goedendag", null).in(Locale.ENGLISH))
			.isEqualTo(new LocalizedText.Shown("Bonjour", "fr", true));
		assertThat(LocalizedText.of(null, "Goedendag", "Hello").in(Locale.FRENCH))
			.isEqualTo(new LocalizedText.Shown("Goedendag", "nl", true));
		assertThat(LocalizedText.of(null, null, "Hello").in(Locale.forLanguageTag("nl")))
			.isEqualTo(new LocalizedText.Shown("Hello", "en", true));
	}

	@Test
	void treatsBlankAsMissing() {
		LocalizedText text = LocalizedText.of("  ", "Tekst", "");
		assertThat(text.fr()).isNull();
		assertThat(text.missingLanguages()).isEqualTo(List.of("fr", "en"));
		assertThat(text.in(Locale.FRENCH).fallback()).isTrue();
	}

	@Test
	void emptyTextShowsNothing() {
		LocalizedText text = LocalizedText.of(null, null, null);
		assertThat(text.isEmpty()).isTrue();
		assertThat(text.in(Locale.FRENCH).text()).isEmpty();
	}

}
