package brussels.maillage.helpdesk.guide;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The respondent's guide over real HTTP: edited by coordinators only, in French and
 * Dutch, and shown beside the request form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskGuideTests {

	@LocalServerPort
	int port;

	WebSession staff(String who) {
		WebSession session = new WebSession(this.port);
		session.login(who + "@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		return session;
	}

	@Test
	void coordinatorsEditTheGuideInFrenchAndDutchAndStaffSeeIt() {
		WebSession coordinator = staff("coordination");
		String guide = coordinator.get("/staff/helpdesk/guide").body();
		Matcher edit = Pattern.compile("/staff/helpdesk/guide/(\\d+)/edit").matcher(guide);
		assertThat(edit.find()).isTrue();
		coordinator.get("/staff/helpdesk/guide/" + edit.group(1) + "/edit");
		HttpResponse<String> empty = coordinator.post("/staff/helpdesk/guide/" + edit.group(1),
				Map.of("position", "1", "titleFr", "Accueillir", "titleNl", "", "bodyFr", "Bonjour", "bodyNl", "Dag"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"titleNl-error\"")
			.contains("Saisissez le titre en néerlandais.")
			.contains("Bonjour");
		HttpResponse<String> tooLong = coordinator.post("/staff/helpdesk/guide/" + edit.group(1), Map.of("position",
				"1", "titleFr", "Accueillir", "titleNl", "Onthalen", "bodyFr", "x".repeat(10_001), "bodyNl", "Dag"));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"bodyFr-error\"")
			.contains("Les étapes en français peuvent compter au plus 10")
			.doesNotContain("Saisissez les étapes en français.")
			.contains("Onthalen");
		assertThat(coordinator.post("/staff/helpdesk/guide/" + edit.group(1),
				Map.of("position", "1", "titleFr", "Accueillir l'appel", "titleNl", "De oproep onthalen", "bodyFr",
						"Se présenter\nDemander la profession", "bodyNl", "Zich voorstellen\nNaar het beroep vragen"))
			.statusCode()).isEqualTo(302);
		assertThat(staff("nord").get("/staff/helpdesk/requests/new").body()).contains("Accueillir l&#39;appel")
			.contains("Demander la profession");
		assertThat(staff("nord").language("nl").get("/staff/helpdesk/requests/new").body())
			.contains("De oproep onthalen");
		assertThat(staff("nord").get("/staff/helpdesk/guide/" + edit.group(1) + "/edit").statusCode()).isEqualTo(403);
	}

}
