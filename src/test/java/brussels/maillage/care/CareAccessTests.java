package brussels.maillage.care;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the care-coordination and finance teams see case management's records: staff,
 * coordinators, administrators and the palliative team outside them get 403 on every care
 * page and API, and each attempt is in the audit log; the figures stay open to them,
 * through the disclosure control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffOutsideTheTeamGetForbiddenOnEveryCarePageAndTheAttemptIsLogged() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long provider = CareFixtures.provider(team, "Psy Test Access", "PSYCHOLOGIST", CareFixtures.IBANS[5]);
		long careCase = CareFixtures.openCase(team, "NORD_EST", "2019-05-02");
		String code = this.jdbc.sql("select code from care_case where id = ?")
			.param(careCase)
			.query(String.class)
			.single();
		team.get("/staff/care/statements");
		team.post("/staff/care/statements",
				Map.of("provider", String.valueOf(provider), "periodKind", "QUARTER", "periodStart", "2019-04-01"));
		long statement = this.jdbc.sql("select id from care_statement where provider_id = ?")
			.param(provider)
			.query(Long.class)
			.single();

		List<String> pages = List.of("/staff/care", "/staff/care/cases", "/staff/care/cases/new",
				"/staff/care/cases/" + careCase, "/staff/care/cases/" + careCase + "/prestations",
				"/staff/care/providers", "/staff/care/providers/new", "/staff/care/providers/" + provider,
				"/staff/care/statements", "/staff/care/statements/" + statement,
				"/staff/care/statements/" + statement + "/statement.pdf", "/staff/care/payments.xlsx",
				"/staff/care/payments.csv");
		for (String page : pages) {
			if (!page.startsWith("/staff/care/payments") && !page.equals("/staff/care")) {
				assertThat(team.get(page).statusCode()).as("the team opens " + page).isEqualTo(200);
			}
		}
		for (String who : List.of("sud", "coordination", "admin", "palliatif")) {
			WebSession outsider = CareFixtures.as(this.port, who);
			outsider.get("/account");
			long before = denied();
			for (String page : pages) {
				HttpResponse<String> answer = outsider.get(page);
				assertThat(answer.statusCode()).as(who + " " + page).isEqualTo(403);
				assertThat(answer.body()).doesNotContain(code).doesNotContain("Psy Test Access");
			}
			List<String> posts = List.of("/staff/care/cases", "/staff/care/cases/" + careCase + "/status",
					"/staff/care/cases/" + careCase + "/prestations", "/staff/care/providers",
					"/staff/care/statements/" + statement + "/status");
			for (String post : posts) {
				assertThat(outsider.post(post, Map.of("status", "ACTIVE", "changedOn", "2019-05-03")).statusCode())
					.as(who + " POST " + post)
					.isEqualTo(403);
			}
			assertThat(denied()).as(who).isEqualTo(before + pages.size() + posts.size());
			String token = CareFiguresTests.token(outsider, who);
			assertThat(outsider.get("/staff/care/figures").statusCode()).isEqualTo(200);
			assertThat(outsider.json("GET", "/api/care/figures?year=2019", token, null).body())
				.contains("\"exact\":false");
		}
		assertThat(
				this.jdbc.sql("select status from care_case where id = ?").param(careCase).query(String.class).single())
			.isEqualTo("REFERRED");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where details like ?")
			.param("%" + code + "%")
			.query(Long.class)
			.single()).as("the code never appears in an address").isZero();
	}

	private long denied() {
		return this.jdbc.sql("select count(*) from audit_entry where action = 'care.access.denied'")
			.query(Long.class)
			.single();
	}

}
