package brussels.maillage.palliative.partners;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team keeps its psychologists and the referring second-line teams as data: added,
 * renamed and withdrawn from the follow-up form's pick lists; bad input is explained next
 * to the field; nobody outside the team reaches the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	WebSession as(String who) {
		WebSession session = new WebSession(this.port);
		session.login(who + "@demo.maillage.brussels", PASSWORD);
		return session;
	}

	@Test
	void aPsychologistAddedAndWithdrawnAppearsThenLeavesTheFollowUpForm() {
		WebSession team = as("palliatif");
		team.get("/staff/palliative/partners");
		HttpResponse<String> blank = team.post("/staff/palliative/partners/psychologists", Map.of("name", " "));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"name-error\"").contains("Ce champ est obligatoire.");
		assertThat(
				team.post("/staff/palliative/partners/psychologists", Map.of("name", "Claire Dubois", "active", "true"))
					.statusCode())
			.isEqualTo(302);
		assertThat(team.get("/staff/palliative/follow-ups/new").body()).contains(">Claire Dubois</option>");

		String list = team.get("/staff/palliative/partners").body();
		int link = list.indexOf(">Claire Dubois</a>");
		String href = list.substring(list.lastIndexOf("href=\"", link) + 6,
				list.indexOf("\"", list.lastIndexOf("href=\"", link) + 6));
		assertThat(href).matches("/staff/palliative/partners/psychologists/\\d+");
		team.get(href);
		// the box unticked: the browser sends no "active"
		assertThat(team.post(href, Map.of("name", "Claire Dubois-Martin")).statusCode()).isEqualTo(302);
		assertThat(team.get("/staff/palliative/follow-ups/new").body()).doesNotContain("Claire Dubois");
		assertThat(team.get("/staff/palliative/partners").body()).contains("Claire Dubois-Martin</a>")
			.contains("retiré·e des listes");
	}

	@Test
	void aReferringTeamIsAddedRenamedAndItsCodeChecked() {
		WebSession team = as("palliatif");
		team.get("/staff/palliative/partners");
		HttpResponse<String> bad = team.language("nl")
			.post("/staff/palliative/partners/teams", Map.of("code", "équipe e", "fr", "Équipe E", "nl", "Team E", "en",
					"", "position", "4", "active", "true"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"code-error\"")
			.contains("Gebruik 2 tot 32 hoofdletters, cijfers of _")
			.contains("value=\"équipe e\"")
			.contains("value=\"Team E\"");
		HttpResponse<String> taken = team.language("fr")
			.post("/staff/palliative/partners/teams", Map.of("code", "SECOND_LINE_A", "fr", "Doublon", "nl", "Dubbel",
					"en", "", "position", "5", "active", "true"));
		assertThat(taken.body()).contains("Une équipe a déjà ce code.");

		assertThat(team
			.post("/staff/palliative/partners/teams",
					Map.of("code", "SECOND_LINE_E", "fr", "Équipe E", "nl", "Team E", "en", "", "position", "4",
							"active", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(team.get("/staff/palliative/follow-ups/new").body()).contains("value=\"SECOND_LINE_E\"");
		team.get("/staff/palliative/partners/teams/SECOND_LINE_E");
		assertThat(team
			.post("/staff/palliative/partners/teams/SECOND_LINE_E",
					Map.of("code", "SECOND_LINE_E", "fr", "Équipe mobile E", "nl", "Mobiel team E", "en",
							"Mobile team E", "position", "4", "active", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(team.language("nl").get("/staff/palliative/follow-ups/new").body())
			.contains(">Mobiel team E</option>");

		WebSession outsider = as("coordination");
		assertThat(outsider.get("/staff/palliative/partners").statusCode()).isEqualTo(403);
		assertThat(outsider.post("/staff/palliative/partners/psychologists", Map.of("name", "X")).statusCode())
			.isEqualTo(403);
	}

}
