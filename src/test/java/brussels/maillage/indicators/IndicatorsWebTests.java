package brussels.maillage.indicators;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators and manual values through their pages: a zero denominator gives "no data",
 * never an error; a percentage shows its numerator and denominator; bad input is refused
 * next to its field; a manual value needs a reason and is in the audit log, and a printed
 * form is kept beside the exact value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Autowired
	Metrics metrics;

	@Autowired
	AuditLog audit;

	@Test
	void anIndicatorWithAZeroDenominatorShowsNoDataNotAnError() {
		WebSession staff = signedIn();
		String code = "cancelled.per.rendezvous." + UUID.randomUUID().toString().substring(0, 6);
		staff.get("/staff/indicators/new");
		Map<String, String> form = indicator(code);
		assertThat(staff.post("/staff/indicators", form).statusCode()).isEqualTo(302);

		// No Rendez-vous de la prévention in 2001: the denominator is 0.
		Indicator indicator = this.indicators.find(code).orElseThrow();
		IndicatorValue value = this.indicators.value(indicator, 2001, null);
		assertThat(value.hasData()).isFalse();
		assertThat(value.noData()).isEqualTo(IndicatorValue.NoData.ZERO_DENOMINATOR);
		assertThat(value.denominator().value()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(value.numerator().hasData()).isTrue();

		HttpResponse<String> page = staff.get("/staff/indicators?year=2001&lang=fr");
		assertThat(page.statusCode()).isEqualTo(200);
		String row = row(page.body(), "indicator-" + code + "-ALL");
		assertThat(row).contains("Annulations par Rendez-vous").contains("pas de données (dénominateur nul)");
		assertThat(staff.get("/staff/indicators?year=2001&lang=nl").body()).contains("geen gegevens (noemer is nul)");
	}

	@Test
	void aPercentageIsComputedFromItsNumeratorAndDenominatorAndNoDataIsNotZero() {
		Indicator share = new Indicator("share", brussels.maillage.system.LocalizedText.of("Part", "Aandeel", null),
				"a", "b", BigDecimal.valueOf(100), Indicator.Unit.PERCENT, true, null, null, null);
		IndicatorValue fifteenOfEighty = Indicators.compute(share, 2024, null, measure("a", 15), measure("b", 80));
		assertThat(fifteenOfEighty.value()).isEqualByComparingTo("18.8");
		assertThat(fifteenOfEighty.numerator().value()).isEqualByComparingTo("15");
		assertThat(fifteenOfEighty.denominator().value()).isEqualByComparingTo("80");
		IndicatorValue zeroOfEighty = Indicators.compute(share, 2024, null, measure("a", 0), measure("b", 80));
		assertThat(zeroOfEighty.hasData()).isTrue();
		assertThat(zeroOfEighty.value()).isEqualByComparingTo("0");
		IndicatorValue nothingOfEighty = Indicators.compute(share, 2024, null,
				Measure.noData("a", 2024, null, "events"), measure("b", 80));
		assertThat(nothingOfEighty.hasData()).isFalse();
		assertThat(nothingOfEighty.noData()).isEqualTo(IndicatorValue.NoData.NUMERATOR);
	}

	@Test
	void theIndicatorFormRefusesAnUnknownMetricAndAZeroFactorNextToTheirFields() {
		WebSession staff = signedIn();
		staff.get("/staff/indicators/new?lang=fr");
		Map<String, String> form = indicator("wrong." + UUID.randomUUID().toString().substring(0, 6));
		form.put("numerator", "helpdesk.calls");
		form.put("factor", "0");
		HttpResponse<String> refused = staff.post("/staff/indicators", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(errorOf(refused.body(), "numerator")).contains("Choisissez une métrique de la liste.");
		assertThat(errorOf(refused.body(), "factor")).contains("Le facteur est un nombre autre que 0");
		assertThat(refused.body()).contains("class=\"error-summary\"");
	}

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
			assertThat(entry.details()).contains("metric=helpdesk.requests")
				.contains("territory=NORD")
				.contains("after=35/ABOUT/+35");
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

	private static Measure measure(String metric, long value) {
		return new Measure(metric, 2024, null, BigDecimal.valueOf(value), Exactness.EXACT, "events", null, null);
	}

	private static Map<String, String> indicator(String code) {
		Map<String, String> form = new HashMap<>();
		form.put("creating", "true");
		form.put("code", code);
		form.put("nameFr", "Annulations par Rendez-vous");
		form.put("nameNl", "Annuleringen per Rendez-vous");
		form.put("nameEn", "");
		form.put("numerator", "events.cancelled");
		form.put("denominator", "prevention.rendezvous.sessions");
		form.put("factor", "100");
		form.put("unit", "PERCENT");
		form.put("direction", "LOW");
		form.put("aggregation", "SUM");
		form.put("disaggregation", "NONE");
		return form;
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
