package brussels.maillage.plans.report;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.PlannedAction;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft report counts the records live; approval freezes its figures, and a later
 * correction is an erratum with its reason, shown only once made. The test has its own
 * year (2014), regional plan and helpdesk requests, so that no other test's counts move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportSnapshotTests {

	private static final int YEAR = 2014;

	@LocalServerPort
	int port;

	@Autowired
	PlansService plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewRequestMovesTheDraftNotTheApprovedReportWhichIsCorrectedOnlyByAnErratumWithAReason() {
		this.plans
			.replaceActions(TerritoryScope.REGION, YEAR,
					List.of(new PlannedAction(new ActionDraft("3", "Helpdesk", null,
							"Une ligne d'orientation pour les professionnel·les.", null, null, Origin.CONTINUING, null,
							"REGION", List.of(), ActionStatus.ON_TRACK, "Une ligne par bassin.", null),
							List.of(new Deliverable(null, "40 dossiers", new BigDecimal("40"), "dossiers", false,
									"helpdesk.requests", false, null)),
							List.of())),
					"test");
		WebSession coordination = signedIn("coordination");
		String token = ReportFiguresTests.token(coordination);
		WebSession nord = signedIn("nord");
		WebSession sud = signedIn("sud");

		BigDecimal before = actual(api(coordination, token));
		request(nord, YEAR + "-03-05T10:30");
		assertThat(actual(api(coordination, token))).isEqualByComparingTo(before.add(BigDecimal.ONE));
		assertThat(page(coordination)).contains("40 dossiers : " + before.add(BigDecimal.ONE), "Brouillon");

		// A team submits, the coordination reviews and approves; a team cannot approve.
		sud.get("/staff/plans/reports/" + YEAR);
		assertThat(sud.post("/staff/plans/reports/" + YEAR + "/status", Map.of("from", "DRAFT")).statusCode())
			.isEqualTo(302);
		sud.get("/staff/plans/reports/" + YEAR);
		sud.post("/staff/plans/reports/" + YEAR + "/status", Map.of("from", "SUBMITTED"));
		assertThat(page(sud)).contains("Soumis par l'équipe")
			.contains("Vous ne pouvez pas faire cette étape")
			.doesNotContain("Marquer le rapport comme relu");
		advance(coordination, "SUBMITTED");
		advance(coordination, "REVIEWED");
		BigDecimal approved = before.add(BigDecimal.ONE);
		assertThat(this.jdbc.sql("""
				select action from audit_entry where record_type = 'plans_report' and record_id = ? order by id""")
			.param(Integer.toString(YEAR))
			.query(String.class)
			.list()).containsExactly("plans.report.submitted", "plans.report.reviewed", "plans.report.approved");

		// A request added after approval changes nothing in the approved report.
		request(nord, YEAR + "-11-20T15:00");
		JsonNode frozen = api(coordination, token);
		assertThat(frozen.path("status").asString()).isEqualTo("APPROVED");
		assertThat(frozen.path("frozen").asBoolean()).isTrue();
		assertThat(actual(frozen)).isEqualByComparingTo(approved);
		assertThat(value(frozen).has("erratum")).isFalse();
		String page = page(coordination);
		assertThat(page).contains("40 dossiers : " + approved, "Approuvé", "Aucun erratum depuis l'approbation.")
			.doesNotContain("corrigé, erratum", "errata-table");

		// An erratum without reason is refused next to its field, and nothing is written.
		coordination.get("/staff/plans/reports/" + YEAR);
		String key = value(frozen).path("key").asString();
		HttpResponse<String> refused = coordination.post("/staff/plans/reports/" + YEAR + "/errata",
				Map.of("valueKey", key, "value", approved.add(BigDecimal.ONE).toPlainString(), "reason", " "));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused.body())).contains("id=\"reason-error\"", "Écrivez le motif de la correction.",
				"aria-describedby=\"reason-hint reason-error\"");
		assertThat(value(api(coordination, token)).has("erratum")).isFalse();

		// With its reason, the erratum is shown with the report: old, new, reason, who.
		HttpResponse<String> saved = coordination.post("/staff/plans/reports/" + YEAR + "/errata", Map.of("valueKey",
				key, "value", approved.add(BigDecimal.ONE).toPlainString(), "reason", "Une demande saisie en retard."));
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode corrected = value(api(coordination, token));
		assertThat(corrected.path("actual").decimalValue()).isEqualByComparingTo(approved.add(BigDecimal.ONE));
		assertThat(corrected.path("erratum").path("old").decimalValue()).isEqualByComparingTo(approved);
		assertThat(corrected.path("erratum").path("reason").asString()).isEqualTo("Une demande saisie en retard.");
		assertThat(corrected.path("erratum").path("by").asString()).isEqualTo("coordination@demo.maillage.brussels");
		assertThat(page(coordination)).contains("errata-table", "Une demande saisie en retard.", "(corrigé, erratum 1)",
				"coordination@demo.maillage.brussels");

		advance(coordination, "APPROVED");
		JsonNode published = api(coordination, token);
		assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(actual(published)).isEqualByComparingTo(approved.add(BigDecimal.ONE));
	}

	@Test
	void theApiRefusesAWrongYearOrLanguageWithAProblem() {
		WebSession coordination = signedIn("coordination");
		String token = ReportFiguresTests.token(coordination);
		HttpResponse<String> year = coordination.json("GET", "/api/reports/20x4/annexes?lang=fr", token, null);
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(year.body()).contains("\"year\"");
		HttpResponse<String> lang = coordination.json("GET", "/api/reports/2024/annexes?lang=de", token, null);
		assertThat(lang.statusCode()).isEqualTo(400);
		assertThat(lang.body()).contains("\"lang\"");
		assertThat(new WebSession(this.port).json("GET", "/api/reports/2024/annexes", null, null).statusCode())
			.isEqualTo(401);
	}

	private void advance(WebSession session, String from) {
		session.get("/staff/plans/reports/" + YEAR);
		assertThat(session.post("/staff/plans/reports/" + YEAR + "/status", Map.of("from", from)).statusCode())
			.isEqualTo(302);
	}

	private static void request(WebSession nord, String receivedAt) {
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> form = HelpdeskFixtures.simpleRequest("NORD");
		form.put("receivedAt", receivedAt);
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", form));
	}

	private WebSession signedIn(String account) {
		WebSession session = new WebSession(this.port).language("fr");
		session.login(account + "@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		return session;
	}

	private String page(WebSession session) {
		HttpResponse<String> response = session.get("/staff/plans/reports/" + YEAR);
		assertThat(response.statusCode()).isEqualTo(200);
		return html(response.body());
	}

	private static String html(String body) {
		return body.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static JsonNode api(WebSession session, String token) {
		HttpResponse<String> response = session.json("GET", "/api/reports/" + YEAR + "/annexes?lang=fr", token, null);
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static JsonNode value(JsonNode report) {
		JsonNode region = report.path("annexes").get(1).path("territories").get(0);
		assertThat(region.path("territory").asString()).isEqualTo("REGION");
		JsonNode action = region.path("actions").get(0);
		assertThat(action.path("reference").asString()).isEqualTo("3");
		for (JsonNode value : action.path("values")) {
			if (value.path("detail").isNull()) {
				return value;
			}
		}
		throw new AssertionError("no value in " + action);
	}

	private static BigDecimal actual(JsonNode report) {
		return value(report).path("actual").decimalValue();
	}

}
