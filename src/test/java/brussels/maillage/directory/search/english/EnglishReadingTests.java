package brussels.maillage.directory.search.english;

import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is read of English in one typed text (issue 17, session 17): English wished as the
 * service's language ({@link SpokenEnglish}) and the English words of every kind of help
 * that only rank ({@link EnglishReading}).
 */
class EnglishReadingTests {

	private static boolean[] wished(String text) {
		return SpokenEnglish.wished(EnglishWords.of(text));
	}

	@Test
	void englishNextToASpeakingWordIsAWish() {
		assertThat(wished("GP who speaks English near Ixelles")).containsExactly(false, false, false, true, false,
				false);
		assertThat(wished("counselling in english")).containsExactly(false, false, true);
		assertThat(wished("English-speaking psychologist")).containsExactly(true, false, false);
		assertThat(wished("médecin qui parle anglais")).containsExactly(false, false, false, true);
		assertThat(wished("psycholoog die Engels spreekt")).containsExactly(false, false, true, false);
		assertThat(wished("anglophone dentist")).containsExactly(true, false);
	}

	@Test
	void englishAsTheSubjectOfClassesStaysAWordOfTheNeed() {
		assertThat(wished("English classes")).containsExactly(false, false);
		assertThat(wished("cours d'anglais")).containsExactly(false, false, false);
		assertThat(wished("learn english")).containsExactly(false, false);
	}

	@Test
	void theWishRanksTheServicesThatRecordEnglish() {
		Query boost = SpokenEnglish.boost(wished("psychologist in English"));
		assertThat(boost).isEqualTo(new BoostQuery(
				new ConstantScoreQuery(new TermQuery(new Term("lang", SpokenEnglish.CODE))), Intents.BOOST));
		assertThat(SpokenEnglish.boost(wished("English classes"))).isNull();
		EnglishReading reading = new EnglishReading(Thesaurus.EMPTY, EnglishWords.of("GP in English"));
		assertThat(reading.boosts(List.of())).containsExactly(boost);
		assertThat(new EnglishReading(Thesaurus.EMPTY, EnglishWords.of("GP")).boosts(List.of())).isEmpty();
	}

	@Test
	void theWordsOfEveryHelpOnlyRankTheWishedLanguageStaysSearched() {
		List<String> words = EnglishWords.of("grief counselling in English");
		EnglishReading reading = new EnglishReading(Thesaurus.EMPTY, words);
		assertThat(reading.optional(0)).isFalse();
		assertThat(reading.optional(1)).isTrue();
		assertThat(reading.optional(3)).isFalse();
	}

	@Test
	void theUnitsAfterForWeighLessThanTheHelp() {
		Query help = new TermQuery(new Term("name_exact", "repas"));
		Query whom = new TermQuery(new Term("name_exact", "ouderen"));
		EnglishReading reading = new EnglishReading(Thesaurus.EMPTY, EnglishWords.of("meals for elderly"));
		reading.optional(0);
		assertThat(reading.unit(help)).isEqualTo(help);
		reading.optional(1);
		assertThat(reading.unit(whom)).isEqualTo(new BoostQuery(whom, EnglishReading.QUALIFIER_WEIGHT));
		// "for" first says nothing of whom: no help was named before it.
		EnglishReading first = new EnglishReading(Thesaurus.EMPTY, EnglishWords.of("for elderly"));
		first.optional(0);
		assertThat(first.unit(whom)).isEqualTo(whom);
	}

	@Test
	void aMentionOfOneWordOfEveryHelpOnlyRanks() {
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("soutien", "support"), List.of("deuil", "grief"),
				List.of("groupe de parole", "support group")));
		Intents.Read read = Intents.read(EnglishWords.of("grief support"));
		EnglishReading reading = new EnglishReading(thesaurus, read.words());
		assertThat(reading.mentions()).extracting(Thesaurus.Mention::typed).containsExactly("grief", "support");
		assertThat(reading.optional(reading.mentions().get(0), read)).isFalse();
		assertThat(reading.optional(reading.mentions().get(1), read)).isTrue();
		// A term of several words names a service of its own.
		Intents.Read group = Intents.read(EnglishWords.of("support group"));
		EnglishReading groupReading = new EnglishReading(thesaurus, group.words());
		assertThat(groupReading.optional(groupReading.mentions().get(0), group)).isFalse();
	}

}
