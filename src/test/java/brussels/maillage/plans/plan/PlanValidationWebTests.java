package brussels.maillage.plans.plan;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.TerritoryScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan validated by a council's decision over real HTTP, and the history of its
 * statuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanValidationWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	PlansService plans;

	WebSession signedIn(String account, String language) {
		WebSession session = new WebSession(this.port).language(language);
		session.login(account + "@demo.maillage.brussels", PASSWORD);
		return session;
	}

	static String html(HttpResponse<String> response) {
		return response.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	@Test
	void aCouncilDecisionValidatesAPlanAndItsHistoryKeepsEachStep() {
		UUID plan = this.plans.createPlan(TerritoryScope.SUD_EST, 2062, "test");
		this.plans
			.addAction(
					plan, new ActionDraft("1", "Ateliers du changement", null, null, null, null, Origin.CONTINUING,
							null, "SUD_EST", List.of(TerritoryScope.SUD_EST), ActionStatus.ON_TRACK, null, null),
					"test");
		WebSession coordinator = signedIn("coordination", "fr");
		coordinator.get("/staff/plans/" + plan);
		assertThat(coordinator.post("/staff/plans/" + plan + "/status", Map.of("status", "PROPOSED")).statusCode())
			.isEqualTo(302);
		coordinator.get("/staff/plans/" + plan);
		HttpResponse<String> withoutDecision = coordinator.post("/staff/plans/" + plan + "/status",
				Map.of("status", "VALIDATED", "decidedOn", "2062-02-31"));
		assertThat(html(withoutDecision)).contains("Écrivez la décision du conseil qui valide le plan.",
				"Cette date n'existe pas.");
		assertThat(this.plans.plan(plan).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
		coordinator.post("/staff/plans/" + plan + "/status", Map.of("status", "VALIDATED", "decidedOn", "2062-02-12",
				"decisionText", "Le conseil valide le plan d'action 2062."));
		assertThat(this.plans.plan(plan).orElseThrow().status()).isEqualTo(PlanStatus.VALIDATED);
		assertThat(this.plans.history(plan)).extracting((change) -> change.to())
			.containsExactly("DRAFT", "PROPOSED", "VALIDATED");
		String page = coordinator.get("/staff/plans/" + plan)
			.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
		assertThat(page).contains("Validé par le conseil", "12/02/2062", "Le conseil valide le plan d'action 2062.");
	}

}
