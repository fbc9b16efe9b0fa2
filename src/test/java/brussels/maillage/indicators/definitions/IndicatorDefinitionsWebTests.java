package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.indicators.Exactness;
import brussels.maillage.indicators.Measure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators through their pages: a zero denominator gives "no data", never an error; a
 * percentage shows its numerator and denominator; bad input is refused next to its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorDefinitionsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

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
