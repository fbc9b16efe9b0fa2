package brussels.maillage.directory.search.words;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of a professional's sentence that say nothing of the need (issue 17, session
 * 17), and the Dutch word for older people kept apart from parents: written from the
 * languages, not from a judged set.
 */
class FrenchWordsTests {

	@Test
	void theWordsOfASentenceAreFillers() {
		for (String word : Words.of("chez quand après sait vit voudrais faut orienter patient dame urgent")) {
			assertThat(FrenchWords.isFiller(word)).as(word).isTrue();
		}
	}

	@Test
	void theWordsOfANeedAreNot() {
		for (String word : Words.of("sans seule seul nuit jour femme enfant jeune urgence aide abri alcoolique")) {
			assertThat(FrenchWords.isFiller(word)).as(word).isFalse();
		}
	}

	@Test
	void fillersTypedAloneAreSearchedRatherThanNothing() {
		assertThat(FrenchWords.onlyFillers(Words.of("urgent"))).isTrue();
		assertThat(FrenchWords.onlyFillers(Words.of("c'est pour un patient"))).isTrue();
		assertThat(FrenchWords.onlyFillers(Words.of("patient alcoolique, où l'orienter ?"))).isFalse();
		assertThat(FrenchWords.notSearched("urgent", Words.of("urgent"), false)).isFalse();
		assertThat(FrenchWords.notSearched("chez", Words.of("déprime chez une personne âgée"), false)).isTrue();
		assertThat(FrenchWords.notSearched("sdf", Words.of("sdf urgent"), false)).isFalse();
		assertThat(FrenchWords.notSearched("urgent", Words.of("sdf urgent"), false)).isTrue();
	}

	@Test
	void olderPeopleAreNotParentsInDutch() {
		List<String> olderPeople = Analysis.terms(Analysis.dutch(true), "x", "ouderen");
		assertThat(olderPeople).doesNotContainAnyElementsOf(Analysis.terms(Analysis.dutch(true), "x", "ouders"));
		assertThat(Analysis.terms(Analysis.dutch(false), "x", "ouderen")).hasSameElementsAs(olderPeople);
		// Compounds still give their part: "ouderenzorg" holds "ouderen".
		assertThat(Analysis.terms(Analysis.dutch(true), "x", "ouderenzorg")).containsAnyElementsOf(olderPeople);
		assertThat(Analysis.terms(Analysis.dutch(true), "x", "ouderbegeleiding"))
			.doesNotContainAnyElementsOf(olderPeople);
	}

}
