package brussels.maillage.directory.search.words;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysers on the words publishers and professionals write: the pairs below are
 * forms of French and Dutch that a person searching means alike (or not), taken from the
 * languages, not from the directory's data. A typed word is analysed as the engine
 * analyses it (French: the same analyser; Dutch: without compound parts); an indexed text
 * as the index does.
 */
class AnalysisTests {

	private final Analyzer french = Analysis.french();

	private final Analyzer dutchIndex = Analysis.dutch(true);

	private final Analyzer dutchTyped = Analysis.dutch(false);

	@Test
	void bringsFrenchFemininesAndPluralsTogether() {
		assertFrenchAlike("infirmière", "infirmiers");
		assertFrenchAlike("infirmières", "infirmier");
		assertFrenchAlike("personne âgée", "âgés");
		assertFrenchAlike("conseillère", "conseillers");
		assertFrenchAlike("éducatrice", "éducateurs");
		assertFrenchAlike("aidantes", "aidant");
		assertFrenchAlike("sociaux", "sociale");
	}

	@Test
	void bringsAFrenchProfessionAndItsFieldTogether() {
		assertFrenchAlike("logopède", "logopédie");
		assertFrenchAlike("logopédistes", "logopédie");
		assertFrenchAlike("psychologue", "psychologie");
		assertFrenchAlike("kinésithérapeute", "kinésithérapie");
		assertFrenchAlike("ergothérapeutes", "ergothérapie");
		assertFrenchAlike("pédiatre", "pédiatrie");
		assertFrenchAlike("psychiatres", "psychiatrie");
		assertFrenchAlike("pharmacienne", "pharmacie");
	}

	@Test
	void keepsApartFrenchWordsThatOnlyLookAlike() {
		assertThat(frenchTerms("soutien")).doesNotContainAnyElementsOf(frenchTerms("soute"));
		assertThat(frenchTerms("dentiste")).doesNotContainAnyElementsOf(frenchTerms("dent"));
		assertThat(frenchTerms("liste")).doesNotContainAnyElementsOf(frenchTerms("lit"));
	}

	@Test
	void foldsFrenchAccentsCaseAndElision() {
		assertFrenchAlike("L'HÉBERGEMENT D'URGENCE", "hebergement urgence");
		assertThat(frenchTerms("l'aide")).isEqualTo(frenchTerms("aide"));
		assertThat(frenchTerms("Santé")).isEqualTo(frenchTerms("sante"));
	}

	@Test
	void findsTheDutchWordsACompoundIsMadeOf() {
		assertDutchFinds("thuisverpleging", "verpleging");
		assertDutchFinds("thuisverpleging", "thuis");
		assertDutchFinds("schuldbemiddeling", "schulden");
		assertDutchFinds("schuldbemiddeling", "bemiddeling");
		assertDutchFinds("wijkgezondheidscentrum", "gezondheid");
		assertDutchFinds("wijkgezondheidscentrum", "wijk");
		assertDutchFinds("huisartsenwachtpost", "huisarts");
		assertDutchFinds("opvoedingsondersteuning", "ondersteuning");
		assertDutchFinds("gezinsbegeleiding", "begeleiding");
		assertDutchFinds("zelfhulpgroep", "groep");
		assertDutchFinds("vrouwenopvang", "opvang");
	}

	@Test
	void bringsDutchPluralsTogether() {
		assertDutchFinds("logopedisten", "logopedist");
		assertDutchFinds("verpleegkundigen", "verpleegkundige");
		assertDutchFinds("vluchteling", "vluchtelingen");
		assertDutchFinds("psychologen", "psycholoog");
	}

	@Test
	void aTypedDutchCompoundIsSearchedWhole() {
		// Its parts are not searched on their own: "thuisverpleging" typed does not
		// find every text that says "thuis".
		assertThat(Analysis.terms(this.dutchTyped, "x", "thuisverpleging")).hasSize(1);
		assertThat(Analysis.terms(this.dutchIndex, "x", "thuis"))
			.doesNotContainAnyElementsOf(Analysis.terms(this.dutchTyped, "x", "thuisverpleging"));
	}

	private List<String> frenchTerms(String text) {
		return Analysis.terms(this.french, "x", Words.normalize(text));
	}

	/** Whether every word typed is found in the text through a common term. */
	private void assertFrenchAlike(String text, String typed) {
		List<String> indexed = frenchTerms(text);
		for (String word : Words.of(typed)) {
			assertThat(indexed).as("%s in \"%s\"", word, text).containsAnyElementsOf(frenchTerms(word));
		}
	}

	private void assertDutchFinds(String text, String typed) {
		assertThat(Analysis.terms(this.dutchIndex, "x", Words.normalize(text))).as("\"%s\" in \"%s\"", typed, text)
			.containsAnyElementsOf(Analysis.terms(this.dutchTyped, "x", Words.normalize(typed)));
	}

}
