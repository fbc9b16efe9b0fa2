package brussels.maillage.directory.search.english;

import java.util.List;

import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An English word for a general practitioner asks for a general practice
 * ({@link EnglishWorkplaces}, issue 17, session 21); the French and Dutch words, and a
 * doctor named after "for", are read as before.
 */
class EnglishWorkplacesTests {

	private static final Thesaurus THESAURUS = new Thesaurus(
			List.of(List.of("medecin generaliste", "huisarts", "gp", "family doctor", "doctor"),
					List.of("maison medicale", "wijkgezondheidscentrum"), List.of("interprete", "interpreter")));

	@Test
	void anEnglishWordForAGeneralPractitionerAsksForAGeneralPractice() {
		for (String text : List.of("gp in schaerbeek", "family doctor", "english speaking doctor")) {
			List<String> words = Words.of(text);
			assertThat(EnglishWorkplaces.boost(THESAURUS, words, EnglishWords.mentions(THESAURUS, words))).as(text)
				.isNotNull();
		}
	}

	@Test
	void frenchAndDutchWordsAndADoctorAfterForAreReadAsBefore() {
		for (String text : List.of("huisarts jette", "medecin generaliste", "interpreter for a doctor appointment",
				"dentist")) {
			List<String> words = Words.of(text);
			assertThat(EnglishWorkplaces.boost(THESAURUS, words, EnglishWords.mentions(THESAURUS, words))).as(text)
				.isNull();
		}
	}

}
