package brussels.maillage.directory.search.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language the help is wanted in, named in the typed text in French, Dutch or English,
 * is read and taken out of the words ({@link SpokenLanguages}); a language's name that
 * asks for a language course stays a word.
 */
class SpokenLanguagesTests {

	@Test
	void aLanguageNamedForTheHelpIsReadAndTakenOutOfTheWords() {
		Map<String, String[]> typed = Map.ofEntries(
				Map.entry("therapist who speaks english", new String[] { "en", "therapist" }),
				Map.entry("psychologue qui parle arabe", new String[] { "ar", "psychologue" }),
				Map.entry("médecin anglophone", new String[] { "en", "medecin" }),
				Map.entry("Engelstalige psycholoog", new String[] { "en", "psycholoog" }),
				Map.entry("dokter die Arabisch spreekt", new String[] { "ar", "dokter" }),
				Map.entry("counselling in English", new String[] { "en", "counselling" }),
				Map.entry("aide en turc", new String[] { "tr", "aide" }),
				Map.entry("English-speaking GP", new String[] { "en", "gp" }),
				Map.entry("hulp in het Spaans bij formulieren", new String[] { "es", "hulp bij formulieren" }),
				Map.entry("avocat parlant portugais", new String[] { "pt", "avocat" }),
				Map.entry("psychologue de langue russe", new String[] { "ru", "psychologue" }),
				Map.entry("écoute en tamazight", new String[] { "ber", "ecoute" }),
				Map.entry("médecin qui parle lingala", new String[] { "ln", "medecin" }),
				Map.entry("Poolstalige huisarts", new String[] { "pl", "huisarts" }),
				Map.entry("aide administrative en roumain", new String[] { "ro", "aide administrative" }));
		assertRead(typed);
	}

	@Test
	void englishClausesOfTheSpokenLanguageAreRead() {
		// Session 21: how expats write the language the provider must speak.
		Map<String, String[]> typed = Map.ofEntries(Map.entry("gp that speaks arabic", new String[] { "ar", "gp" }),
				Map.entry("dentist who can speak spanish", new String[] { "es", "dentist" }),
				Map.entry("lawyer that speak turkish", new String[] { "tr", "lawyer" }),
				Map.entry("therapist fluent in english", new String[] { "en", "therapist" }),
				Map.entry("arabic speaker social worker", new String[] { "ar", "social worker" }),
				Map.entry("dutch speaking home nurse", new String[] { "nl", "home nurse" }));
		assertRead(typed);
	}

	/** Each text's language read, the words left and the language the page names. */
	private static void assertRead(Map<String, String[]> typed) {
		typed.forEach((text, read) -> {
			SpokenLanguages.Read reading = SpokenLanguages.read(text);
			assertThat(reading.code()).as(text).isEqualTo(read[0]);
			assertThat(reading.text()).as(text).isEqualTo(read[1]);
			assertThat(SpokenLanguages.named(text)).as(text).isEqualTo(read[0]);
		});
	}

	@Test
	void aLanguageCourseOrALanguageAloneStaysWords() {
		for (String text : new String[] { "cours de français", "Nederlands leren", "français langue étrangère",
				"cours d'anglais", "cours en anglais pour adultes", "lessen Nederlands", "English classes",
				"learn Dutch", "alphabétisation en français", "langue des signes", "english", "psychologue arabe",
				"logopède à Anderlecht" }) {
			SpokenLanguages.Read reading = SpokenLanguages.read(text);
			assertThat(reading.code()).as(text).isNull();
			assertThat(reading.text()).as(text).isEqualTo(text);
		}
		assertThat(SpokenLanguages.named(null)).isNull();
	}

	/**
	 * Languages joined by "and" or "or" are all read: the Dutch "en" between two names is
	 * "and", not the French "en" before the second (session 20).
	 */
	@Test
	void languagesJoinedByAndOrOrAreAllRead() {
		Map<String, Object[]> typed = Map.ofEntries(
				Map.entry("psycholoog die Engels en Frans spreekt", new Object[] { List.of("en", "fr"), "psycholoog" }),
				Map.entry("huisarts Engels en Frans", new Object[] { List.of("en", "fr"), "huisarts" }),
				Map.entry("médecin qui parle anglais ou arabe", new Object[] { List.of("en", "ar"), "medecin" }),
				Map.entry("therapist in English or French", new Object[] { List.of("en", "fr"), "therapist" }),
				Map.entry("aide en anglais et en arabe", new Object[] { List.of("en", "ar"), "aide" }),
				Map.entry("Engelstalige of Franstalige huisarts", new Object[] { List.of("en", "fr"), "huisarts" }));
		typed.forEach((text, read) -> {
			SpokenLanguages.Read reading = SpokenLanguages.read(text);
			assertThat(reading.codes()).as(text).isEqualTo(read[0]);
			assertThat(reading.text()).as(text).isEqualTo(read[1]);
		});
	}

	@Test
	void aTextThatIsOnlyTheLanguageStaysSearchedAsTyped() {
		SpokenLanguages.Read reading = SpokenLanguages.read("in English");
		assertThat(reading.code()).isEqualTo("en");
		assertThat(reading.text()).isEqualTo("in English");
	}

}
