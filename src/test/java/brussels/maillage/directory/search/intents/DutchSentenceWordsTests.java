package brussels.maillage.directory.search.intents;

import java.util.List;

import brussels.maillage.directory.search.words.DutchDiminutives;
import brussels.maillage.directory.search.words.DutchWords;
import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Dutch sentence as a parent or a teenager types it (issue 17): its adverbs are
 * fillers, a diminutive of a relative is that relative ({@link DutchDiminutives},
 * {@link Intents}), and "thuis", "at home", "à la maison" after a verb of violence say
 * where, not a wish for care at home ({@link HomeWords}).
 */
class DutchSentenceWordsTests {

	@Test
	void readsTheAdverbsOfADutchSentenceAsFillers() {
		for (String word : List.of("bijna", "nauwelijks", "amper", "soms", "vaak", "weer", "nooit")) {
			assertThat(DutchWords.isFiller(word)).as(word).isTrue();
		}
		// Words that carry a need stay.
		for (String word : List.of("praat", "zoon", "taal", "spraak", "thuis", "logopedie")) {
			assertThat(DutchWords.isFiller(word)).as(word).isFalse();
		}
	}

	@Test
	void findsTheBaseWordOfADutchDiminutive() {
		assertThat(DutchDiminutives.bases("zoontje")).contains("zoon");
		assertThat(DutchDiminutives.bases("dochtertje")).contains("dochter");
		assertThat(DutchDiminutives.bases("broertje")).contains("broer");
		assertThat(DutchDiminutives.bases("zusje")).contains("zus");
		assertThat(DutchDiminutives.bases("zusjes")).contains("zus");
		assertThat(DutchDiminutives.bases("mannetje")).first().isEqualTo("man");
		assertThat(DutchDiminutives.bases("boompje")).contains("boom");
		// Words that only end in -e, or are too short once the suffix is off.
		assertThat(DutchDiminutives.bases("zorg")).isEmpty();
		assertThat(DutchDiminutives.bases("huisarts")).isEmpty();
		assertThat(DutchDiminutives.bases("rage")).isEmpty();
		assertThat(DutchDiminutives.bases("bijna")).isEmpty();
	}

	@Test
	void readsADiminutiveOfARelativeAsThatRelative() {
		assertThat(Intents.read(Words.of("mijn zoontje van 3 praat nog bijna niet")).words()).doesNotContain("zoontje",
				"mijn");
		assertThat(Intents.read(Words.of("logopedie voor mijn dochtertje")).words()).containsExactly("logopedie");
		// Without a possessive, a diminutive is a word ("een huisje", "kindje").
		assertThat(Intents.read(Words.of("opvang zoontje")).words()).contains("zoontje");
	}

	@Test
	void doesNotReadTheHomeAsCareAtHomeAfterAVerbOfViolence() {
		assertThat(Intents.read(Words.of("ik ben 15 en mijn vader slaat me thuis")).words()).doesNotContain("thuis")
			.contains("slaat");
		assertThat(Intents.read(Words.of("on le frappe à la maison")).words()).doesNotContain("maison")
			.contains("frappe");
		assertThat(Intents.read(Words.of("my husband hits me at home")).words()).doesNotContain("home")
			.contains("hits");
		assertThat(Intents.read(Words.of("violence à la maison")).words()).containsExactly("violence");
		assertThat(Intents.read(Words.of("hij drinkt thuis")).words()).doesNotContain("thuis");
	}

	@Test
	void keepsTheHomeAsCareAtHomeAfterACareOrHelpWord() {
		for (String typed : List.of("aide à domicile", "soins à la maison", "zorg thuis", "hulp aan huis",
				"help at home", "nursing at home", "infirmière à domicile", "thuisverpleging thuis", "kiné à domicile",
				"rester à la maison", "je voudrais rester à la maison", "repas à domicile", "hij drinkt, hulp thuis",
				"ik wil thuis blijven wonen")) {
			assertThat(Intents.read(Words.of(typed)).words()).as(typed).isEqualTo(Words.of(typed));
		}
	}

}
