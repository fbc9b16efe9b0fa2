package brussels.maillage.indicators;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manual values and the metrics' catalogue through their pages: a manual value needs a
 * reason and is in the audit log, and a printed form is kept beside the exact value; bad
 * input is refused next to its field (the indicators' pages:
 * {@code definitions.IndicatorDefinitionsWebTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	Metrics metrics;

	@Autowired
	AuditLog audit;

	@Test
	void aManualValueNeedsAReasonIsInTheAuditLogAndAPrintedFormKeepsTheExactValue() {
		WebSession staff = signedIn();
		staff.get("/staff/indicators/manual?lang=fr");
		Map<String, String> form = new HashMap<>(Map.of("metric", "helpdesk.requests", "year", "2003", "territory",
				"NORD", "value", "35", "exactness", "ABOUT", "printed", "+35", "reason", ""));
		HttpResponse<String> refused = staff.post("/staff/indicators/manual", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(errorOf(refused.body(), "reason")).contains("Indiquez la raison de cette valeur.");
		assertThat(this.metrics.measure("helpdesk.requests", 2003, "NORD").manual()).isFalse();

		form.put("reason", "Tableur de la ligne Nord 2003, pas encore dans Maillage.");
		assertThat(staff.post("/staff/indicators/manual", form).statusCode()).isEqualTo(302);
		Measure typed = this.metrics.measure("helpdesk.requests", 2003, "NORD");
		assertThat(typed.value()).isEqualByComparingTo("35");
		assertThat(typed.manual()).isTrue();
		assertThat(typed.exactness()).isEqualTo(Exactness.ABOUT);
		assertThat(typed.shown(Locale.FRENCH)).isEqualTo("+35");
		assertThat(typed.reason()).isEqualTo("Tableur de la ligne Nord 2003, pas encore dans Maillage.");
		assertThat(this.metrics.measure("helpdesk.requests", 2003, "SUD").manual()).isFalse();
		assertThat(this.audit.latest("indicator_manual_value", 0, 20)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("indicators.manual.saved");
			assertThat(entry.details()).startsWith("manual-value-saved:helpdesk.requests|2003|NORD|")
				.contains("|35/ABOUT/+35|");
		});

		// Only a printed form: the exact value stays the records' (no event in 2002 in
		// Sud-Est).
		Map<String, String> printed = new HashMap<>(
				Map.of("metric", "events.held", "year", "2002", "territory", "SUD_EST", "value", "", "exactness",
						"EXACT", "printed", "30aine", "reason", "Comme l'annexe l'imprime."));
		assertThat(staff.post("/staff/indicators/manual", printed).statusCode()).isEqualTo(302);
		Measure shown = this.metrics.measure("events.held", 2002, "SUD_EST");
		assertThat(shown.value()).isEqualByComparingTo("0");
		assertThat(shown.manual()).isFalse();
		assertThat(shown.shown(Locale.FRENCH)).isEqualTo("30aine");
	}

	@Test
	void theCatalogueShowsEachMetricWithItsDefinitionAndValuesPerBassin() {
		WebSession staff = signedIn();
		String french = staff.get("/staff/indicators/metrics?year=2024&lang=fr").body();
		assertThat(row(french, "metric-helpdesk-requests")).contains("Demandes à l&#39;helpdesk")
			.contains("Territoire : la ligne jointe");
		assertThat(french).contains("Brus&#39;info par territoire demandeur").contains("Plateforme palliative");
		String dutch = staff.get("/staff/indicators/metrics?year=2024&lang=nl").body();
		assertThat(dutch).contains("Vragen aan de helpdesk").contains("Zuid-Oost");
		String bad = staff.get("/staff/indicators/metrics?year=20x4&lang=fr").body();
		assertThat(errorOf(bad, "year")).contains("Indiquez une année en quatre chiffres");
	}

	private WebSession signedIn() {
		WebSession staff = new WebSession(this.port);
		staff.login("coordination@demo.maillage.brussels", PASSWORD);
		return staff;
	}

	private static String row(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row " + id).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static String errorOf(String html, String field) {
		int start = html.indexOf("id=\"" + field + "-error\"");
		assertThat(start).as("error of " + field).isPositive();
		return html.substring(start, html.indexOf("</p>", start));
	}

}
