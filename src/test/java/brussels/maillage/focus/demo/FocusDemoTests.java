package brussels.maillage.focus.demo;

import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.Repertoire;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Focus repertoires against the 2024 activity report: "ce qui porte le nombre
 * de Focus, fin 2024, à 6" (end of life, home support for people over 60, the type-2
 * diabetes care system, mental health, financial access to care, resources for living at
 * home), each published with services and in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FocusDemoTests {

	@Autowired
	FocusService focus;

	@Test
	void theSixFocusOfEnd2024ArePublishedWithServices() {
		assertThat(this.focus.published()).extracting((repertoire) -> repertoire.title().fr())
			.contains("Soins palliatifs et fin de vie", "Soutien à domicile pour les personnes de plus de 60 ans",
					"Système de prise en charge du diabète de type 2",
					"Santé mentale : offre de soutien et d'accompagnement en Région bruxelloise",
					"Accessibilité financière aux soins de santé", "Ressources pour une vie à domicile");
		for (String slug : new String[] { "fin-de-vie", "soutien-domicile-60", "diabete-type-2", "sante-mentale",
				"accessibilite-financiere", "vie-a-domicile" }) {
			Repertoire repertoire = this.focus.published(slug).orElseThrow();
			assertThat(repertoire.entryCount()).as(slug).isGreaterThanOrEqualTo(3);
			assertThat(repertoire.title().nl()).as(slug).isNotBlank();
			assertThat(repertoire.introduction().nl()).as(slug).isNotBlank();
		}
		assertThat(this.focus.published("sante-mentale").orElseThrow().eventId()).isNotNull();
		assertThat(this.focus.published("diabete-type-2").orElseThrow().eventId()).isNotNull();
	}

}
