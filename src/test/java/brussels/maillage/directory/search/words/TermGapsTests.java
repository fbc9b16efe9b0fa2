package brussels.maillage.directory.search.words;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thesaurus term whose words are typed apart, with only stop words and fillers of the
 * text's languages between them, is read (issue 17, session 22): a Dutch verb at the end
 * of its clause, an article inside a pair of nouns, a negation inside a verb phrase. The
 * longest term still wins, side by side before apart, mentions do not overlap, and a
 * conjunction, a preposition or a word of the need between two words makes no term. The
 * groups are written as the seeds hold them; the sentences as people type them.
 */
class TermGapsTests {

	private static final Thesaurus THESAURUS = new Thesaurus(
			List.of(List.of("aide a la toilette", "se laver", "zich wassen", "baignoire", "wassen"),
					List.of("mobilite reduite", "monter les escaliers", "trap oplopen"),
					List.of("energiefactuur", "gaz et electricite", "gas en elektriciteit"),
					List.of("nieuwkomers", "net aangekomen", "primo arrivant"),
					List.of("huurachterstand", "huur betalen", "loyer impaye"),
					List.of("aide a domicile", "care at home", "thuiszorg"),
					List.of("maison de repos", "care home", "woonzorgcentrum"),
					List.of("soins palliatifs", "palliatieve zorg", "palliative care"),
					List.of("domicile", "at home", "thuis")));

	@Test
	void aTermTypedApartWithOnlyStopWordsAndFillersBetweenIsRead() {
		assertThat(read("mijn vader kan zich niet meer alleen wassen")).containsExactly("zich wassen");
		assertThat(group("zich niet meer alleen wassen")).isEqualTo(0);
		assertThat(read("we kunnen het gas en de elektriciteit niet meer betalen"))
			.containsExactly("gas en elektriciteit");
		assertThat(read("ik kan mijn huur niet meer betalen")).containsExactly("huur betalen");
		assertThat(read("mijn vader kan de trap niet meer oplopen")).containsExactly("trap oplopen");
		assertThat(read("elle ne peut plus se laver seule")).containsExactly("se laver");
		// The place taken out of the text ("in Brussel") leaves the term side by side.
		assertThat(read("we zijn net aangekomen en spreken geen frans")).containsExactly("net aangekomen");
	}

	@Test
	void twoNeedsJoinedByAConjunctionStayTwo() {
		assertThat(read("il ne peut plus monter les escaliers ni entrer dans sa baignoire"))
			.containsExactly("monter les escaliers", "baignoire");
		// "soins et palliatifs" is not "soins palliatifs" typed apart.
		assertThat(read("aide a domicile et soins palliatifs")).containsExactly("aide a domicile", "soins palliatifs");
		assertThat(read("gas of elektriciteit")).isEmpty();
	}

	@Test
	void aPrepositionBetweenTwoWordsMakesNoTerm() {
		// "care at home" is home care, never a care home typed apart.
		assertThat(group("care at home")).isEqualTo(5);
		assertThat(read("she needs care for him at home")).containsExactly("at home");
		assertThat(group("care for him at home")).isEqualTo(8);
	}

	@Test
	void aWordOfTheNeedBetweenTwoWordsMakesNoTerm() {
		assertThat(read("het gas is afgesloten en de elektriciteit ook")).isEmpty();
		assertThat(read("se faire masser et laver")).isEmpty();
		// A form of "to be" or "to have" joins a clause's parts, not a term's.
		assertThat(read("mijn huur is niet betaald, moet ik de huur betalen")).containsExactly("huur betalen");
	}

	@Test
	void aPrepositionOfAnyLanguageTheTextMayBeWrittenInIsNoGap() {
		// "het" makes the text Dutch: "de" is an article there.
		assertThat(read("het gas en de elektriciteit")).containsExactly("gas en elektriciteit");
		// Without it, "de" may be the French preposition.
		assertThat(read("gas en de elektriciteit")).isEmpty();
	}

	@Test
	void sideBySideWinsOverApartAndMentionsDoNotOverlap() {
		List<Thesaurus.Mention> mentions = THESAURUS.find(Words.of("zich wassen en zich niet wassen"));
		assertThat(mentions).extracting(Thesaurus.Mention::typed).containsExactly("zich wassen", "zich wassen");
		assertThat(mentions.get(0).end()).isLessThanOrEqualTo(mentions.get(1).start());
		// At most three words between two words of a term.
		assertThat(read("zich echt niet meer alleen wassen")).containsExactly("wassen");
	}

	/** The mentions' own words: those typed between a term's words are left out. */
	private static List<String> read(String text) {
		return THESAURUS.find(Words.of(text)).stream().map(Thesaurus.Mention::typed).toList();
	}

	private static int group(String text) {
		return THESAURUS.find(Words.of(text)).get(0).group();
	}

}
