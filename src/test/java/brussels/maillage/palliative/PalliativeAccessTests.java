package brussels.maillage.palliative;

import java.net.http.HttpResponse;
import java.util.List;
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
 * Only the palliative team sees the records: staff and coordinators outside it get 403 on
 * every follow-up page and API, and each attempt is in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffOutsideThePalliativeTeamGetForbiddenOnEveryFollowUpPageAndApiAndTheAttemptIsLogged() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", PalliativeFollowUpTests.PASSWORD);
		long id = PalliativeFollowUpTests.open(team, "CENTRE_OUEST", "INDIVIDUAL", "2013-01-10");
		String code = this.jdbc.sql("select code from palliative_follow_up where id = ?")
			.param(id)
			.query(String.class)
			.single();

		for (String who : List.of("sud", "coordination", "admin")) {
			WebSession outsider = new WebSession(this.port);
			outsider.login(who + "@demo.maillage.brussels", PalliativeFollowUpTests.PASSWORD);
			outsider.get("/account");
			long before = denied();
			List<String> pages = List.of("/staff/palliative", "/staff/palliative/follow-ups",
					"/staff/palliative/follow-ups/new", "/staff/palliative/follow-ups/" + id);
			for (String page : pages) {
				HttpResponse<String> answer = outsider.get(page);
				assertThat(answer.statusCode()).as(who + " " + page).isEqualTo(403);
				assertThat(answer.body()).doesNotContain(code);
			}
			assertThat(outsider
				.post("/staff/palliative/follow-ups/" + id + "/visits",
						Map.of("visitOn", "2013-01-20", "mode", "HOME", "visitStatus", "HELD"))
				.statusCode()).isEqualTo(403);
			assertThat(outsider
				.post("/staff/palliative/follow-ups/" + id + "/status",
						Map.of("status", "ACTIVE", "changedOn", "2013-01-11"))
				.statusCode()).isEqualTo(403);
			String token = token(outsider, who);
			HttpResponse<String> api = outsider.json("GET", "/api/palliative/follow-ups", token, null);
			assertThat(api.statusCode()).isEqualTo(403);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(denied()).as(who).isEqualTo(before + pages.size() + 3);
			// the figures are open to them, through the disclosure control
			assertThat(outsider.get("/staff/palliative/figures").statusCode()).isEqualTo(200);
			assertThat(outsider.json("GET", "/api/palliative/figures?year=2013", token, null).body())
				.contains("\"exact\":false");
		}
		assertThat(this.jdbc.sql("select count(*) from palliative_visit where follow_up_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where details like ?")
			.param("%" + code + "%")
			.query(Long.class)
			.single()).as("the code never appears in an address").isZero();

		String teamToken = token(team, "palliatif");
		HttpResponse<String> list = team.json("GET", "/api/palliative/follow-ups", teamToken, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(code);
		assertThat(team.json("GET", "/api/palliative/figures?year=2013", teamToken, null).body())
			.contains("\"exact\":true");
	}

	private long denied() {
		return this.jdbc.sql("select count(*) from audit_entry where action = 'palliative.access.denied'")
			.query(Long.class)
			.single();
	}

	static String token(WebSession session, String who) {
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "palliative-" + who, "days", "1"));
		Matcher token = Pattern.compile("(mlg_[A-Za-z0-9_-]+)").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
