package brussels.maillage.prevention.rendezvous;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.PreventionFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Rendez-vous de la prévention santé over real HTTP: a Nord officer adds a venue from
 * the directory and records a session with a headcount of 14, which the bassin's figures
 * count; no form asks an inhabitant for a name or an e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RendezvousWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	/** Form controls. */
	private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select)\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	/** What a control asking for a person's identity or contact looks like. */
	private static final Pattern PERSONAL = Pattern.compile(
			"type=\"(email|tel)\"|name=\"[^\"]*(mail|name|nom|naam|phone|telephone|firstname|lastname)[^\"]*\"",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	RendezvousService rendezvous;

	@Test
	void aSessionWithAHeadcountOf14AppearsInTheBassinsFiguresAndOnItsPublicPage() {
		List<UUID> services = PreventionFixtures.servicesNamed(this.directory, "Vaccibus");
		int year = this.rendezvous.today().getYear();
		BassinFigures before = this.rendezvous.figures(year).get(0);
		assertThat(before.bassin()).isEqualTo(PreventionBassin.NORD);

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		String places = nord.get("/staff/prevention/rendezvous/nord/places?q=Vaccibus").body();
		assertThat(places).contains("Asbl Vaccibus à la maison médicale de Jette").doesNotContain("Forest");
		nord.get("/staff/prevention/rendezvous/nord");
		nord.post("/staff/prevention/rendezvous/nord/venues",
				Map.of("serviceId", services.get(3).toString(), "partners", "Planning familial"));
		assertThat(nord.get("/staff/prevention/rendezvous/nord").body()).contains("Ce lieu n&#39;a pas été ajouté")
			.doesNotContain("Asbl Vaccibus au centre de santé de Forest");
		nord.post("/staff/prevention/rendezvous/nord/venues",
				Map.of("serviceId", services.get(0).toString(), "partners", "Maison médicale, CPAS de Jette"));
		String page = nord.get("/staff/prevention/rendezvous/nord").body();
		Matcher venue = Pattern
			.compile("<option value=\"([0-9a-f-]{36})\">Asbl Vaccibus à la maison médicale de Jette</option>")
			.matcher(page);
		assertThat(venue.find()).isTrue();

		String invalid = nord
			.post("/staff/prevention/rendezvous/nord/sessions", Map.of("venueId", venue.group(1), "heldOn",
					year + "-02-30", "themeFr", "", "themeNl", "Vaccinatie", "headcount", "quatorze"))
			.body();
		assertThat(invalid).contains("id=\"heldOn-error\"")
			.contains("Cette date n&#39;existe pas.")
			.contains("id=\"themeFr-error\"")
			.contains("id=\"headcount-error\"")
			.contains("Saisissez un nombre entier, par exemple 14.")
			.contains("value=\"Vaccinatie\"");
		WebSession dutch = new WebSession(this.port).language("nl");
		dutch.login("nord@demo.maillage.brussels", PASSWORD);
		dutch.get("/staff/prevention/rendezvous/nord");
		assertThat(dutch
			.post("/staff/prevention/rendezvous/nord/sessions",
					Map.of("venueId", "", "heldOn", "12/03", "themeFr", "Tabac", "headcount", "-3"))
			.body()).contains("id=\"venueId-error\"")
			.contains("Vul een datum in, bijvoorbeeld 2025-03-12.")
			.contains("Vul een geheel getal in, bijvoorbeeld 14.");

		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		sud.get("/staff/prevention/rendezvous");
		assertThat(sud
			.post("/staff/prevention/rendezvous/nord/sessions", Map.of("venueId", venue.group(1), "heldOn",
					year + "-03-12", "themeFr", "Vaccination", "headcount", "99"))
			.statusCode()).as("Sud does not record Nord's sessions").isEqualTo(403);

		assertThat(nord
			.post("/staff/prevention/rendezvous/nord/sessions",
					Map.of("venueId", venue.group(1), "heldOn", year + "-03-12", "themeFr", "Vaccination des adultes",
							"themeNl", "Vaccinatie van volwassenen", "partners", "CPAS de Jette", "headcount", "14"))
			.statusCode()).isEqualTo(302);

		String figures = nord.get("/staff/prevention/rendezvous?year=" + year).body();
		Matcher row = Pattern.compile("<tr id=\"figures-nord\">(.*?)</tr>", Pattern.DOTALL).matcher(figures);
		assertThat(row.find()).isTrue();
		List<String> cells = new ArrayList<>();
		Matcher cell = Pattern.compile("<td class=\"numeric\">([^<]*)</td>").matcher(row.group(1));
		while (cell.find()) {
			cells.add(cell.group(1).replaceAll("[\\s\\u00a0\\u202f.]", ""));
		}
		assertThat(cells).containsExactly(String.valueOf(before.venues() + 1), String.valueOf(before.sessions() + 1),
				String.valueOf(before.headcount() + 14));

		String publicPage = new WebSession(this.port).get("/prevention/nord/rendez-vous").body();
		assertThat(publicPage).contains("Asbl Vaccibus à la maison médicale de Jette")
			.contains("Avec : Maison médicale, CPAS de Jette")
			.contains("Vaccination des adultes")
			.contains("data-directory-map")
			.contains("data-lat=\"50.8781\"");
		assertThat(new WebSession(this.port).language("nl").get("/prevention/nord/rendez-vous").body())
			.contains("Vaccinatie van volwassenen");
		assertThat(new WebSession(this.port).get("/prevention/sud/rendez-vous").body())
			.doesNotContain("Vaccination des adultes");
	}

	@Test
	void noPreventionFormAsksForANameOrAnEmail() {
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		List<String> pages = List.of("/prevention", "/prevention/nord", "/prevention/nord/rendez-vous",
				"/staff/prevention", "/staff/prevention/rendezvous", "/staff/prevention/rendezvous/nord?q=maison",
				"/staff/prevention/nord/2025/3?q=maison");
		for (String path : pages) {
			var response = nord.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String main = response.body().substring(response.body().indexOf("id=\"main\""));
			Matcher control = CONTROL.matcher(main);
			int controls = 0;
			while (control.find()) {
				controls++;
				assertThat(control.group()).as("a control of " + path).doesNotContainPattern(PERSONAL);
			}
			if (path.startsWith("/staff/prevention/rendezvous/nord")) {
				assertThat(controls).as("the session and venue forms are checked").isGreaterThan(5);
			}
		}
	}

}
