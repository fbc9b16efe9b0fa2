package brussels.maillage.plans.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import brussels.maillage.Downloads;
import brussels.maillage.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2024 annexes generated from the demo reproduce the activity report's figures where
 * the platform holds the records (seed 001: helpdesk lines 344-353 and 840-852, open
 * doors 291-303 and 787, Brus'info 318-321 and 818-822, change workshops 645, CAR 1083
 * and 1093), in the page, the XLSX's long sheet, the PDF's text and the API, in French
 * and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFiguresTests {

	private static final List<String> BASSINS = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	@LocalServerPort
	int port;

	@Test
	void theApiGivesTheReportsFiguresIn2024InFrenchAndDutch() {
		WebSession session = new WebSession(this.port);
		session.login("coordination@demo.maillage.brussels", "demo-maillage-2026");
		String token = token(session);
		for (String language : List.of("fr", "nl")) {
			JsonNode report = JsonMapper.builder()
				.build()
				.readTree(session.json("GET", "/api/reports/2024/annexes?lang=" + language, token, null).body());
			assertThat(report.path("language").asString()).isEqualTo(language);
			assertThat(report.path("status").asString()).isEqualTo("DRAFT");

			// Annex 2, helpdesk: 652 contacts, 111 by e-mail, 541 by phone; by line
			// dialled.
			JsonNode helpdesk = action(report, 2, "REGION", "3");
			assertThat(actual(helpdesk, "helpdesk.requests", null)).isEqualByComparingTo("652");
			assertThat(actual(helpdesk, "helpdesk.requests", "channel:PHONE")).isEqualByComparingTo("541");
			assertThat(actual(helpdesk, "helpdesk.requests", "channel:EMAIL")).isEqualByComparingTo("111");
			Map<String, String> lines = Map.of("REGION", "547", "NORD", "11", "NORD_EST", "8", "SUD", "30", "SUD_EST",
					"14", "CENTRE_OUEST", "10", "NONE", "32");
			lines.forEach((line, count) -> assertThat(actual(helpdesk, "helpdesk.requests", "line:" + line)).as(line)
				.isEqualByComparingTo(count));
			assertThat(value(helpdesk, "helpdesk.requests", null).path("deliverable").asString())
				.isEqualTo("1000 dossiers");
			assertThat(value(helpdesk, "helpdesk.requests", null).path("source").asString()).isEqualTo("helpdesk");

			// Annex 1, open doors in Sud and Sud-Est: 105 structures, 261 visitors, 442
			// visits.
			JsonNode openDoors = action(report, 1, null, "9");
			assertThat(actual(openDoors, "events.openDoors.hosts", null)).isEqualByComparingTo("105");
			assertThat(actual(openDoors, "events.openDoors.visitors", null)).isEqualByComparingTo("261");
			assertThat(actual(openDoors, "events.openDoors.visits", "metric:events.openDoors.visits"))
				.isEqualByComparingTo("442");
			BigDecimal hostsSudAndSudEst = actual(action(report, 1, "SUD", "9"), "events.openDoors.hosts", null)
				.add(actual(action(report, 1, "SUD_EST", "9"), "events.openDoors.hosts", null));
			assertThat(hostsSudAndSudEst).isEqualByComparingTo("105");

			// Annex 1, action 1: 3 change workshops per bassin, each with its synthesis.
			for (String bassin : BASSINS) {
				JsonNode workshops = action(report, 1, bassin, "1");
				assertThat(actual(workshops, "governance.workshops.held", null)).as(bassin).isEqualByComparingTo("3");
				assertThat(actual(workshops, "governance.syntheses.published", "kind:WORKSHOP_SERIES")).as(bassin)
					.isEqualByComparingTo("3");
				// Actions 3.1 and 3.2: one mental-health and one prevention consultation
				// per bassin in 2024 (annex 1), not every meeting of the bassin.
				assertThat(actual(action(report, 1, bassin, "3.1"), "governance.consultations.mentalHealth.held", null))
					.as(bassin)
					.isEqualByComparingTo("1");
				assertThat(actual(action(report, 1, bassin, "3.2"), "governance.consultations.prevention.held", null))
					.as(bassin)
					.isEqualByComparingTo("1");
			}

			// Annex 2, Brus'info: 80 sessions, 15 of them on the end of life (the
			// palliative platform's).
			JsonNode brusinfo = action(report, 2, "REGION", "2");
			assertThat(actual(brusinfo, "events.brusinfo.byTeam", null)).isEqualByComparingTo("80");
			assertThat(actual(brusinfo, "events.brusinfo.byTeam", "territory:PALLIATIVE")).isEqualByComparingTo("15");
			assertThat(actual(action(report, 3, "PALLIATIVE", "7"), "events.brusinfo.byTeam", null))
				.isEqualByComparingTo("15");

			// Annex 2, the CAR: two meetings with 88 and 89 participants.
			JsonNode car = action(report, 2, "REGION", "17");
			assertThat(actual(car, "governance.meetings.participants",
					"metric:governance.meetings.participants|meeting:REGIONAL_COUNCIL/2024-07-02"))
				.isEqualByComparingTo("88");
			assertThat(actual(car, "governance.meetings.participants",
					"metric:governance.meetings.participants|meeting:REGIONAL_COUNCIL/2024-11-26"))
				.isEqualByComparingTo("89");
			assertThat(car.path("deliverables").get(0).path("asWritten").asString()).isEqualTo("3 rencontres");
			assertThat(actual(car, "governance.councils.held", null)).isEqualByComparingTo("2");
		}
	}

	@Test
	void thePageThePdfAndTheXlsxPrintTheReportsFigures() throws IOException {
		for (String language : List.of("fr", "nl")) {
			boolean fr = language.equals("fr");
			WebSession session = new WebSession(this.port).language(language);
			session.login("sud@demo.maillage.brussels", "demo-maillage-2026");
			HttpResponse<String> response = session.get("/staff/plans/reports/2024");
			assertThat(response.statusCode()).isEqualTo(200);
			String page = response.body()
				.replace("&#39;", "'")
				.replace("&quot;", "\"")
				.replace("&amp;", "&")
				.replace("&gt;", ">");
			List<String> expected = expected(fr);
			assertThat(page).contains(expected).doesNotContain("??", "plans.report.");
			assertThat(page).contains(fr ? "Réf." : "Ref.", fr ? "Action & descriptif" : "Actie & beschrijving",
					fr ? "Délivrables 2024 (par Bassin)" : "Deliverables 2024 (per zorgzone)",
					fr ? "Bilan et indicateurs" : "Balans en indicatoren",
					fr ? "Perspectives 2025" : "Vooruitzichten 2025");

			Downloads files = new Downloads(this.port, language).signIn("sud");
			HttpResponse<byte[]> pdf = files.get("/staff/plans/reports/2024/report.pdf?lang=" + language);
			assertThat(pdf.statusCode()).isEqualTo(200);
			String text;
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				// The PDF's lines wrap inside the table's cells wherever they must.
				text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			}
			assertThat(text).contains(expected.stream().map((figure) -> figure.replaceAll("\\s+", "")).toList());

			HttpResponse<byte[]> xlsx = files.get("/staff/plans/reports/2024/report.xlsx?lang=" + language);
			assertThat(xlsx.statusCode()).isEqualTo(200);
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
				List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
				assertThat(sheets).containsExactly(fr ? "Annexe 1" : "Bijlage 1", fr ? "Annexe 2" : "Bijlage 2",
						fr ? "Annexe 3" : "Bijlage 3", fr ? "Valeurs" : "Waarden");
				List<List<String>> annex1 = rows(workbook.getSheets().toList().get(0));
				assertThat(annex1.get(0)).containsExactly(fr ? "Réf." : "Ref.",
						fr ? "Action & descriptif" : "Actie & beschrijving",
						fr ? "Délivrables 2024 (par Bassin)" : "Deliverables 2024 (per zorgzone)",
						fr ? "Bilan et indicateurs" : "Balans en indicatoren",
						fr ? "Perspectives 2025" : "Vooruitzichten 2025");
				List<List<String>> values = rows(workbook.getSheets().toList().get(3)).stream()
					.map((row) -> row.subList(0, Math.min(10, row.size())))
					.toList();
				String region = fr ? "Tous les territoires" : "Alle gebieden";
				assertThat(values).contains(
						List.of("2", "3", "1000 dossiers", region, "", "helpdesk.requests", "1000", "652", "652",
								"helpdesk"),
						List.of("2", "3", "1000 dossiers", region, fr ? "Téléphone" : "Telefoon", "helpdesk.requests",
								"1000", "541", "541", "helpdesk"),
						List.of("2", "3", "1000 dossiers", region, "E-mail", "helpdesk.requests", "1000", "111", "111",
								"helpdesk"),
						List.of("2", "3", "1000 dossiers", region, fr ? "Ligne non notée" : "Lijn niet genoteerd",
								"helpdesk.requests", "1000", "32", "32", "helpdesk"),
						List.of("1", "9", "25 organisations", region, "", "events.openDoors.hosts", "25", "105", "105",
								"events"),
						List.of("1", "9", "50 visiteurs", region, "", "events.openDoors.visitors", "50", "261", "261",
								"events"),
						List.of("2", "2", "20 Séances Région", region, "", "events.brusinfo.byTeam", "20", "80", "80",
								"events"));
				assertThat(values).anySatisfy((row) -> assertThat(row).startsWith("1", "9", "50 visiteurs", region)
					.contains("events.openDoors.visits", "442"));
				assertThat(values).anySatisfy((row) -> assertThat(row).startsWith("2", "17", "3 rencontres")
					.contains("governance.meetings.participants", "88"));
				assertThat(values).anySatisfy((row) -> assertThat(row).startsWith("2", "17", "3 rencontres")
					.contains("governance.meetings.participants", "89"));
			}
		}
	}

	/** What the page and the PDF print, label and figure, in the page's language. */
	private static List<String> expected(boolean fr) {
		String pair = fr ? " : " : ": ";
		List<String> expected = new ArrayList<>(List.of("1000 dossiers" + pair + "652",
				(fr ? "Téléphone" : "Telefoon") + pair + "541", "E-mail" + pair + "111",
				(fr ? "Ligne régionale" : "Gewestelijke lijn") + pair + "547",
				(fr ? "Ligne Nord" : "Lijn Noord") + pair + "11",
				(fr ? "Ligne Nord-Est" : "Lijn Noordoost") + pair + "8", (fr ? "Ligne Sud" : "Lijn Zuid") + pair + "30",
				(fr ? "Ligne Sud-Est" : "Lijn Zuidoost") + pair + "14",
				(fr ? "Ligne Centre-Ouest" : "Lijn Centrum-West") + pair + "10",
				(fr ? "Ligne non notée" : "Lijn niet genoteerd") + pair + "32", "25 organisations" + pair + "105",
				"50 visiteurs" + pair + "261",
				(fr ? "Portes ouvertes : visites" : "Opendeurdagen: bezoeken") + pair + "442",
				(fr ? "Ateliers du changement" : "Veranderingsateliers") + pair + "3",
				"20 Séances Région" + pair + "80",
				(fr ? "Plateforme de soins palliatifs" : "Platform palliatieve zorg") + pair + "15",
				(fr ? "Conseil de l'action régionale, 02/07/2024" : "Regionale actieraad, 02/07/2024") + pair + "88",
				(fr ? "Conseil de l'action régionale, 26/11/2024" : "Regionale actieraad, 26/11/2024") + pair + "89"));
		return expected;
	}

	private static JsonNode action(JsonNode report, int annex, String territory, String reference) {
		for (JsonNode annexJson : report.path("annexes")) {
			if (annexJson.path("number").asInt() != annex) {
				continue;
			}
			for (JsonNode territoryJson : annexJson.path("territories")) {
				boolean same = (territory == null) ? territoryJson.path("territory").isNull()
						: territory.equals(territoryJson.path("territory").asString());
				if (!same) {
					continue;
				}
				for (JsonNode action : territoryJson.path("actions")) {
					if (action.path("reference").asString().equals(reference)) {
						return action;
					}
				}
			}
		}
		throw new AssertionError("No action " + reference + " of annex " + annex + " for " + territory);
	}

	private static JsonNode value(JsonNode action, String metric, String detail) {
		for (JsonNode value : action.path("values")) {
			boolean sameDetail = (detail == null) ? value.path("detail").isNull()
					: detail.equals(value.path("detail").asString());
			if (value.path("metric").asString().equals(metric) && sameDetail) {
				return value;
			}
		}
		throw new AssertionError("No value " + metric + " " + detail + " in " + action);
	}

	private static BigDecimal actual(JsonNode action, String metric, String detail) {
		return value(action, metric, detail).path("actual").decimalValue();
	}

	private static List<List<String>> rows(Sheet sheet) throws IOException {
		try (Stream<Row> rows = sheet.openStream()) {
			return rows.map((row) -> {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getOptionalCell(i).map(org.dhatim.fastexcel.reader.Cell::getText).orElse(""));
				}
				return cells;
			}).toList();
		}
	}

	static String token(WebSession session) {
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "report-" + System.nanoTime(), "days", "1"));
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("(mlg_[A-Za-z0-9_-]+)")
			.matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
