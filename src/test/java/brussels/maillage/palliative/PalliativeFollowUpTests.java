package brussels.maillage.palliative;

import brussels.maillage.palliative.figures.PalliativeFigures;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosedTable.Hidden;
import brussels.maillage.system.DisclosureAttack;
import brussels.maillage.system.DisclosureControl.Reader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Psychological follow-ups through the team's pages on real PostgreSQL: codes, visits,
 * the year's figures exact for the team and protected for a coordinator outside it, and
 * refusals next to the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeFollowUpTests {

	static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern FOLLOW_UP = Pattern.compile("/staff/palliative/follow-ups/(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PalliativeFigures figures;

	WebSession as(String who) {
		WebSession session = new WebSession(this.port);
		assertThat(session.login(who + "@demo.maillage.brussels", PASSWORD)).doesNotContain("error");
		return session;
	}

	static long open(WebSession team, String bassin, String kind, String referredOn) {
		team.get("/staff/palliative/follow-ups/new");
		Map<String, String> form = new HashMap<>(Map.of("kind", kind, "personCategory", "RELATIVE", "setting", "HOME",
				"bassin", bassin, "referredOn", referredOn));
		HttpResponse<String> saved = team.post("/staff/palliative/follow-ups", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Matcher id = FOLLOW_UP.matcher(saved.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	static void activate(WebSession team, long id, String on) {
		team.get("/staff/palliative/follow-ups/" + id);
		assertThat(
				team.post("/staff/palliative/follow-ups/" + id + "/status", Map.of("status", "ACTIVE", "changedOn", on))
					.statusCode())
			.isEqualTo(302);
	}

	static void visit(WebSession team, long id, String on, String status) {
		team.get("/staff/palliative/follow-ups/" + id);
		HttpResponse<String> added = team.post("/staff/palliative/follow-ups/" + id + "/visits",
				Map.of("visitOn", on, "mode", "HOME", "visitStatus", status));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	@Test
	void aFollowUpWithSixVisitsTwoCancelledCountsAsSuchAndASmallBassinIsProtectedForOthers() {
		WebSession team = as("palliatif");
		// Nord: 6 individual follow-ups active in 2011, one with 6 visits of which the
		// person cancelled 2; Sud: 3.
		long followed = open(team, "NORD", "INDIVIDUAL", "2011-02-01");
		activate(team, followed, "2011-02-03");
		String[] days = { "2011-02-10", "2011-02-24", "2011-03-10", "2011-03-24", "2011-04-07", "2011-04-21" };
		for (int i = 0; i < days.length; i++) {
			visit(team, followed, days[i], (i == 1 || i == 4) ? "CANCELLED_BY_PERSON" : "HELD");
		}
		for (int i = 0; i < 5; i++) {
			activate(team, open(team, "NORD", "INDIVIDUAL", "2011-05-0" + (i + 1)), "2011-05-1" + i);
		}
		for (int i = 0; i < 3; i++) {
			activate(team, open(team, "SUD", "INDIVIDUAL", "2011-06-0" + (i + 1)), "2011-06-1" + i);
		}
		String page = team.get("/staff/palliative/follow-ups/" + followed).body();
		assertThat(page).containsPattern("PSY-[2-9A-HJ-NP-Z]{6}")
			.contains("6 visites enregistrées, dont 4 tenues et 2 annulées par la personne");

		// the team sees exact counts
		String exact = team.get("/staff/palliative/figures?year=2011").body();
		assertThat(cell(exact, "active", "NORD", "INDIVIDUAL")).isEqualTo("6");
		assertThat(cell(exact, "active", "SUD", "INDIVIDUAL")).isEqualTo("3");
		assertThat(cell(exact, "visits", "NORD", "HELD")).isEqualTo("4");
		assertThat(cell(exact, "visits", "NORD", "CANCELLED_BY_PERSON")).isEqualTo("2");
		assertThat(cell(exact, "started", "total", "total")).isEqualTo("9");

		// a coordinator outside the team: Sud "<5", and nothing recomputable
		WebSession coordinator = as("coordination");
		String protectedPage = coordinator.get("/staff/palliative/figures?year=2011").body();
		assertThat(cell(protectedPage, "active", "SUD", "INDIVIDUAL")).isEqualTo("&lt;5");
		assertThat(cell(protectedPage, "active", "NORD", "INDIVIDUAL")).isEqualTo("x");
		assertThat(cell(protectedPage, "active", "total", "INDIVIDUAL")).isEqualTo("9");
		assertThat(protectedPage).doesNotContain("PSY-");
		PalliativeFigures.Figures truth = this.figures.of(2011, Reader.OWNING_TEAM);
		PalliativeFigures.Figures shown = this.figures.of(2011, Reader.OTHER);
		assertThat(shown.active().cell("SUD", "INDIVIDUAL").hidden()).isEqualTo(Hidden.SMALL);
		DisclosureAttack.assertNothingCanBeRecomputed(values(truth.active()), shown.active());
		DisclosureAttack.assertNothingCanBeRecomputed(values(truth.started()), shown.started());
		DisclosureAttack.assertNothingCanBeRecomputed(values(truth.visits()), shown.visits());
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndWhatWasTypedStays() {
		WebSession team = as("palliatif");
		team.get("/staff/palliative/follow-ups/new");
		HttpResponse<String> refused = team.post("/staff/palliative/follow-ups",
				Map.of("kind", "GROUP", "personCategory", "PROFESSIONAL", "setting", "HOSPITAL", "bassin", "SUD_EST",
						"participants", "-3", "referredOn", "2012-02-30"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"participants-error\"")
			.contains("Le nombre ne peut pas être négatif.")
			.contains("id=\"referredOn-error\"")
			.contains("Entrez une date réelle")
			.contains("value=\"-3\"")
			.contains("value=\"2012-02-30\"")
			.containsPattern("<option value=\"SUD_EST\" selected=\"selected\"");

		long id = open(team, "SUD_EST", "INDIVIDUAL", "2012-03-15");
		team.get("/staff/palliative/follow-ups/" + id);
		HttpResponse<String> early = team.language("nl")
			.post("/staff/palliative/follow-ups/" + id + "/visits",
					Map.of("visitOn", "2012-03-01", "mode", "PHONE", "visitStatus", "HELD"));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("id=\"visitOn-error\"")
			.contains("Het bezoek kan niet vóór de opening van de begeleiding liggen.")
			.contains("value=\"2012-03-01\"");
		HttpResponse<String> english = team.language("en")
			.post("/staff/palliative/follow-ups/" + id + "/visits",
					Map.of("visitOn", "2012-03-01", "mode", "PHONE", "visitStatus", "HELD"));
		assertThat(english.body()).contains("The visit cannot be before the follow-up was opened.");
		assertThat(this.jdbc.sql("select count(*) from palliative_visit where follow_up_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemoYear2024HasTheFiguresOfTheActivityReport() {
		// annex 3, action 2: 52 individual follow-ups, 399 visits, about 40 appointments
		// cancelled by the people followed, 2 team follow-ups in nursing homes
		PalliativeFigures.Figures year = this.figures.of(2024, Reader.OWNING_TEAM);
		assertThat(year.active().columnTotals().get(0).value()).isEqualTo(52);
		assertThat(year.active().columnTotals().get(1).value()).isEqualTo(2);
		assertThat(year.visits().columnTotals().get(0).value()).isEqualTo(399);
		assertThat(year.visits().columnTotals().get(1).value()).isEqualTo(40);
		assertThat(year.started().columnTotals().get(0).value()).isLessThan(52);
		// action 4: "20 conventions signées"
		assertThat(year.conventions().values().stream().mapToLong((bassin) -> bassin.signedInYear()).sum())
			.isEqualTo(20);
	}

	@Test
	void everyListOfCodesOpenedIsInTheAuditLog() {
		WebSession team = as("palliatif");
		long before = audit("palliative.followups.listed");
		assertThat(team.get("/staff/palliative/follow-ups").statusCode()).isEqualTo(200);
		assertThat(team.get("/staff/palliative/follow-ups?bassin=NORD").statusCode()).isEqualTo(200);
		assertThat(audit("palliative.followups.listed"))
			.as(this.jdbc
				.sql("select string_agg(details, ' | ') from audit_entry where action = 'palliative.followups.listed'")
				.query(String.class)
				.single())
			.isEqualTo(before + 2);
	}

	private long audit(String action) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ?")
			.param(action)
			.query(Long.class)
			.single();
	}

	static long[][] values(DisclosedTable exact) {
		long[][] truth = new long[exact.rows().size()][exact.columns().size()];
		for (int row = 0; row < truth.length; row++) {
			for (int column = 0; column < truth[row].length; column++) {
				truth[row][column] = exact.cell(row, column).value();
			}
		}
		return truth;
	}

	/** The text of a figures table's cell, by bassin (or "total") and column. */
	static String cell(String page, String table, String bassin, String column) {
		int start = page.indexOf("id=\"" + table + "\"");
		assertThat(start).as(table).isPositive();
		int end = page.indexOf("</table>", start);
		int row = page.indexOf("data-bassin=\"" + bassin + "\"", start);
		assertThat(row).as(bassin).isBetween(start, end);
		int cell = page.indexOf("data-column=\"" + column + "\"", row);
		int open = page.indexOf(">", page.indexOf(">", cell) + 1) + 1;
		return page.substring(open, page.indexOf("<", open)).strip();
	}

}
