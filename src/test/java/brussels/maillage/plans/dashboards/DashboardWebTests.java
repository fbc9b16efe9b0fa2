package brussels.maillage.plans.dashboards;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards over real HTTP, as bassin staff, the palliative team and coordinators
 * open them, with expectations from the 2024 activity report (seed 001, annex 1) that the
 * demo reproduces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<th scope=\"row\">([^<]*)</th>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td>([^<]*)</td>");

	@LocalServerPort
	int port;

	@Autowired
	DashboardThresholds thresholds;

	@Autowired
	PlansService plans;

	WebSession signedIn(String account, String language) {
		WebSession session = new WebSession(this.port).language(language);
		session.login(account + "@demo.maillage.brussels", PASSWORD);
		return session;
	}

	static String html(HttpResponse<String> response) {
		return response.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">");
	}

	/**
	 * The cells of the row headed {@code header} in the table of the panel {@code id}.
	 */
	static List<String> row(String page, String panelId, String header) {
		int start = page.indexOf("id=\"" + panelId + "-table\"");
		assertThat(start).as("table of " + panelId).isPositive();
		String table = page.substring(start, page.indexOf("</table>", start));
		Matcher rows = ROW.matcher(table);
		while (rows.find()) {
			if (rows.group(1).strip().equals(header)) {
				List<String> cells = new ArrayList<>();
				Matcher cell = CELL.matcher(rows.group(2));
				while (cell.find()) {
					cells.add(cell.group(1).strip());
				}
				return cells;
			}
		}
		throw new AssertionError("No row " + header + " in " + panelId);
	}

	@Test
	void nordsCouncilDashboardShowsNordsFiguresAndNotSuds() {
		String nord = html(signedIn("nord", "fr").get("/staff/plans/dashboards/NORD?year=2024"));
		assertThat(nord).contains("Tableau de bord 2024 – Conseil de l'action du bassin Nord").doesNotContain("??");
		// Annex 1: 3 Ateliers du changement per bassin in 2024 (February, June, October).
		assertThat(row(nord, "meetings", "Ateliers du changement")).containsExactly("3", "3", "0", "0", "3");
		// Annex 1, 3.1 and 3.2: one mental-health and one prevention consultation in
		// Nord.
		assertThat(row(nord, "meetings", "Concertation thématique").subList(0, 2)).containsExactly("2", "2");
		// The report's helpdesk calls by line: Nord 11, Sud 30.
		assertThat(row(nord, "figures", "Demandes à l'helpdesk")).containsExactly("11", "Bassin Nord");
		// Annex 1, Brus'info: Nord gave 5 sessions of the 10 planned, Sud 9.
		assertThat(row(nord, "figures", "Brus'info par équipe qui les donne")).containsExactly("5", "Bassin Nord");
		assertThat(row(nord, "deliverables", "4 – Séances d'information (Brus'info)")).contains("5 sur 10 (50 %)",
				"✗ En retard");
		// Annex 1: the shared roadmap's 11 actions in each bassin's plan.
		assertThat(nord).contains("Le plan compte 11 actions");

		String sud = html(signedIn("sud", "fr").get("/staff/plans/dashboards/SUD?year=2024"));
		assertThat(row(sud, "figures", "Demandes à l'helpdesk")).containsExactly("30", "Bassin Sud");
		assertThat(row(sud, "figures", "Brus'info par équipe qui les donne")).containsExactly("9", "Bassin Sud");
		assertThat(row(sud, "deliverables", "4 – Séances d'information (Brus'info)")).contains("9 sur 10 (90 %)",
				"◐ Proche");
		assertThat(nord).doesNotContain("Bassin Sud</td>", "Conseil de l'action du bassin Sud");
	}

	@Test
	void unmetNeedsByThemeCountTheCouncilsOwnBassinOnly() {
		// Two unmet needs recorded for 2007, a year no other test counts: housing in
		// Jette
		// (bassin Nord), mental health in Forest (bassin Sud).
		unmetNeed(signedIn("nord", "fr"), "NORD", "1090", "housing");
		unmetNeed(signedIn("sud", "fr"), "SUD", "1190", "mental_health");
		String nord = html(signedIn("nord", "fr").get("/staff/plans/dashboards/NORD?year=2007"));
		assertThat(row(nord, "unmet", "Logement")).containsExactly("1");
		assertThat(nord.substring(nord.indexOf("id=\"unmet-table\""))).doesNotContain("Santé mentale</th>");
		String sud = html(signedIn("sud", "fr").get("/staff/plans/dashboards/SUD?year=2007"));
		assertThat(row(sud, "unmet", "Santé mentale")).containsExactly("1");
		assertThat(sud.substring(sud.indexOf("id=\"unmet-table\""))).doesNotContain("Logement</th>");
	}

	private static void unmetNeed(WebSession staff, String line, String postcode, String theme) {
		staff.get("/staff/helpdesk/requests/new");
		Map<String, String> form = HelpdeskFixtures.simpleRequest(line);
		form.put("receivedAt", "2007-05-15T10:30");
		form.put("postcode", postcode);
		form.put("themes", theme);
		form.put("unmetNeed", "true");
		form.put("unmetReason", "Aucune place disponible dans le bassin.");
		HelpdeskFixtures.saved(staff.post("/staff/helpdesk/requests", form));
	}

	@Test
	void theColdDataPanelGivesEachDatasetWithItsSourceAndYearAndTheBassinsOwnValues() {
		WebSession coordinator = signedIn("coordination", "fr");
		coordinator.get("/staff/indicators/cold-data");
		// Populations of Jette (Nord) and Forest (Sud) as the territory module's communes
		// list
		// gives them; the bassin totals are made up for the test.
		String csv = "area_type,area,value\nBASSIN,NORD,140000\nBASSIN,SUD,201234\nCOMMUNE,21010,52728\n"
				+ "COMMUNE,21007,56581\n";
		HttpResponse<String> imported = coordinator.postFile(
				"/staff/indicators/cold-data?code=dash-population"
						+ "&year=2007&nameFr=Population+des+tableaux&nameNl=Bevolking+van+de+dashboards"
						+ "&source=Statbel+(test)&unit=habitants&dryRun=false",
				"file", "population.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		List<String> nord = row(html(coordinator.get("/staff/plans/dashboards/NORD?year=2007")), "cold",
				"Population des tableaux");
		assertThat(nord.subList(0, 2)).containsExactly("2007", "Statbel (test)");
		assertThat(nord.get(2).replaceAll("\\D", "")).isEqualTo("140000");
		assertThat(nord.get(4)).contains("Jette").doesNotContain("Forest");
		List<String> sud = row(html(coordinator.get("/staff/plans/dashboards/SUD?year=2007")), "cold",
				"Population des tableaux");
		assertThat(sud.get(2).replaceAll("\\D", "")).isEqualTo("201234");
		assertThat(sud.get(4)).contains("Forest").doesNotContain("Jette");
		// A dataset of a later year is not shown on an earlier year's dashboard.
		assertThat(html(coordinator.get("/staff/plans/dashboards/NORD?year=2006")))
			.doesNotContain("Population des tableaux");
	}

	@Test
	void aBassinsStaffOpenTheirBassinsDashboardOnly() {
		WebSession nord = signedIn("nord", "fr");
		assertThat(nord.get("/staff/plans/dashboards/NORD?year=2024").statusCode()).isEqualTo(200);
		assertThat(nord.get("/staff/plans/dashboards/SUD?year=2024").statusCode()).isEqualTo(403);
		assertThat(nord.get("/staff/plans/dashboards/REGION?year=2024").statusCode()).isEqualTo(403);
		assertThat(nord.get("/staff/plans/dashboards/PALLIATIVE?year=2024").statusCode()).isEqualTo(403);
		assertThat(nord.get("/staff/plans/dashboards/FINANCE?year=2024").statusCode()).isEqualTo(404);
		String list = html(nord.get("/staff/plans/dashboards?year=2024"));
		assertThat(list).contains("Conseil de l'action du bassin Nord")
			.doesNotContain("Conseil de l'action du bassin Sud", "Conseil de l'action régionale");
		WebSession palliative = signedIn("palliatif", "fr");
		assertThat(palliative.get("/staff/plans/dashboards/PALLIATIVE?year=2024").statusCode()).isEqualTo(200);
		assertThat(palliative.get("/staff/plans/dashboards/NORD?year=2024").statusCode()).isEqualTo(403);
		WebSession coordinator = signedIn("coordination", "fr");
		for (String territory : List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", "REGION", "PALLIATIVE")) {
			assertThat(coordinator.get("/staff/plans/dashboards/" + territory + "?year=2024").statusCode())
				.as(territory)
				.isEqualTo(200);
		}
		assertThat(nord.get("/staff/plans/dashboards/thresholds?year=2071").statusCode()).isEqualTo(403);
	}

	@Test
	void thePalliativeDashboardShowsCountsOfPeopleThroughTheDisclosureControlOutsideItsTeam() {
		String team = html(signedIn("palliatif", "fr").get("/staff/plans/dashboards/PALLIATIVE?year=2024"));
		String coordinator = html(signedIn("coordination", "fr").get("/staff/plans/dashboards/PALLIATIVE?year=2024"));
		// Annex 3 of the 2024 report: the platform's plan of 7 actions.
		assertThat(team).contains("Tableau de bord 2024 – Plateforme de soins palliatifs", "Le plan compte 7 actions")
			.doesNotContain("Hors de l'équipe palliative");
		assertThat(coordinator).contains("Hors de l'équipe palliative, les petits nombres de personnes");
		List<String> exact = row(team, "palliative", "Suivis psychologiques commencés");
		List<String> shown = row(coordinator, "palliative", "Suivis psychologiques commencés");
		for (int i = 0; i < exact.size(); i++) {
			if (exact.get(i).matches("[1-4]")) {
				assertThat(shown.get(i)).isIn("<5", "x");
			}
		}
	}

	@Test
	void everyChartHasATitleAndItsTableAndNoDataIsNotZero() {
		String page = html(signedIn("coordination", "fr").get("/staff/plans/dashboards/NORD?year=2024"));
		Matcher charts = Pattern
			.compile("<figure class=\"dashboard-chart\">(.*?)</figure>(.*?)</section>", Pattern.DOTALL)
			.matcher(page);
		int count = 0;
		while (charts.find()) {
			count++;
			assertThat(charts.group(1)).contains("role=\"img\"", "<title id=", "aria-labelledby=");
			assertThat(charts.group(2)).contains("<details>", "<table class=\"table\"", "<caption>");
		}
		assertThat(count).isGreaterThanOrEqualTo(5);
		// Syntheses of the 5 meetings held in Nord in 2024: a ratio shows both numbers.
		assertThat(row(page, "syntheses", "En français").get(2)).matches("\\d+ sur 5 \\(\\d+ %\\)");
		// A year without a plan has no data, not 0.
		String empty = html(signedIn("coordination", "fr").get("/staff/plans/dashboards/NORD?year=2071"));
		assertThat(empty).contains("Pas de plan pour ce territoire et cette année : pas de données.");
	}

	@Test
	void wrongThresholdsGetAMessageNextToTheFieldInTheReadersLanguage() {
		WebSession coordinator = signedIn("coordination", "nl");
		Thresholds before = this.thresholds.of(2071);
		coordinator.get("/staff/plans/dashboards/thresholds?year=2071");
		String refused = html(coordinator.post("/staff/plans/dashboards/thresholds?year=2071",
				Map.of("reached", "honderd", "close", "")));
		assertThat(refused).contains("Er is een probleem")
			.containsPattern(
					"id=\"reached-error\">\\s*<span[^>]*>[^<]*</span>\\s*Geef een geheel getal, bijvoorbeeld 100.")
			.containsPattern(
					"id=\"close-error\">\\s*<span[^>]*>[^<]*</span>\\s*Geef het percentage vanaf wanneer een resultaat dichtbij is")
			.contains("value=\"honderd\"");
		String order = html(coordinator.post("/staff/plans/dashboards/thresholds?year=2071",
				Map.of("reached", "80", "close", "90 %")));
		assertThat(order).contains("De drempel „dichtbij” moet kleiner zijn dan de drempel „bereikt”.");
		assertThat(this.thresholds.of(2071)).isEqualTo(before);
		HttpResponse<String> saved = coordinator.post("/staff/plans/dashboards/thresholds?year=2071",
				Map.of("reached", "90", "close", "60"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.thresholds.of(2071)).isEqualTo(new Thresholds(90, 60, 2071));
		// A plan of Nord for 2072 with one measured deliverable, so that the legend
		// shows.
		UUID plan = this.plans.createPlan(TerritoryScope.NORD, 2072, "test");
		UUID action = this.plans.addAction(plan,
				new ActionDraft("4", "Séances d'information (Brus'info)", null, null, null, null, Origin.CONTINUING,
						null, "NORD", List.of(TerritoryScope.NORD), ActionStatus.ON_TRACK, null, null),
				"test");
		this.plans.addDeliverable(action, new Deliverable(null, "10 séances", BigDecimal.TEN, "séances", true,
				"events.brusinfo.byTeam", false, null));
		String page = html(coordinator.get("/staff/plans/dashboards/NORD?year=2072"));
		assertThat(page).contains("Bereikt (vol): minstens 90 % van het doel", "Dichtbij (arcering): van 60 %",
				"Drempels vastgelegd voor 2071.");
		// No Brus'info session in 2072: 0 is a count, not "no data".
		assertThat(row(page, "deliverables", "4 – Séances d'information (Brus'info)")).contains("0 van 10 (0 %)",
				"✗ Achter");
	}

}
