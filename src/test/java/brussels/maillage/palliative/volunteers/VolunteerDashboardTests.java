package brussels.maillage.palliative.volunteers;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palliative dashboard shows the year's volunteer figures: the activity report's 2024
 * (annex 3, action 3: 60 motivational interviews, 26 volunteers trained), exact for the
 * team and, counts of people, "<5" for others when small; 0 stays 0.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerDashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDashboardShowsTheYearsVolunteerFiguresExactForTheTeamAndProtectedForOthers() {
		WebSession team = as("palliatif");
		String demo = team.get("/staff/palliative/figures?year=2024&lang=fr").body();
		assertThat(measure(demo, "interviews")).isEqualTo("60");
		assertThat(measure(demo, "trained")).isEqualTo("26");
		assertThat(measure(demo, "admitted")).isEqualTo("34");
		assertThat(measure(demo, "cyclesHeld")).isEqualTo("2");

		// 2010: two interviews, one admission, nobody trained
		long interviewer = this.jdbc.sql("select id from app_user where email = 'palliatif@demo.maillage.brussels'")
			.query(Long.class)
			.single();
		long first = PalliativeVolunteerTests.add(team, "Lotte Claes", "lotte.claes@example.be", "", "2010-02-01");
		long second = PalliativeVolunteerTests.add(team, "Hugo Lemaire", "", "0470 12 34 56", "2010-02-03");
		interview(team, first, "2010-03-01", "ADMITTED", interviewer);
		interview(team, second, "2010-03-02", "DECLINED", interviewer);
		String exact = team.get("/staff/palliative/figures?year=2010&lang=fr").body();
		assertThat(measure(exact, "interviews")).isEqualTo("2");
		assertThat(measure(exact, "admitted")).isEqualTo("1");
		assertThat(measure(exact, "trained")).isEqualTo("0");

		WebSession coordinator = as("coordination");
		String shown = coordinator.get("/staff/palliative/figures?year=2010&lang=fr").body();
		assertThat(measure(shown, "interviews")).isEqualTo("&lt;5");
		assertThat(measure(shown, "admitted")).isEqualTo("&lt;5");
		assertThat(measure(shown, "trained")).isEqualTo("0");
		assertThat(measure(coordinator.get("/staff/palliative/figures?year=2024&lang=fr").body(), "interviews"))
			.isEqualTo("60");
	}

	private WebSession as(String who) {
		WebSession session = new WebSession(this.port);
		assertThat(session.login(who + "@demo.maillage.brussels", PalliativeVolunteerTests.PASSWORD))
			.doesNotContain("error");
		return session;
	}

	private static void interview(WebSession team, long id, String on, String outcome, long interviewer) {
		team.get("/staff/palliative/volunteers/" + id);
		HttpResponse<String> saved = team.post("/staff/palliative/volunteers/" + id + "/interview",
				Map.of("heldOn", on, "interviewer", String.valueOf(interviewer), "outcome", outcome));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	private static String measure(String page, String measure) {
		int start = page.indexOf("data-measure=\"" + measure + "\"");
		assertThat(start).as(measure).isPositive();
		String row = page.substring(start, page.indexOf("</tr>", start));
		String cell = row.substring(row.indexOf("<td"));
		return cell.replaceAll("<[^>]+>", "").strip();
	}

}
