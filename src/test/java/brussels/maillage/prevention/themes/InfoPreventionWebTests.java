package brussels.maillage.prevention.themes;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.prevention.PreventionFixtures;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Info prévention over real HTTP: a prevention officer of bassin Nord writes and
 * publishes the month's page with local services; it shows on Nord's list and feed, not
 * Sud's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InfoPreventionWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	ThemeService themes;

	@Test
	void aNordOfficerPublishesTheMonthsPageWithThreeLocalServicesShownOnNordsListAndFeedOnly() {
		// the demo's theme of this month is put back afterwards, for the tests that read
		// it
		YearMonth month = this.themes.thisMonth();
		Theme before = this.themes.calendar(month.getYear())
			.stream()
			.filter((theme) -> theme.yearMonth().equals(month))
			.findFirst()
			.orElse(null);
		try {
			publishesTheMonthsPage();
		}
		finally {
			if (before != null) {
				this.themes.saveTheme(month, before.title());
			}
		}
	}

	private void publishesTheMonthsPage() {
		List<UUID> services = PreventionFixtures.servicesNamed(this.directory, "Mammotest");
		YearMonth month = this.themes.thisMonth();
		this.themes.saveTheme(month, LocalizedText.of("Dépistage du cancer du sein", "Borstkankerscreening", null));
		String editor = "/staff/prevention/nord/" + month.getYear() + "/" + month.getMonthValue();
		String publicPage = "/prevention/nord/" + month.getYear() + "/" + month.getMonthValue();

		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		assertThat(sud.get(editor).statusCode()).as("Sud's officer does not edit Nord's page").isEqualTo(403);

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(nord.get(editor).statusCode()).isEqualTo(200);
		String hits = nord.get(editor + "/services?q=Mammotest").body();
		assertThat(hits).contains("Mammotest à la maison médicale de Jette")
			.contains("Mammotest au centre de santé de Koekelberg")
			.contains("Mammotest au planning familial de Ganshoren")
			.as("a service of bassin Sud is not offered")
			.doesNotContain("Forest");

		nord.get(editor);
		assertThat(nord.post(editor + "/services", Map.of("serviceId", services.get(3).toString())).statusCode())
			.isEqualTo(302);
		assertThat(nord.get(editor).body()).contains("Ce service n&#39;a pas été ajouté");
		for (UUID service : services.subList(0, 3)) {
			nord.post(editor + "/services", Map.of("serviceId", service.toString(), "q", "Mammotest"));
		}
		nord.post(editor + "/publish", Map.of());
		assertThat(nord.get(editor).body()).contains("Il faut le texte en français et en néerlandais");
		assertThat(new WebSession(this.port).get(publicPage).statusCode()).isEqualTo(404);

		nord.post(editor,
				Map.of("summaryFr", "Le dépistage par mammographie est gratuit tous les deux ans de 50 à 69 ans.",
						"summaryNl", "Borstkankerscreening is gratis om de twee jaar van 50 tot 69 jaar.",
						"resourcesFr", "Brochure du Centre bruxellois de dépistage\n\nwww.mammotest.be", "resourcesNl",
						"Brochure van het Brussels screeningscentrum"));
		nord.get(editor);
		assertThat(nord.post(editor + "/publish", Map.of()).statusCode()).isEqualTo(302);

		HttpResponse<String> fr = new WebSession(this.port).get(publicPage);
		assertThat(fr.statusCode()).isEqualTo(200);
		assertThat(fr.body()).contains("Dépistage du cancer du sein")
			.contains("gratuit tous les deux ans")
			.contains("Brochure du Centre bruxellois de dépistage")
			.contains("www.mammotest.be")
			.contains("Mammotest à la maison médicale de Jette")
			.contains("Mammotest au centre de santé de Koekelberg")
			.contains("Mammotest au planning familial de Ganshoren")
			.contains("/repertoire/services/" + services.get(0))
			.doesNotContain("Forest");
		String nl = new WebSession(this.port).language("nl").get(publicPage).body();
		assertThat(nl).contains("<html lang=\"nl\"")
			.contains("Borstkankerscreening")
			.contains("om de twee jaar")
			.contains("Brochure van het Brussels screeningscentrum");

		assertThat(new WebSession(this.port).get("/prevention/nord").body()).contains("Dépistage du cancer du sein")
			.contains(publicPage);
		assertThat(new WebSession(this.port).get("/prevention/sud").body()).doesNotContain(publicPage);
		HttpResponse<String> feed = new WebSession(this.port).get("/prevention/nord/feed.atom?lang=nl");
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
			.contains("Borstkankerscreening")
			.contains(publicPage + "?lang=nl");
		assertThat(new WebSession(this.port).get("/prevention/sud/feed.atom").body()).contains("<feed")
			.doesNotContain(publicPage);
		assertThat(new WebSession(this.port).get("/").body()).contains("Le thème de prévention santé du mois")
			.contains("Dépistage du cancer du sein")
			.contains(publicPage);
	}

	@Test
	void aThemeWithAMonthOutOfRangeAndNoFrenchTitleGetsMessagesNextToTheFieldsInTheUsersLanguage() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", PASSWORD);
		coordinator.get("/staff/prevention");
		String fr = coordinator
			.post("/staff/prevention/themes",
					Map.of("year", "2025", "month", "13", "titleFr", "", "titleNl", "Vaccinatie"))
			.body();
		assertThat(fr).contains("id=\"month-error\"")
			.contains("Saisissez un mois de 1 à 12.")
			.contains("id=\"titleFr-error\"")
			.contains("Ce champ est obligatoire.")
			.contains("href=\"#month\"")
			.contains("value=\"Vaccinatie\"");
		WebSession dutch = new WebSession(this.port).language("nl");
		dutch.login("coordination@demo.maillage.brussels", PASSWORD);
		dutch.get("/staff/prevention");
		assertThat(dutch
			.post("/staff/prevention/themes",
					Map.of("year", "twee", "month", "9", "titleFr", "Vaccination", "titleNl", ""))
			.body()).contains("id=\"year-error\"")
			.contains("Vul een jaar in vier cijfers in")
			.contains("Dit veld is verplicht.");

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		nord.get("/staff/prevention");
		assertThat(nord
			.post("/staff/prevention/themes",
					Map.of("year", "2025", "month", "9", "titleFr", "Autre", "titleNl", "Ander"))
			.statusCode()).as("the calendar is the coordinators'").isEqualTo(403);
	}

	@Test
	void theDemoCalendarHoldsTheThemesOfTheActivityReport() {
		String calendar = new WebSession(this.port).get("/prevention?year=2025").body();
		assertThat(calendar).contains("Cancer du col de l&#39;utérus")
			.contains("Tuberculose")
			.contains("Hydratation")
			.contains("VIH et IST");
		assertThat(new WebSession(this.port).language("nl").get("/prevention?year=2024").body()).contains("Oktober")
			.contains("Borstkanker")
			.contains("Diabetes type 2");
	}

}
