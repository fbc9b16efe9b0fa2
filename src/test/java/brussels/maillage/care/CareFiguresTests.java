package brussels.maillage.care;

import brussels.maillage.care.figures.CareFigures;

import brussels.maillage.WebSession;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosedTable.Hidden;
import brussels.maillage.system.DisclosureAttack;
import brussels.maillage.system.DisclosureControl.Reader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's figures of case management: exact for the care-coordination team, and for a
 * coordinator outside it a bassin with 3 beneficiaries shows "&lt;5" and no total lets
 * the hidden count be recomputed, on the page and in the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareFiguresTests {

	@LocalServerPort
	int port;

	@Autowired
	CareFigures figures;

	@Test
	void beneficiariesAreExactForTheTeamAndProtectedForOthers() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		// 2015: 6 cases followed in Nord, 3 in Sud (all closed in the year, so that they
		// count in no
		// other year), one Sud case referred but never
		// active
		for (int i = 0; i < 6; i++) {
			long id = CareFixtures.openCase(team, "NORD", "2015-01-1" + i);
			CareFixtures.status(team, id, "ACTIVE", "", "2015-01-2" + i);
			CareFixtures.status(team, id, "CLOSED", "GOALS_REACHED", "2015-11-2" + i);
		}
		for (int i = 0; i < 3; i++) {
			long id = CareFixtures.openCase(team, "SUD", "2015-02-0" + (i + 1));
			CareFixtures.status(team, id, "ACTIVE", "", "2015-02-1" + i);
			CareFixtures.status(team, id, "CLOSED", "WITHDREW", "2015-12-1" + i);
		}
		CareFixtures.openCase(team, "SUD", "2015-03-01");

		String exact = team.get("/staff/care/figures?year=2015").body();
		assertThat(cell(exact, "beneficiaries", "NORD", "STARTED")).isEqualTo("6");
		assertThat(cell(exact, "beneficiaries", "SUD", "STARTED")).isEqualTo("3");
		assertThat(cell(exact, "beneficiaries", "total", "total")).isEqualTo("9");

		WebSession coordinator = CareFixtures.as(this.port, "coordination");
		String shownPage = coordinator.get("/staff/care/figures?year=2015").body();
		assertThat(cell(shownPage, "beneficiaries", "SUD", "STARTED")).isEqualTo("&lt;5");
		assertThat(cell(shownPage, "beneficiaries", "NORD", "STARTED")).isNotEqualTo("6");
		assertThat(shownPage).doesNotContain("CM-").doesNotContain("id=\"cases-link\"");
		CareFigures.Figures truth = this.figures.of(2015, Reader.OWNING_TEAM);
		CareFigures.Figures shown = this.figures.of(2015, Reader.OTHER);
		assertThat(truth.beneficiaries().total().value()).isEqualTo(9);
		assertThat(shown.beneficiaries().cell("SUD", "STARTED").hidden()).isEqualTo(Hidden.SMALL);
		DisclosureAttack.assertNothingCanBeRecomputed(values(truth.beneficiaries()), shown.beneficiaries());

		String token = token(coordinator, "coordination");
		String api = coordinator.json("GET", "/api/care/figures?year=2015", token, null).body();
		assertThat(api).contains("\"exact\":false").contains("\"SUD\":{\"STARTED\":\"<5\"");
		String teamApi = team.json("GET", "/api/care/figures?year=2015", token(team, "casemanagement"), null).body();
		assertThat(teamApi).contains("\"exact\":true")
			.contains("\"NORD\":{\"STARTED\":6,\"CONTINUING\":0,\"total\":6}")
			.contains("\"SUD\":{\"STARTED\":3,\"CONTINUING\":0,\"total\":3}");
		assertThat(coordinator.json("GET", "/api/care/figures?year=20x5", token, null).statusCode()).isEqualTo(400);
	}

	static long[][] values(DisclosedTable table) {
		long[][] values = new long[table.rows().size()][table.columns().size()];
		for (int row = 0; row < values.length; row++) {
			for (int column = 0; column < values[row].length; column++) {
				values[row][column] = table.cell(row, column).value();
			}
		}
		return values;
	}

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

	static String token(WebSession session, String who) {
		session.get("/account");
		session.post("/account/tokens", java.util.Map.of("name", "care-" + who + "-" + System.nanoTime(), "days", "1"));
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("(mlg_[A-Za-z0-9_-]+)")
			.matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
