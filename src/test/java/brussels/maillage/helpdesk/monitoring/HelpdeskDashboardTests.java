package brussels.maillage.helpdesk.monitoring;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring: the demo year shows the published figures of 2024, new requests appear
 * at once, filters and exports count the same requests, the API gives the same totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskDashboardTests {

	private static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";

	@LocalServerPort
	int port;

	@Autowired
	HelpdeskCounts helpdesk;

	@Autowired
	DirectoryService directory;

	@Autowired
	DashboardController dashboard;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	WebSession staff(String who) {
		WebSession session = new WebSession(this.port);
		session.login(who + "@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		return session;
	}

	@Test
	void theDemoYearHasThePublishedFiguresOf2024() {
		StatisticsReport report = this.helpdesk.statistics(StatisticsFilter.year(2024));
		assertThat(report.total()).isEqualTo(652);
		assertThat(StatisticsReport.count(report.byChannel(), "PHONE")).isEqualTo(541);
		assertThat(StatisticsReport.count(report.byChannel(), "EMAIL")).isEqualTo(111);
		assertThat(StatisticsReport.count(report.byLine(), "REGION")).isEqualTo(547);
		assertThat(StatisticsReport.count(report.byLine(), "NORD")).isEqualTo(11);
		assertThat(StatisticsReport.count(report.byLine(), "NORD_EST")).isEqualTo(8);
		assertThat(StatisticsReport.count(report.byLine(), "SUD")).isEqualTo(30);
		assertThat(StatisticsReport.count(report.byLine(), "SUD_EST")).isEqualTo(14);
		assertThat(StatisticsReport.count(report.byLine(), "CENTRE_OUEST")).isEqualTo(10);
		assertThat(StatisticsReport.count(report.byLine(), StatisticsReport.NONE)).isEqualTo(32);
		assertThat(report.monthly()).hasSize(12);
		assertThat(report.monthly().stream().mapToLong(StatisticsReport.MonthCount::count).sum()).isEqualTo(652);
		assertThat(report.orientations()).isNotEmpty();
		assertThat(report.unmetNeeds()).isPositive();
	}

	@Test
	void theDashboardShowsThe2024FiguresInChartsAndTables() {
		String page = staff("coordination").get("/staff/helpdesk/dashboard?" + YEAR_2024).body();
		assertThat(figure(page, "figure-total")).isEqualTo("652");
		assertThat(figure(page, "figure-channel-PHONE")).isEqualTo("541");
		assertThat(figure(page, "figure-channel-EMAIL")).isEqualTo("111");
		String lines = section(page, "chart-line");
		assertThat(lines).contains("<svg").contains("role=\"img\"");
		assertThat(tableValue(lines, "Ligne régionale")).isEqualTo("547");
		assertThat(tableValue(lines, "Ligne Nord")).isEqualTo("11");
		assertThat(tableValue(lines, "Ligne Nord-Est")).isEqualTo("8");
		assertThat(tableValue(lines, "Ligne Sud")).isEqualTo("30");
		assertThat(tableValue(lines, "Ligne Sud-Est")).isEqualTo("14");
		assertThat(tableValue(lines, "Ligne Centre-Ouest")).isEqualTo("10");
		assertThat(tableValue(lines, "Ligne non notée")).isEqualTo("32");
		assertThat(page).contains("id=\"chart-months\"").contains("id=\"unmet\"").doesNotContain("??");
		String dutch = staff("coordination").language("nl").get("/staff/helpdesk/dashboard?" + YEAR_2024).body();
		assertThat(dutch).contains("Vragen per maand").doesNotContain("??");
	}

	@Test
	void twoNewRequestsAppearInTheDashboardAtOnce() {
		WebSession nord = staff("nord");
		String before = nord.get("/staff/helpdesk/dashboard").body();
		long total = Long.parseLong(figure(before, "figure-total").replaceAll("\\D", ""));
		long unmet = Long.parseLong(figure(before, "figure-unmet").replaceAll("\\D", ""));
		nord.get("/staff/helpdesk/requests/new");
		List<SearchHit> hits = this.directory.search(SearchQuery.of("aide familiale", Place.NOWHERE)).hits();
		Map<String, String> first = HelpdeskFixtures.simpleRequest("NORD");
		first.put("orientations", hits.get(0).id() + "," + hits.get(1).id());
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", first));
		Map<String, String> second = HelpdeskFixtures.simpleRequest("NORD");
		second.put("themes", "housing");
		second.put("unmetNeed", "true");
		second.put("unmetReason", "Aucun logement de transit disponible.");
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", second));

		String after = nord.get("/staff/helpdesk/dashboard").body();
		assertThat(Long.parseLong(figure(after, "figure-total").replaceAll("\\D", ""))).isEqualTo(total + 2);
		assertThat(Long.parseLong(figure(after, "figure-unmet").replaceAll("\\D", ""))).isEqualTo(unmet + 1);
		assertThat(section(after, "unmet")).contains("Logement");
	}

	@Test
	void filtersCountTheSameRequestsAsTheTotalsAndBadDatesAreReportedNextToTheField() {
		WebSession coordinator = staff("coordination");
		assertThat(
				figure(coordinator.get("/staff/helpdesk/dashboard?" + YEAR_2024 + "&line=SUD").body(), "figure-total"))
			.isEqualTo("30");
		assertThat(figure(coordinator.get("/staff/helpdesk/dashboard?" + YEAR_2024 + "&channel=EMAIL").body(),
				"figure-total"))
			.isEqualTo("111");
		HttpResponse<String> bad = coordinator.get("/staff/helpdesk/dashboard?from=2024-13-45&to=2023-01-01&line=NOPE");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"from-error\"").contains("value=\"2024-13-45\"");
	}

	@Test
	void exportsTheSameRequestsAsCsvAndXlsxWithoutFreeText() throws Exception {
		WebSession coordinator = staff("coordination");
		HttpResponse<String> csv = coordinator.get("/staff/helpdesk/dashboard/export.csv?" + YEAR_2024);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(653);
		assertThat(lines.get(0)).contains("Date et heure").doesNotContain("Résumé");
		assertThat(csv.body()).doesNotContain("Cherche une aide familiale");

		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		assertThat(
				client
					.send(java.net.http.HttpRequest
						.newBuilder(java.net.URI
							.create("http://localhost:" + this.port + "/staff/helpdesk/dashboard/export.xlsx"))
						.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
					.statusCode())
			.as("anonymous")
			.isNotEqualTo(200);
		byte[] xlsx = xlsx(coordinator);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getSheets().toList().get(1).read();
			assertThat(rows).hasSize(653);
			List<Row> totals = workbook.getFirstSheet().read();
			assertThat(totals.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(652);
		}
	}

	@Test
	void theCsvExportHasLabelsInItsLanguageAndTheCodesInColumnsNamedAsCodes() throws Exception {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = HelpdeskFixtures.simpleRequest("NORD");
		request.put("status", "WAITING");
		request.put("themes", "home_care,seniors");
		long id = HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", request));
		String today = java.time.LocalDate.now(HelpdeskService.TIME_ZONE).toString();
		String query = "from=" + today + "&to=" + today + "&line=NORD";

		List<org.apache.commons.csv.CSVRecord> french = csv(staff("coordination"), query + "&lang=fr");
		Map<String, String> row = row(french, id);
		assertThat(row).containsEntry("Canal", "Téléphone")
			.containsEntry("Ligne appelée", "Ligne Nord")
			.containsEntry("Profession de l'appelant·e", "Médecin généraliste")
			.containsEntry("Type d'organisation", "Maison médicale")
			.containsEntry("Statut", "En attente")
			.containsEntry("Thèmes", "Aide et soins à domicile; Soutien aux personnes de plus de 60 ans")
			.containsEntry("Commune", "Schaerbeek")
			.containsEntry("Canal (code)", "PHONE")
			.containsEntry("Profession de l'appelant·e (code)", "GP")
			.containsEntry("Statut (code)", "WAITING")
			.containsEntry("Thèmes (code)", "home_care seniors");

		WebSession dutchCoordinator = staff("coordination");
		List<org.apache.commons.csv.CSVRecord> dutch = csv(dutchCoordinator, query + "&lang=nl");
		assertThat(row(dutch, id)).containsEntry("Kanaal", "Telefoon")
			.containsEntry("Beroep van de beller", "Huisarts")
			.containsEntry("Soort organisatie", "Wijkgezondheidscentrum")
			.containsEntry("Thema's", "Thuishulp en thuiszorg; Ondersteuning van 60-plussers")
			.containsEntry("Kanaal (code)", "PHONE");
	}

	@Test
	void aPeriodThatCannotBeCountedIsExplainedNextToItsDayAndInTheSummary() {
		WebSession coordinator = staff("coordination");
		String early = coordinator.get("/staff/helpdesk/dashboard?from=1999-12-31&to=2024-12-31").body();
		assertThat(fieldError(early, "from-error")).contains("Indiquez une date valide (entre 2000 et 2100).");
		assertThat(early).contains("class=\"error-summary\"").contains("href=\"#from\"");
		String backwards = coordinator.get("/staff/helpdesk/dashboard?from=2024-06-01&to=2024-05-31").body();
		assertThat(fieldError(backwards, "to-error")).contains("La fin de la période doit suivre son début.");
		assertThat(backwards).doesNotContain("id=\"from-error\"");
		String fine = coordinator.get("/staff/helpdesk/dashboard?" + YEAR_2024).body();
		assertThat(fine).doesNotContain("class=\"error-summary\"")
			.doesNotContain("id=\"from-error\"")
			.doesNotContain("id=\"to-error\"");
	}

	private static String fieldError(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</p>", start));
	}

	@Test
	void theDashboardCountsOneRequestInTheSingular() {
		WebSession coordinator = staff("coordination");
		coordinator.get("/staff/helpdesk/requests/new");
		Map<String, String> request = HelpdeskFixtures.simpleRequest("CENTRE_OUEST");
		request.put("channel", "ON_SITE");
		HelpdeskFixtures.saved(coordinator.post("/staff/helpdesk/requests", request));
		String today = java.time.LocalDate.now(HelpdeskService.TIME_ZONE).toString();
		String query = "from=" + today + "&to=" + today + "&line=CENTRE_OUEST&channel=ON_SITE";
		String french = coordinator.get("/staff/helpdesk/dashboard?lang=fr&" + query).body();
		assertThat(figure(french, "figure-total")).isEqualTo("1");
		assertThat(french).contains("id=\"figure-total\">1</strong> <span>demande</span>");
		String dutch = coordinator.get("/staff/helpdesk/dashboard?lang=nl&" + query).body();
		assertThat(dutch).contains("id=\"figure-total\">1</strong> <span>vraag</span>");
		String year = coordinator.get("/staff/helpdesk/dashboard?lang=fr&" + YEAR_2024).body();
		assertThat(year).contains("id=\"figure-total\">652</strong> <span>demandes</span>");
	}

	@Test
	void theDemoCoversTheCurrentYearUpToYesterday() {
		java.time.LocalDate today = java.time.LocalDate.now(HelpdeskService.TIME_ZONE);
		StatisticsReport thisYear = this.helpdesk.statistics(new StatisticsFilter(
				java.time.LocalDate.of(today.getYear(), 1, 1), today.minusDays(1), null, null, null, null, null, null));
		// the pace of 2024 is 652 requests in 253 working days, about 2.6 a working day
		long workingDays = java.time.LocalDate.of(today.getYear(), 1, 1)
			.datesUntil(today)
			.filter((day) -> day.getDayOfWeek().getValue() < 6)
			.count();
		assertThat(thisYear.total()).isBetween(workingDays * 2, workingDays * 3 + 5);
		java.time.Instant lastDemo = this.jdbc
			.sql("select max(received_at) from helpdesk_request where respondent = 'Démo'")
			.query(java.time.Instant.class)
			.single();
		assertThat(lastDemo).isBefore(today.atStartOfDay(HelpdeskService.TIME_ZONE).toInstant())
			.isAfter(today.minusDays(6).atStartOfDay(HelpdeskService.TIME_ZONE).toInstant());
		assertThat(this.helpdesk.statistics(StatisticsFilter.year(2024)).total()).isEqualTo(652);
	}

	private List<org.apache.commons.csv.CSVRecord> csv(WebSession session, String query) throws Exception {
		HttpResponse<String> response = session.get("/staff/helpdesk/dashboard/export.csv?" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(response.body().substring(1)))
			.getRecords();
	}

	private static Map<String, String> row(List<org.apache.commons.csv.CSVRecord> records, long id) {
		List<String> header = records.get(0).toList();
		org.apache.commons.csv.CSVRecord found = records.stream()
			.filter((record) -> record.get(0).equals(String.valueOf(id)))
			.findFirst()
			.orElseThrow();
		Map<String, String> row = new java.util.LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), found.get(i));
		}
		return row;
	}

	@Test
	void theStatisticsApiGivesTheDashboardFiguresToATokenHolder() {
		WebSession coordinator = staff("coordination");
		coordinator.get("/account");
		coordinator.post("/account/tokens", Map.of("name", "helpdesk-test", "days", "1"));
		Matcher token = Pattern.compile("(mlg_[A-Za-z0-9_-]+)").matcher(coordinator.get("/account").body());
		assertThat(token.find()).isTrue();
		WebSession api = new WebSession(this.port);
		assertThat(api.json("GET", "/api/helpdesk/statistics?" + YEAR_2024, null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> stats = api.json("GET", "/api/helpdesk/statistics?" + YEAR_2024, token.group(1), null);
		assertThat(stats.statusCode()).isEqualTo(200);
		assertThat(stats.body()).contains("\"total\":652")
			.contains("\"PHONE\":541")
			.contains("\"EMAIL\":111")
			.contains("\"REGION\":547")
			.contains("\"NONE\":32");
		HttpResponse<String> bad = api.json("GET", "/api/helpdesk/statistics?from=yesterday&to=2024-12-31",
				token.group(1), null);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
	}

	private byte[] xlsx(WebSession session) throws Exception {
		HttpResponse<String> response = session.get("/staff/helpdesk/dashboard/export.xlsx?" + YEAR_2024);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		DashboardForm year = new DashboardForm("2024-01-01", "2024-12-31", null, null, null, null, null, null);
		return this.dashboard
			.xlsx(year, new org.springframework.validation.BeanPropertyBindingResult(year, "dashboardForm"),
					java.util.Locale.FRENCH)
			.getBody();
	}

	static String figure(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(page);
		assertThat(matcher.find()).as(id).isTrue();
		return matcher.group(1).replace("\u202f", "").replace("\u00a0", "").replace(" ", "");
	}

	static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		int end = page.indexOf("</figure>", start);
		if (end < 0 || page.indexOf("</table>", start) < end) {
			end = page.indexOf("</table>", start);
		}
		return page.substring(start, end);
	}

	static String tableValue(String section, String label) {
		Matcher matcher = Pattern.compile("<th scope=\"row\">" + Pattern.quote(label) + "</th><td>([^<]+)</td>")
			.matcher(section);
		assertThat(matcher.find()).as(label).isTrue();
		return matcher.group(1);
	}

}
