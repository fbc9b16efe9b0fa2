package brussels.maillage.directory.search.words;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How English typed words are read ({@link EnglishWords}): possessives, plurals the
 * thesaurus would not compare with their singular, the words of a request, the words that
 * name every kind of help, and the English words that are no misspelling.
 */
class EnglishWordsTests {

	@Test
	void aPossessiveIsNotAWord() {
		assertThat(EnglishWords.of("women's shelter")).containsExactly("women", "shelter");
		assertThat(EnglishWords.of("Old people’s home")).containsExactly("old", "people", "home");
		assertThat(EnglishWords.of("children's doctor")).containsExactly("children", "doctor");
	}

	@Test
	void frenchAndDutchApostrophesStayAsTheyWere() {
		// "'s nachts" (at night) and "s'occuper" keep their s: no letter before the
		// apostrophe.
		assertThat(EnglishWords.of("huisarts 's nachts")).isEqualTo(Words.of("huisarts 's nachts"));
		assertThat(EnglishWords.of("s'occuper d'un proche")).isEqualTo(Words.of("s'occuper d'un proche"));
		assertThat(EnglishWords.of("l'aide sociale")).isEqualTo(Words.of("l'aide sociale"));
	}

	@Test
	void irregularAndYPluralsHaveTheirSingular() {
		assertThat(EnglishWords.singular("families")).isEqualTo("family");
		assertThat(EnglishWords.singular("agencies")).isEqualTo("agency");
		assertThat(EnglishWords.singular("churches")).isEqualTo("church");
		assertThat(EnglishWords.singular("addresses")).isEqualTo("address");
		assertThat(EnglishWords.singular("children")).isEqualTo("child");
		assertThat(EnglishWords.singular("women")).isEqualTo("woman");
		// A regular plural is left to the thesaurus, which compares words with a final s
		// off; a short word is left as typed.
		assertThat(EnglishWords.singular("nurses")).isEqualTo("nurses");
		assertThat(EnglishWords.singular("lies")).isEqualTo("lies");
	}

	@Test
	void aTermWrittenInTheSingularIsFoundInThePlural() {
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("agence immobiliere sociale", "social rental agency"),
				List.of("enfant", "child"), List.of("eglise", "church")));
		List<Thesaurus.Mention> mentions = EnglishWords.mentions(thesaurus,
				Words.of("social rental agencies for children near churches"));
		assertThat(mentions).extracting(Thesaurus.Mention::typed)
			.containsExactly("social rental agencies", "children", "churches");
		assertThat(mentions).extracting(Thesaurus.Mention::start).containsExactly(0, 4, 6);
	}

	@Test
	void theWordsAsTypedComeBeforeTheirSingulars() {
		// "pharmacies" is a French term of its own: its English singular does not take
		// the words that already name a concept.
		Thesaurus thesaurus = new Thesaurus(
				List.of(List.of("pharmacies", "apotheken"), List.of("pharmacy", "chemist")));
		assertThat(EnglishWords.mentions(thesaurus, List.of("pharmacies"))).extracting(Thesaurus.Mention::group)
			.containsExactly(0);
		assertThat(EnglishWords.mentions(thesaurus, List.of("pharmacy"))).extracting(Thesaurus.Mention::group)
			.containsExactly(1);
	}

	@Test
	void theWordsOfARequestAreFillers() {
		for (String word : List.of("where", "can", "get", "my", "nearby", "which", "please", "brussels")) {
			assertThat(EnglishWords.isFiller(word)).as(word).isTrue();
		}
		for (String word : List.of("help", "home", "without", "alone", "shelter", "free", "night")) {
			assertThat(EnglishWords.isFiller(word)).as(word).isFalse();
		}
	}

	@Test
	void contractionsTypedWithoutTheirApostropheAreFillers() {
		// Session 21: "cant sleep" was respelled "cafe sleep", "anymore" "anemone".
		for (String word : List.of("cant", "dont", "im", "anymore", "keep")) {
			assertThat(EnglishWords.isFiller(word)).as(word).isTrue();
			assertThat(EnglishWords.isKnown(word)).as(word).isTrue();
		}
		assertThat(EnglishWords.isKnown("back")).isTrue();
		assertThat(EnglishWords.isKnown("shrink")).isTrue();
	}

	@Test
	void helpAdviceAndCareNameEveryKindOfHelp() {
		assertThat(List.of("help", "advice", "care")).allMatch(EnglishWords::isGeneric);
		assertThat(List.of("aide", "hulp", "dentist", "shelter")).noneMatch(EnglishWords::isGeneric);
	}

	@Test
	void englishWordsOfTheFieldAreKnownAndFrenchOrDutchOnesAreNot() {
		for (String word : List.of("alone", "living", "wound", "where", "therapist", "teenagers", "babies", "delivered",
				"papers", "centre", "center")) {
			assertThat(EnglishWords.isKnown(word)).as(word).isTrue();
		}
		// A French or Dutch word, or a misspelling, may be replaced by a closer spelling.
		for (String word : List.of("werk", "alle", "woont", "logopede", "kinesitherapeute", "psycologue")) {
			assertThat(EnglishWords.isKnown(word)).as(word).isFalse();
		}
	}

}
