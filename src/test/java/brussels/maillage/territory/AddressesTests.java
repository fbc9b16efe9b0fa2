package brussels.maillage.territory;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses written in full on the real reference data: the communes' names in French and
 * Dutch and their postcodes as Statbel lists them (Watermael-Boitsfort 1170, Uccle 1180,
 * Bruxelles 1000, 1020, 1040, 1050, 1120 and 1130; 1040 is also Etterbeek's).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
class AddressesTests {

	private static final Locale FRENCH = Locale.forLanguageTag("fr");

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	TerritoryService territory;

	@Test
	void namesThePlacedCommuneInTheReadersLanguage() {
		assertThat(this.territory.fullAddress("Place Keym 2", "1170", "21017", FRENCH))
			.isEqualTo("Place Keym 2, 1170 Watermael-Boitsfort");
		assertThat(this.territory.fullAddress("Place Keym 2", "1170", "21017", DUTCH))
			.isEqualTo("Place Keym 2, 1170 Watermaal-Bosvoorde");
	}

	@Test
	void usesThePostcodeTypedAfterTheStreetWhenItIsOneOfTheCommunes() {
		assertThat(this.territory.fullAddress("Rue Haute 298A, 1000", null, "21004", FRENCH))
			.isEqualTo("Rue Haute 298A, 1000 Bruxelles");
		assertThat(this.territory.fullAddress("Rue Haute 298A 1000 Bruxelles", null, "21004", DUTCH))
			.isEqualTo("Rue Haute 298A, 1000 Brussel");
	}

	@Test
	void neverTakesAHouseNumberForAPostcode() {
		assertThat(this.territory.fullAddress("Chaussée d'Alsemberg 1180", null, "21016", FRENCH))
			.isEqualTo("Chaussée d'Alsemberg 1180, 1180 Uccle");
	}

	@Test
	void choosesNoPostcodeForACommuneThatHasSeveral() {
		assertThat(this.territory.fullAddress("Rue de la Loi 16", null, "21004", FRENCH))
			.isEqualTo("Rue de la Loi 16, Bruxelles");
	}

	@Test
	void namesNoCommuneForAPostcodeTwoCommunesShare() {
		assertThat(this.territory.fullAddress("Avenue de la Chasse 1", "1040", null, FRENCH))
			.isEqualTo("Avenue de la Chasse 1, 1040");
	}

	@Test
	void writesNothingWithoutAnAddress() {
		assertThat(this.territory.fullAddress(" ", "1170", "21017", FRENCH)).isNull();
	}

}
