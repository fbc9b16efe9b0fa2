package brussels.maillage.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.indicators.Metrics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case management's figures in the registry of metrics that the annual report and the
 * dashboards read: the demo year 2024 gives the activity report's figures ("Nombre de
 * bénéficiaires pris en charge = 420 Nombre de prestations ergo = 9775 Nombre de
 * prestations psy = 2318"), and the catalogue shows small counts of people only to the
 * care-coordination team.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	Metrics metrics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoYearGivesTheActivityReportsFiguresThroughTheIndicators() {
		assertThat(this.metrics.measure("care.beneficiaries", 2024, null).value()).isEqualByComparingTo("420");
		assertThat(this.metrics.measure("care.services.occupationalTherapy", 2024, null).value())
			.isEqualByComparingTo("9775");
		assertThat(this.metrics.measure("care.services.psychology", 2024, null).value()).isEqualByComparingTo("2318");
		BigDecimal bassins = this.metrics.byBassin("care.beneficiaries", 2024)
			.values()
			.stream()
			.map((measure) -> measure.value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(bassins).isEqualByComparingTo("420");
		BigDecimal started = this.metrics.measure("care.cases.new", 2024, null).value();
		assertThat(started).isPositive().isLessThan(new BigDecimal("420"));

		BigDecimal paid = this.jdbc
			.sql("select sum(total) from care_statement where status = 'PAID' and extract(year from paid_on) = 2024")
			.query(BigDecimal.class)
			.single();
		assertThat(this.metrics.measure("care.paid.total", 2024, null).value()).isEqualByComparingTo(paid);
		// the demo's paid statement is January 2024 of an occupational therapist
		assertThat(this.metrics.measure("care.paid.occupationalTherapy", 2024, null).value())
			.isEqualByComparingTo(paid);
		assertThat(this.metrics.measure("care.paid.communityOfPractice", 2024, null).value()).isZero();
		assertThat(this.metrics.measure("care.paid.total", 2024, "NORD").hasData()).isFalse();
	}

	@Test
	void theCatalogueShowsSmallCountsOfCaseManagementOnlyToTheTeam() {
		// 2012: 2 people followed in Nord, 6 in Sud (closed in the year)
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		for (int i = 0; i < 8; i++) {
			long id = CareFixtures.openCase(team, (i < 2) ? "NORD" : "SUD", "2012-03-0" + (i + 1));
			CareFixtures.status(team, id, "ACTIVE", "", "2012-03-1" + i);
			CareFixtures.status(team, id, "CLOSED", "GOALS_REACHED", "2012-10-1" + i);
		}
		// columns: whole, region, Nord, Nord-Est, Sud, Sud-Est, Centre-Ouest, palliative
		List<String> exact = cells(team.get("/staff/indicators/metrics?year=2012&lang=fr").body(),
				"metric-care-beneficiaries");
		assertThat(exact.get(0)).isEqualTo("8");
		assertThat(exact.get(2)).isEqualTo("2");
		assertThat(exact.get(3)).isEqualTo("0");
		assertThat(exact.get(4)).isEqualTo("6");

		WebSession coordinator = CareFixtures.as(this.port, "coordination");
		List<String> shown = cells(coordinator.get("/staff/indicators/metrics?year=2012&lang=fr").body(),
				"metric-care-beneficiaries");
		// 2 prints "<5"; with the whole shown, Sud would give it away (8 - 6), so it is
		// hidden too; 0 stays 0
		assertThat(shown.get(0)).isEqualTo("8");
		assertThat(shown.get(2)).isEqualTo("&lt;5");
		assertThat(shown.get(3)).isEqualTo("0");
		assertThat(shown.get(4)).isEqualTo("x");
		assertThat(shown).doesNotContain("2", "6");
	}

	private static List<String> cells(String page, String rowId) {
		int start = page.indexOf("id=\"" + rowId + "\"");
		assertThat(start).as(rowId).isPositive();
		String row = page.substring(start, page.indexOf("</tr>", start));
		Matcher cell = Pattern.compile("<td class=\"numeric\">([^<]*)</td>").matcher(row);
		List<String> cells = new ArrayList<>();
		while (cell.find()) {
			cells.add(cell.group(1).strip());
		}
		return cells;
	}

}
