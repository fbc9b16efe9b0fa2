package brussels.maillage.palliative.volunteers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volunteer candidates through the team's pages on real PostgreSQL: a candidate, the
 * interview, the training cycle and the year's figures; refusals next to the field with
 * what was typed kept; 403 outside the team.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeVolunteerTests {

	static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern CANDIDATE = Pattern.compile("/staff/palliative/volunteers/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession as(String who, String language) {
		WebSession session = new WebSession(this.port).language(language);
		assertThat(session.login(who + "@demo.maillage.brussels", PASSWORD)).doesNotContain("error");
		return session;
	}

	long interviewer() {
		return this.jdbc.sql("select id from app_user where email = 'palliatif@demo.maillage.brussels'")
			.query(Long.class)
			.single();
	}

	static long add(WebSession team, String name, String email, String phone, String appliedOn) {
		team.get("/staff/palliative/volunteers/new");
		HttpResponse<String> saved = team.post("/staff/palliative/volunteers", Map.of("fullName", name, "email", email,
				"phone", phone, "language", "NL", "source", "EVENT", "appliedOn", appliedOn));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Matcher id = CANDIDATE.matcher(saved.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	void interview(WebSession team, long id, String on, String outcome) {
		team.get("/staff/palliative/volunteers/" + id);
		HttpResponse<String> saved = team.post("/staff/palliative/volunteers/" + id + "/interview",
				Map.of("heldOn", on, "interviewer", String.valueOf(interviewer()), "outcome", outcome));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	@Test
	void aCandidateIsInterviewedAdmittedAndTrainedAndTheYearCountsThem() {
		WebSession team = as("palliatif", "en");
		// 2013: three interviews, two admitted, one of them trained, the other dropped
		// out.
		long anne = add(team, "Anne Vermeulen", "anne@example.be", "", "2013-01-14");
		interview(team, anne, "2013-02-04", "ADMITTED");
		long bert = add(team, "Bert Claes", "", "0470 12 34 56", "2013-01-20");
		interview(team, bert, "2013-02-11", "ADMITTED");
		long chloe = add(team, "Chloé Martin", "chloe@example.be", "02 123 45 67", "2013-03-01");
		interview(team, chloe, "2013-03-18", "REDIRECTED");

		team.get("/staff/palliative/volunteers/" + anne);
		assertThat(team
			.post("/staff/palliative/volunteers/" + anne + "/training",
					Map.of("cycleName", "Formation de base", "cycleYear", "2013", "trainingStatus", "TRAINED"))
			.statusCode()).isEqualTo(302);
		assertThat(team
			.post("/staff/palliative/volunteers/" + bert + "/training",
					Map.of("cycleName", "Formation de base", "cycleYear", "2013", "trainingStatus", "DROPPED_OUT"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = team.post("/staff/palliative/volunteers/" + chloe + "/training",
				Map.of("cycleName", "Formation de base", "cycleYear", "2013", "trainingStatus", "TRAINED"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Only an admitted candidate can follow a training cycle.");

		String page = as("palliatif", "fr").get("/staff/palliative/volunteers?year=2013").body();
		assertThat(page).contains("Chiffres de 2013")
			.contains("<dd id=\"figure-interviews\">3</dd>")
			.contains("<dd id=\"figure-admitted\">2</dd>")
			.contains("<dd id=\"figure-trained\">1</dd>")
			.contains("Anne Vermeulen")
			.contains("Formé")
			.contains("Abandon")
			.contains("Réorienté");
		String candidate = as("palliatif", "nl").get("/staff/palliative/volunteers/" + anne).body();
		assertThat(candidate).contains("Motivatiegesprek").contains("Toegelaten").contains("Opgeleid");
	}

	@Test
	void badInputGetsAMessageNextToTheFieldAndKeepsWhatWasTyped() {
		WebSession team = as("palliatif", "en");
		team.get("/staff/palliative/volunteers/new");
		HttpResponse<String> noContact = team.post("/staff/palliative/volunteers", Map.of("fullName", "Dirk Peeters",
				"email", "", "phone", "", "language", "NL", "source", "WEBSITE", "appliedOn", "2014-05-02"));
		assertThat(noContact.statusCode()).isEqualTo(200);
		assertThat(noContact.body()).contains("id=\"email-error\"")
			.contains("Give an e-mail address or a phone number.")
			.contains("value=\"Dirk Peeters\"")
			.contains("value=\"2014-05-02\"");
		assertThat(this.jdbc.sql("select count(*) from palliative_volunteer_candidate where full_name = 'Dirk Peeters'")
			.query(Long.class)
			.single()).isZero();

		long id = add(team, "Dirk Peeters", "", "02 511 22 33", "2014-05-02");
		String tomorrow = LocalDate.now().plusDays(2).toString();
		team.get("/staff/palliative/volunteers/" + id);
		HttpResponse<String> future = team.post("/staff/palliative/volunteers/" + id + "/interview",
				Map.of("heldOn", tomorrow, "interviewer", String.valueOf(interviewer()), "outcome", "DECLINED"));
		assertThat(future.statusCode()).isEqualTo(200);
		assertThat(future.body()).contains("id=\"heldOn-error\"")
			.contains("The date cannot be in the future.")
			.contains("value=\"" + tomorrow + "\"")
			.containsPattern("<option value=\"DECLINED\" selected");
		assertThat(this.jdbc.sql("select count(*) from palliative_volunteer_interview where candidate_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staffOutsideTheTeamGet403() {
		WebSession coordinator = as("coordination", "fr");
		assertThat(coordinator.get("/staff/palliative/volunteers").statusCode()).isEqualTo(403);
		assertThat(coordinator.get("/staff/palliative/volunteers/new").statusCode()).isEqualTo(403);
	}

}
