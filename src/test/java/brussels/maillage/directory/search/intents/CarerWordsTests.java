package brussels.maillage.directory.search.intents;

import java.util.List;

import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carer's sentence as carers type it (issue 17): looking after a sick, disabled or old
 * relative reads as the carer's word ({@link CarerWords}); looking after children, or
 * care of a group, does not.
 */
class CarerWordsTests {

	@Test
	void readsLookingAfterASickOrDisabledRelativeAsACarer() {
		assertThat(Intents.read(Words.of("ik zorg voor mijn zieke man en ben uitgeput")).words())
			.contains("mantelzorger")
			.doesNotContain("zorg");
		assertThat(Intents.read(Words.of("i look after my disabled son and im exhausted")).words()).contains("carer")
			.doesNotContain("look", "after");
		assertThat(Intents.read(Words.of("je m'occupe de ma mère malade")).words()).contains("aidant");
		assertThat(Intents.read(Words.of("taking care of my husband with dementia")).words()).contains("carer");
		assertThat(Intents.read(Words.of("mijn moeder verzorgt haar demente moeder")).words()).contains("mantelzorger");
	}

	@Test
	void leavesOtherSentencesAsTyped() {
		for (String typed : List.of("ik zorg voor mijn kinderen", "look after my kids tonight", "zorg voor ouderen",
				"care for sick children", "je m'occupe de mon fils", "soins pour ma mère malade",
				"she cant cope with the kids", "thuiszorg voor mijn zieke vader")) {
			List<String> words = Intents.read(Words.of(typed)).words();
			assertThat(words).as(typed).doesNotContain("mantelzorger", "carer", "aidant");
		}
	}

}
