package brussels.maillage.directory.exchange.importing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a package's service area, written in words, is read: the Statbel names of the
 * communes (21004 Bruxelles/Brussel, 21012 Molenbeek-Saint-Jean/Sint-Jans-Molenbeek) and
 * the parts of the City of Brussels people name (Laeken/Laken, Neder-over-Heembeek,
 * Haren) as their commune rather than as the whole region (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaNamesTests {

	@Autowired
	AreaNames areas;

	@Test
	void aPartOfTheCityIsReadAsItsCommuneAndMarkedNarrower() {
		for (String name : new String[] { "Laeken", "Laken", "Neder-over-Heembeek", "Neder-Over-Heembeek",
				"NEDER-OVERHEEMBEEK", "Haren", "Bruxelles-Laeken" }) {
			assertThat(this.areas.resolve(name)).as(name).containsExactly("COMMUNE", "21004", AreaNames.PART);
		}
	}

	@Test
	void aCommuneInEitherLanguageStaysTheWholeCommune() {
		assertThat(this.areas.resolve("Sint-Jans-Molenbeek")).containsExactly("COMMUNE", "21012");
		assertThat(this.areas.resolve("Molenbeek-Saint-Jean")).containsExactly("COMMUNE", "21012");
		assertThat(this.areas.resolve("Auderghem")).containsExactly("COMMUNE", "21002");
		assertThat(this.areas.resolve("Bruxelles")).containsExactly("COMMUNE", "21004");
		assertThat(this.areas.resolve("Gare du Midi")).isNull();
	}

	@Test
	void theBassinsCommunesAreKnown() {
		assertThat(this.areas.communesOf("CENTRE_OUEST")).contains("21012", "21001").doesNotContain("21002");
	}

}
