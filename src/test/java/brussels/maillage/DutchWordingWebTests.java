package brussels.maillage;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One word for the directory in Dutch: the navigation says "Repertorium", and so does the
 * respondent's guide stored by V31 once V56 has replaced its "sociale kaart".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DutchWordingWebTests {

	@LocalServerPort
	int port;

	@Test
	void theHelpdeskGuideSpeaksOfTheRepertoriumLikeTheNavigation() {
		WebSession nord = new WebSession(this.port).language("nl");
		assertThat(nord.login("nord@demo.maillage.brussels", "demo-maillage-2026")).doesNotContain("error");
		HttpResponse<String> guide = nord.get("/staff/helpdesk/guide?lang=nl");
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.body()).contains("Zoek in het repertorium, van lokaal naar gespecialiseerd.")
			.contains("Repertorium");
		assertThat(guide.body().toLowerCase(Locale.ROOT)).doesNotContain("sociale kaart");
	}

}
