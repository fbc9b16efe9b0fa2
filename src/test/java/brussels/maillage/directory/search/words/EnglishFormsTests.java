package brussels.maillage.directory.search.words;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other forms of English words ({@link EnglishForms}): British and American spellings
 * both ways, the base of an -ing or -ed form, the -ing form of a verb, and a term written
 * once found in the other spelling ({@link EnglishWords#mentions}).
 */
class EnglishFormsTests {

	@Test
	void britishAndAmericanSpellingsBothWays() {
		assertThat(EnglishForms.spelling("center")).isEqualTo("centre");
		assertThat(EnglishForms.spelling("centre")).isEqualTo("center");
		assertThat(EnglishForms.spelling("pediatric")).isEqualTo("paediatric");
		assertThat(EnglishForms.spelling("paediatrician")).isEqualTo("pediatrician");
		assertThat(EnglishForms.spelling("gynecologist")).isEqualTo("gynaecologist");
		assertThat(EnglishForms.spelling("orthopedic")).isEqualTo("orthopaedic");
		assertThat(EnglishForms.spelling("counseling")).isEqualTo("counselling");
		assertThat(EnglishForms.spelling("counsellor")).isEqualTo("counselor");
		assertThat(EnglishForms.spelling("behavior")).isEqualTo("behaviour");
		assertThat(EnglishForms.spelling("neighbourhood")).isEqualTo("neighborhood");
		assertThat(EnglishForms.spelling("immunization")).isEqualTo("immunisation");
		assertThat(EnglishForms.spelling("specialised")).isEqualTo("specialized");
		assertThat(EnglishForms.spelling("programme")).isEqualTo("program");
	}

	@Test
	void wordsWithoutAnotherSpellingStayAsTyped() {
		// "hour", "your", "feeling" look like the patterns and are left alone.
		assertThat(EnglishForms.spelling("hour")).isEqualTo("hour");
		assertThat(EnglishForms.spelling("your")).isEqualTo("your");
		assertThat(EnglishForms.spelling("feeling")).isEqualTo("feeling");
		assertThat(EnglishForms.spelling("nurse")).isEqualTo("nurse");
	}

	@Test
	void anIngFormHasItsBase() {
		assertThat(EnglishForms.base("testing")).isEqualTo("test");
		assertThat(EnglishForms.base("shopping")).isEqualTo("shop");
		assertThat(EnglishForms.baseWithE("nursing")).isEqualTo("nurse");
		assertThat(EnglishForms.baseWithE("caring")).isEqualTo("care");
		assertThat(EnglishForms.base("ring")).isEqualTo("ring");
		assertThat(EnglishForms.baseWithE("nurse")).isEqualTo("nurse");
	}

	@Test
	void anEdFormHasItsBaseAndAVerbItsIngForm() {
		assertThat(EnglishForms.pastBase("evicted")).isEqualTo("evict");
		assertThat(EnglishForms.pastBase("bullied")).isEqualTo("bully");
		assertThat(EnglishForms.pastBase("stopped")).isEqualTo("stop");
		assertThat(EnglishForms.pastBase("abused")).isEqualTo("abuse");
		assertThat(EnglishForms.pastBase("isolated")).isEqualTo("isolate");
		assertThat(EnglishForms.pastBase("treated")).isEqualTo("treat");
		assertThat(EnglishForms.pastBase("bed")).isEqualTo("bed");
		assertThat(EnglishForms.gerund("stammers")).isEqualTo("stammering");
		assertThat(EnglishForms.gerund("stutter")).isEqualTo("stuttering");
		assertThat(EnglishForms.gerund("bullied")).isEqualTo("bullying");
		assertThat(EnglishForms.gerund("smokes")).isEqualTo("smoking");
		assertThat(EnglishForms.gerund("nursing")).isEqualTo("nursing");
	}

	@Test
	void aVerbFindsTheTermWrittenAsItsActivity() {
		// Session 20: "my child stammers", "my son is bullied", "I was evicted".
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("begaiement", "stammering"),
				List.of("harcelement", "bullying"), List.of("expulsion", "evict")));
		List<Thesaurus.Mention> mentions = EnglishWords.mentions(thesaurus,
				Words.of("my child stammers, bullied, evicted"));
		assertThat(mentions).extracting(Thesaurus.Mention::typed).containsExactly("stammers", "bullied", "evicted");
	}

	@Test
	void aTermWrittenInOneSpellingIsFoundInTheOther() {
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("pediatre", "paediatrician"),
				List.of("permanence", "drop in"), List.of("inloopcentrum", "drop in centre"),
				List.of("infirmier", "nurse"), List.of("therapie de couple", "couples counselling")));
		List<Thesaurus.Mention> mentions = EnglishWords.mentions(thesaurus,
				Words.of("pediatricians, drop-in center, nursing, couples counseling"));
		assertThat(mentions).extracting(Thesaurus.Mention::typed)
			.containsExactly("pediatricians", "drop in center", "nursing", "couples counseling");
		// "drop in center" is the drop-in centre, not a walk-in permanence and a centre.
		assertThat(mentions.get(1).group()).isEqualTo(2);
	}

	@Test
	void aLongerTermInTheOtherSpellingWins() {
		// "center" alone is a term as typed; "day centre", longer, is the mention.
		Thesaurus thesaurus = new Thesaurus(
				List.of(List.of("centre", "center"), List.of("centre de jour", "day centre")));
		List<Thesaurus.Mention> mentions = EnglishWords.mentions(thesaurus, Words.of("day center"));
		assertThat(mentions).extracting(Thesaurus.Mention::typed).containsExactly("day center");
		assertThat(mentions.get(0).group()).isEqualTo(1);
	}

	@Test
	void anIrregularFormFindsTheWordTheTermIsWrittenWith() {
		// Session 21: "my dad fell" is a fall; "my partner is violent" is violence.
		assertThat(EnglishForms.irregular("fell")).isEqualTo("fall");
		assertThat(EnglishForms.irregular("violent")).isEqualTo("violence");
		assertThat(EnglishForms.irregular("nurse")).isEqualTo("nurse");
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("chute", "fall"), List.of("geweld", "violence")));
		assertThat(EnglishWords.mentions(thesaurus, Words.of("my dad fell"))).extracting(Thesaurus.Mention::group)
			.containsExactly(0);
		assertThat(EnglishWords.mentions(thesaurus, Words.of("partner is violent")))
			.extracting(Thesaurus.Mention::group)
			.containsExactly(1);
	}

}
