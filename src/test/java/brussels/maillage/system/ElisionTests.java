package brussels.maillage.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French elision as a reader expects it: "d'Aide", "l'hôpital", but "de Haren", "le
 * handicap", "de yaourt", "de onze".
 */
class ElisionTests {

	@Test
	void elidesDeBeforeAVowel() {
		assertThat(Elision.deFrench("Aide à domicile L'Horizon Etterbeek"))
			.isEqualTo("d'Aide à domicile L'Horizon Etterbeek");
		assertThat(Elision.deFrench("Accueil de jour")).isEqualTo("d'Accueil de jour");
		assertThat(Elision.deFrench("Etterbeek")).isEqualTo("d'Etterbeek");
		assertThat(Elision.deFrench("Évere")).isEqualTo("d'Évere");
		assertThat(Elision.deFrench("Ixelles")).isEqualTo("d'Ixelles");
		assertThat(Elision.deFrench("Uccle")).isEqualTo("d'Uccle");
		assertThat(Elision.deFrench("OCMW Anderlecht")).isEqualTo("d'OCMW Anderlecht");
		assertThat(Elision.deFrench("Œuvre sociale")).isEqualTo("d'Œuvre sociale");
	}

	@Test
	void elidesBeforeAMuteHButNotAnAspiratedOne() {
		assertThat(Elision.deFrench("Hôpital Saint-Pierre")).isEqualTo("d'Hôpital Saint-Pierre");
		assertThat(Elision.deFrench("Habitat et Humanisme")).isEqualTo("d'Habitat et Humanisme");
		assertThat(Elision.leFrench("hébergement")).isEqualTo("l'hébergement");
		assertThat(Elision.deFrench("Haren")).isEqualTo("de Haren");
		assertThat(Elision.deFrench("Heysel")).isEqualTo("de Heysel");
		assertThat(Elision.leFrench("handicap")).isEqualTo("le handicap");
		assertThat(Elision.laFrench("halte-garderie")).isEqualTo("la halte-garderie");
		assertThat(Elision.leFrench("hêtre")).isEqualTo("le hêtre");
	}

	@Test
	void elidesBeforeAYOnlyWhenAConsonantFollows() {
		assertThat(Elision.deFrench("Yser")).isEqualTo("d'Yser");
		assertThat(Elision.deFrench("Yvonne")).isEqualTo("d'Yvonne");
		assertThat(Elision.deFrench("yaourt")).isEqualTo("de yaourt");
		assertThat(Elision.leFrench("yacht")).isEqualTo("le yacht");
	}

	@Test
	void keepsDeBeforeAConsonantADigitAQuoteAndTheExceptions() {
		assertThat(Elision.deFrench("Jette")).isEqualTo("de Jette");
		assertThat(Elision.deFrench("Backstage")).isEqualTo("de Backstage");
		assertThat(Elision.deFrench("1000 Bruxelles")).isEqualTo("de 1000 Bruxelles");
		assertThat(Elision.deFrench("« Aide »")).isEqualTo("de « Aide »");
		assertThat(Elision.deFrench("onze ans")).isEqualTo("de onze ans");
		assertThat(Elision.deFrench("oui")).isEqualTo("de oui");
		assertThat(Elision.deFrench("Ouverture")).isEqualTo("d'Ouverture");
		assertThat(Elision.deFrench("La Boussole")).isEqualTo("de La Boussole");
		assertThat(Elision.deFrench("L'Horizon")).isEqualTo("de L'Horizon");
		assertThat(Elision.deFrench("Lestrade")).isEqualTo("de Lestrade");
	}

	@Test
	void contractsDeLeAndDeLes() {
		assertThat(Elision.deFrench("Le Phare Urbain")).isEqualTo("du Phare Urbain");
		assertThat(Elision.deFrench("Les Glycines")).isEqualTo("des Glycines");
	}

	@Test
	void leavesTheNameAloneInOtherLanguages() {
		assertThat(Elision.de("Aide à domicile", Locale.forLanguageTag("nl"))).isEqualTo("Aide à domicile");
		assertThat(Elision.de("Aide à domicile", Locale.ENGLISH)).isEqualTo("Aide à domicile");
		assertThat(Elision.de("Aide à domicile", Locale.FRENCH)).isEqualTo("d'Aide à domicile");
		assertThat(Elision.laFrench("aide")).isEqualTo("l'aide");
	}

}
