package brussels.maillage.directory.search.query;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hit found through the thesaurus names a few of the group's terms, not all of them.
 */
class ConceptExplanationTests {

	@Test
	void namesTheWordTypedAndTheFirstTermsOfALargeGroup() {
		List<String> group = List.of("isolement", "personne isolee", "solitude", "eenzaamheid", "loneliness",
				"social isolation", "vit seul");
		assertThat(ConceptExplanation.of("isolee", group, List.of()))
			.isEqualTo("isolee → isolement, personne isolee, solitude, eenzaamheid, …");
	}

	@Test
	void namesASmallGroupWhole() {
		assertThat(ConceptExplanation.of("crack", List.of("cocaine", "coke"), List.of("assuetudes", "verslaving")))
			.isEqualTo("crack → cocaine, coke ⊂ assuetudes, verslaving");
		assertThat(ConceptExplanation.of("cgg", List.of("ssm"), List.of())).isEqualTo("cgg → ssm");
	}

	@Test
	void namesATermOnceWhenTwoSpellingsReadTheSame() {
		// "sans-abri" and "sans abri" are one term once normalised.
		assertThat(ConceptExplanation.of("homeless",
				List.of("sans abri", "sans abri", "sdf", "personnes sans abri", "thuislozen", "daklozen"), List.of()))
			.isEqualTo("homeless → sans abri, sdf, personnes sans abri, thuislozen, …");
	}

}
