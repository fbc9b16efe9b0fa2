package brussels.maillage.directory.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What typed words say besides the need ({@link Intents}), in French, Dutch and English,
 * as people type it.
 */
class IntentsTests {

	@Test
	void readsAWishForAFreeOrCheapServiceInEachLanguageAndKeepsItsWordsOptional() {
		Map<String, String> needs = Map.of("dentiste pas cher", "dentiste", "avocat gratuit", "avocat",
				"kiné bon marché", "kine", "goedkope tandarts", "tandarts", "gratis advocaat", "advocaat",
				"cheap dentist", "dentist", "low-cost dental care", "dental", "free legal aid", "legal");
		needs.forEach((typed, need) -> {
			Intents.Read read = Intents.read(Words.of(typed));
			assertThat(read.cost()).as(typed).isTrue();
			assertThat(read.night()).as(typed).isFalse();
			// The words stay; the need's word is not optional, the cost words are.
			assertThat(read.words()).as(typed).isEqualTo(Words.of(typed));
			for (int i = 0; i < read.words().size(); i++) {
				boolean costWord = !read.words().get(i).equals(need)
						&& !List.of("care", "aid").contains(read.words().get(i));
				assertThat(read.optional(i)).as(typed + ": " + read.words().get(i)).isEqualTo(costWord);
			}
		});
		// "cher" alone ("mon cher collègue") is not a price.
		assertThat(Intents.read(Words.of("psychologue cher")).cost()).isFalse();
	}

	@Test
	void readsANeedAtNightInEachLanguage() {
		for (String typed : List.of("dormir ce soir", "infirmière la nuit", "aide 24h/24", "pharmacie de garde nuit",
				"huisarts 's nachts", "opvang vannacht", "shelter tonight", "nurse at night", "overnight shelter")) {
			Intents.Read read = Intents.read(Words.of(typed));
			assertThat(read.night()).as(typed).isTrue();
			assertThat(read.cost()).as(typed).isFalse();
		}
		assertThat(Intents.read(Words.of("aide familiale le matin")).night()).isFalse();
	}

	@Test
	void doesNotSearchTheRelativeTheHelpIsFor() {
		assertThat(Intents.read(Words.of("addiction help for my brother")).words()).containsExactly("addiction", "help",
				"for", "my");
		assertThat(Intents.read(Words.of("aide pour ma mère âgée")).words()).containsExactly("aide", "pour", "ma",
				"agee");
		assertThat(Intents.read(Words.of("thuiszorg voor mijn moeder")).words()).containsExactly("thuiszorg", "voor",
				"mijn");
		assertThat(Intents.read(Words.of("soutien pour mon beau-frère")).words()).containsExactly("soutien", "pour",
				"mon");
		// Without a possessive the word is the need: "aide aux mères", "partner
		// violence".
		assertThat(Intents.read(Words.of("accueil des mères isolées")).words()).contains("meres");
		assertThat(Intents.read(Words.of("maison d'accueil mère enfant")).words()).contains("mere");
		assertThat(Intents.read(Words.of("partner violence")).words()).contains("partner");
		// Grandparents say something of the need (elderly care).
		assertThat(Intents.read(Words.of("aide pour ma grand-mère")).words()).contains("grand", "mere");
	}

}
