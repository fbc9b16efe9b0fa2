package brussels.maillage.directory.search.intents;

import java.util.List;
import java.util.Map;

import brussels.maillage.directory.search.words.Words;

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
	void doesNotSearchTheRelativeTheHelpIsForNorTheWordsLeadingToIt() {
		assertThat(Intents.read(Words.of("addiction help for my brother")).words()).containsExactly("addiction",
				"help");
		assertThat(Intents.read(Words.of("aide pour ma mère âgée")).words()).containsExactly("aide", "agee");
		assertThat(Intents.read(Words.of("thuiszorg voor mijn moeder")).words()).containsExactly("thuiszorg");
		assertThat(Intents.read(Words.of("soutien pour mon beau-frère")).words()).containsExactly("soutien");
		assertThat(Intents.read(Words.of("psycologue pas cher pour mon frère")).words()).containsExactly("psycologue",
				"pas", "cher");
		assertThat(Intents.read(Words.of("aide à domicile chez ma tante")).words()).containsExactly("aide", "a",
				"domicile");
		assertThat(Intents.read(Words.of("hulp voor zijn zoon")).words()).containsExactly("hulp");
		// Without a possessive the word is the need: "aide aux mères", "partner
		// violence".
		assertThat(Intents.read(Words.of("accueil des mères isolées")).words()).contains("meres");
		assertThat(Intents.read(Words.of("maison d'accueil mère enfant")).words()).contains("mere");
		assertThat(Intents.read(Words.of("partner violence")).words()).contains("partner");
		// Grandparents say something of the need (elderly care).
		assertThat(Intents.read(Words.of("aide pour ma grand-mère")).words()).contains("grand", "mere");
	}

	@Test
	void readsWhoTheHelpIsForInEachLanguageAndKeepsTheWordsSearched() {
		Map<String, List<String>> typed = new java.util.LinkedHashMap<>();
		typed.put("logopède pour un enfant", List.of("children"));
		typed.put("psy pour ado", List.of("youth"));
		typed.put("accompagnement administratif pour une personne âgée isolée", List.of("seniors"));
		typed.put("activités 3e âge", List.of("seniors"));
		typed.put("hulp voor jongeren", List.of("youth"));
		typed.put("dagopvang voor ouderen", List.of("seniors"));
		typed.put("senioren", List.of("seniors"));
		typed.put("support for elderly", List.of("seniors"));
		typed.put("activities for kids", List.of("children"));
		typed.put("femmes victimes de violence", List.of("women"));
		typed.put("aide pour sans-papiers", List.of("migrants"));
		typed.put("demandeurs d'asile", List.of("migrants"));
		typed.put("opvang daklozen", List.of("homeless"));
		typed.put("soutien aux aidants proches", List.of("carers"));
		typed.put("mantelzorgers", List.of("carers"));
		typed.put("soutien à la parentalité", List.of("families"));
		typed.put("vrije tijd voor mensen met een beperking", List.of("disability"));
		typed.put("crèche pour jeunes enfants", List.of("children"));
		typed.put("asylum seekers and refugees", List.of("migrants"));
		typed.forEach((text, groups) -> {
			Intents.Read read = Intents.read(Words.of(text));
			assertThat(read.groups()).as(text).extracting(Audiences.Group::key).containsExactlyElementsOf(groups);
			// The words stay searched as typed (a group is often the need itself).
			assertThat(read.words()).as(text).isEqualTo(Words.of(text));
			assertThat(read.ages()).as(text).isNull();
		});
		assertThat(Intents.read(Words.of("logopède")).groups()).isEmpty();
		assertThat(Intents.read(Words.of("dentiste pas cher")).groups()).isEmpty();
	}

	@Test
	void readsAnAgeAndDoesNotSearchItsWords() {
		Map<String, List<Object>> typed = new java.util.LinkedHashMap<>();
		typed.put("logopède pour un enfant de 6 ans à Jette",
				List.of(6, 6, List.of("logopede", "pour", "un", "enfant", "a", "jette")));
		typed.put("logopede enfant 6ans", List.of(6, 6, List.of("logopede", "enfant")));
		typed.put("logopedist voor een kind van 6 jaar", List.of(6, 6, List.of("logopedist", "voor", "een", "kind")));
		typed.put("speech therapist for a 6 year old", List.of(6, 6, List.of("speech", "therapist", "for", "a")));
		typed.put("speech therapist for a 6-year-old", List.of(6, 6, List.of("speech", "therapist", "for", "a")));
		typed.put("aide pour une dame âgée de 80 ans", List.of(80, 80, List.of("aide", "pour", "une", "dame")));
		typed.put("thuiszorg voor een 85-jarige", List.of(85, 85, List.of("thuiszorg", "voor", "een")));
		typed.put("activités pour enfants de 3 à 6 ans", List.of(3, 6, List.of("activites", "pour", "enfants")));
		typed.put("jeugdhulp 12-18 jaar", List.of(12, 18, List.of("jeugdhulp")));
		typed.put("youth club aged 12 to 18", List.of(12, 18, List.of("youth", "club", "aged", "12", "to", "18")));
		typed.put("sport pour moins de 12 ans", List.of(0, 11, List.of("sport", "pour")));
		typed.put("aide à domicile 65 ans et plus", List.of(65, Audiences.OLDEST, List.of("aide", "a", "domicile")));
		typed.put("gym voor ouder dan 65 jaar", List.of(65, Audiences.OLDEST, List.of("gym", "voor")));
		typed.forEach((text, expected) -> {
			Intents.Read read = Intents.read(Words.of(text));
			if (text.equals("youth club aged 12 to 18")) {
				// Numbers without a unit of age are not read as an age.
				assertThat(read.ages()).as(text).isNull();
			}
			else {
				assertThat(read.ages()).as(text)
					.isEqualTo(new Audiences.Ages((int) expected.get(0), (int) expected.get(1)));
			}
			assertThat(read.words()).as(text).isEqualTo(expected.get(2));
		});
		// An age says the group: a child, a young person, an adult, an older person.
		assertThat(Intents.read(Words.of("aide pour une dame âgée de 80 ans")).groups())
			.extracting(Audiences.Group::key)
			.containsExactly("seniors");
		assertThat(Intents.read(Words.of("logopède pour un enfant de 6 ans")).groups()).extracting(Audiences.Group::key)
			.containsExactly("children");
		assertThat(Intents.read(Words.of("huisarts voor een 40-jarige")).groups()).extracting(Audiences.Group::key)
			.containsExactly("adults");
		// Numbers that are no age stay what they were.
		for (String text : List.of("aide 24h/24", "article 60", "bus 71", "hulp 7 op 7", "3e âge")) {
			assertThat(Intents.read(Words.of(text)).ages()).as(text).isNull();
			assertThat(Intents.read(Words.of(text)).words()).as(text).isEqualTo(Words.of(text));
		}
		// An age after a possessive does not keep the relative searched.
		assertThat(Intents.read(Words.of("thuiszorg voor mijn 85-jarige moeder")).words()).containsExactly("thuiszorg");
		assertThat(Intents.read(Words.of("aide pour mon père âgé de 85 ans")).words()).containsExactly("aide");
		assertThat(Intents.read(Words.of("help for my 85 year old father")).ages())
			.isEqualTo(new Audiences.Ages(85, 85));
	}

}
