package brussels.maillage.care.statements;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.care.CareFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provider's statement for last month through the team's pages: it totals the
 * provider's validated prestations of the month and a community-of-practice fee for an
 * event, exports as PDF and in the payment list (XLSX and CSV for Belgian Excel), and
 * once approved its lines can no longer change, in the service and in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareStatementTests {

	private static final Pattern STATEMENT = Pattern.compile("/staff/care/statements/(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	StatementExports exports;

	@Test
	void aMonthsStatementTotalsValidatedPrestationsAndFeesExportsAndFreezesOnceApproved() throws Exception {
		LocalDate month = LocalDate.now(this.clock).minusMonths(1).withDayOfMonth(1);
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long therapist = CareFixtures.provider(team, "Ergo Relevé Mensuel", "OCCUPATIONAL_THERAPIST",
				CareFixtures.IBANS[4]);
		long careCase = CareFixtures.openCase(team, "SUD_EST", month.minusMonths(1).toString());
		CareFixtures.status(team, careCase, "ACTIVE", "", month.minusMonths(1).toString());
		CareFixtures.role(team, careCase, therapist, "OCCUPATIONAL_THERAPIST", month.minusMonths(1).toString());
		// occupational therapy is 30.00 a unit (migration V78): 1 + 2 units validated in
		// the
		// month = 90.00; one left recorded and one of the month before are not taken
		long first = prestation(team, careCase, therapist, month.plusDays(1), "1");
		long second = prestation(team, careCase, therapist, month.plusDays(2), "2");
		prestation(team, careCase, therapist, month.plusDays(3), "1");
		long before = prestation(team, careCase, therapist, month.minusDays(3), "1");
		for (long id : List.of(first, second, before)) {
			team.get("/staff/care/cases/" + careCase + "/prestations");
			assertThat(
					team.post("/staff/care/prestations/" + id + "/status", Map.of("status", "VALIDATED")).statusCode())
				.isEqualTo(302);
		}

		team.get("/staff/care/statements");
		HttpResponse<String> drafted = team.post("/staff/care/statements",
				Map.of("provider", String.valueOf(therapist), "periodKind", "MONTH", "periodStart", month.toString()));
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(302);
		Matcher found = STATEMENT.matcher(drafted.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		long statement = Long.parseLong(found.group(1));
		String page = team.get("/staff/care/statements/" + statement).body();
		assertThat(page).contains("90,00 €");

		// a community-of-practice fee for an event of the month, chosen from the page's
		// list
		Matcher event = Pattern
			.compile("<select[^>]*id=\"event\"[^>]*>\\s*<option value=\"\"[^<]*</option>\\s*"
					+ "<option value=\"([0-9a-f-]{36})\"")
			.matcher(page);
		assertThat(event.find()).as("an event held last month is offered").isTrue();
		HttpResponse<String> negative = team.post("/staff/care/statements/" + statement + "/fees",
				Map.of("kind", "COMMUNITY_OF_PRACTICE", "event", event.group(1), "amount", "-45,50"));
		assertThat(negative.body()).contains("id=\"amount-error\"").contains("value=\"-45,50\"");
		team.get("/staff/care/statements/" + statement);
		assertThat(team
			.post("/staff/care/statements/" + statement + "/fees",
					Map.of("kind", "COMMUNITY_OF_PRACTICE", "event", event.group(1), "amount", "45,50"))
			.statusCode()).isEqualTo(302);
		assertThat(team.get("/staff/care/statements/" + statement).body()).contains("id=\"statement-total\">135,50 €");
		assertThat(this.jdbc.sql("select total from care_statement where id = ?")
			.param(statement)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("135.50");

		HttpResponse<String> pdf = team.get("/staff/care/statements/" + statement + "/statement.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String caseCode = this.jdbc.sql("select code from care_case where id = ?")
			.param(careCase)
			.query(String.class)
			.single();
		try (PDDocument document = Loader.loadPDF(this.exports.pdf(statement, Locale.FRENCH))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Ergo Relevé Mensuel", caseCode, "Communauté de pratiques", "45,50", "135,50 €");
		}

		step(team, statement, "SENT", null);
		step(team, statement, "APPROVED", null);
		// the service refuses every change of its lines
		team.get("/staff/care/statements/" + statement);
		HttpResponse<String> late = team.post("/staff/care/statements/" + statement + "/fees",
				Map.of("kind", "CONCERTATION_ORGANISER", "event", event.group(1), "amount", "10"));
		assertThat(late.body()).contains("ses lignes ne peuvent plus changer");
		long line = this.jdbc.sql("select min(id) from care_statement_line where statement_id = ?")
			.param(statement)
			.query(Long.class)
			.single();
		team.get("/staff/care/statements/" + statement);
		team.post("/staff/care/statements/" + statement + "/lines/" + line + "/remove", Map.of());
		team.get("/staff/care/cases/" + careCase + "/prestations");
		team.post("/staff/care/prestations/" + first + "/status", Map.of("status", "CANCELLED"));
		assertThat(
				this.jdbc.sql("select count(*) || ' ' || sum(amount) from care_statement_line where statement_id = ?")
					.param(statement)
					.query(String.class)
					.single())
			.isEqualTo("3 135.50");
		assertThat(this.jdbc.sql("select status from care_prestation where id = ?")
			.param(first)
			.query(String.class)
			.single()).isEqualTo("ON_STATEMENT");
		// and so does the database, whoever writes
		assertThatThrownBy(() -> this.jdbc.sql("update care_statement_line set tariff = 1, amount = units where id = ?")
			.param(line)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("approved");
		assertThatThrownBy(() -> this.jdbc.sql("delete from care_statement_line where id = ?").param(line).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into care_statement_line (statement_id, kind, event_id, line_on, units, tariff, amount)
				values (?, 'CONCERTATION_ORGANISER', gen_random_uuid(), current_date, 1, 10, 10)""")
			.param(statement)
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.jdbc.sql("update care_statement set total = 1 where id = ?").param(statement).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.jdbc.sql("update care_prestation set status = 'VALIDATED', statement_id = null where id = ?")
					.param(first)
					.update())
			.isInstanceOf(DataAccessException.class);

		// the payment list, for finance only
		assertThat(team.get("/staff/care/payments.xlsx").statusCode()).isEqualTo(403);
		WebSession finance = CareFixtures.as(this.port, "finance");
		HttpResponse<String> xlsx = finance.get("/staff/care/payments.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		String number = "P3-" + month.getYear() + "-" + statement;
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(this.exports.paymentsXlsx(Locale.FRENCH)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(3)).isEqualTo("IBAN");
			Row row = rows.stream().filter((r) -> number.equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(row.getCellText(1)).isEqualTo("Ergo Relevé Mensuel");
			assertThat(row.getCellText(3)).isEqualTo("BE17000111222321");
			assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("135.5");
		}
		byte[] csv = this.exports.paymentsCsv(Locale.FRENCH);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains(number + ";Ergo Relevé Mensuel;")
			.contains(";BE17000111222321;135,50;" + month + ";" + month.plusMonths(1).minusDays(1) + "\r\n");

		step(finance, statement, "PAID", "VIR-" + month.getYear() + "/0815");
		assertThat(this.jdbc.sql("select status from care_prestation where id in (?, ?) group by status")
			.params(first, second)
			.query(String.class)
			.list()).containsExactly("PAID");
		assertThat(finance.get("/staff/care/statements/" + statement).body())
			.contains("VIR-" + month.getYear() + "/0815", "Payé");
	}

	private long prestation(WebSession team, long careCase, long provider, LocalDate day, String units) {
		HttpResponse<String> saved = CareFixtures.prestation(team, careCase, provider, "OCCUPATIONAL_THERAPY",
				day.toString(), units);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return this.jdbc.sql("""
				select id from care_prestation where case_id = ? and performed_on = ? and status <> 'CANCELLED'""")
			.params(careCase, day)
			.query(Long.class)
			.single();
	}

	private void step(WebSession session, long statement, String status, String reference) {
		session.get("/staff/care/statements/" + statement);
		HttpResponse<String> moved = session.post("/staff/care/statements/" + statement + "/status", Map.of("status",
				status, "on", LocalDate.now(this.clock).toString(), "reference", (reference != null) ? reference : ""));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
	}

}
