package brussels.maillage.plans;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans pages over real HTTP, as staff of a bassin, of the region and coordinators
 * use them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlansWebTests {

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
	void theListShowsEveryTerritorysPlanInFrenchAndDutch() {
		String fr = signedIn("sud", "fr").get("/staff/plans?year=2024")
			.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
		assertThat(fr).contains("Plans d'action 2024", "Bassin Sud", "Plateforme de soins palliatifs", "Brouillon")
			.doesNotContain("??", "plans.");
		String nl = signedIn("sud", "nl").get("/staff/plans?year=2024")
			.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
		assertThat(nl).contains("Actieplannen 2024", "Zorgzone Zuid", "Platform palliatieve zorg", "Ontwerp")
			.doesNotContain("??", "plans.");
	}

	@Test
	void thePlanPageShowsTheActionsWithTheirDeliverablesAsWritten() {
		UUID sud = this.plans.plan(TerritoryScope.SUD, 2024).orElseThrow().id();
		String page = signedIn("sud", "fr").get("/staff/plans/" + sud)
			.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
		// Annex 1, action 1: "3 rencontres 1 synthèse par ADC 1 feuille de route".
		assertThat(page).contains("Plan d'action 2024 – Bassin Sud", "Ateliers du changement (ADC)", "3 rencontres",
				"1 synthèse par ADC", "1 feuille de route", "Les CAB démarrent en février 2025.", "Perspectives 2025")
			.doesNotContain("??");
	}

	@Test
	void bassinStaffEditTheirBassinsPlanAndOnlyRead() {
		UUID region = this.plans.plan(TerritoryScope.REGION, 2024).orElseThrow().id();
		UUID sud = this.plans.plan(TerritoryScope.SUD, 2024).orElseThrow().id();
		WebSession staff = signedIn("sud", "fr");
		assertThat(staff.get("/staff/plans/" + region).statusCode()).isEqualTo(200);
		assertThat(staff.get("/staff/plans/" + region)
			.body()
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")).doesNotContain("Ajouter une action");
		assertThat(staff.get("/staff/plans/" + region + "/actions/new").statusCode()).isEqualTo(403);
		assertThat(staff.get("/staff/plans/" + sud + "/actions/new").statusCode()).isEqualTo(200);
		assertThat(signedIn("coordination", "fr").get("/staff/plans/" + region + "/actions/new").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aWrongActionShowsItsMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
		UUID plan = this.plans.createPlan(TerritoryScope.NORD, 2061, "test");
		WebSession staff = signedIn("nord", "fr");
		staff.get("/staff/plans/" + plan + "/actions/new");
		HttpResponse<String> refused = staff.post("/staff/plans/" + plan + "/actions/new",
				List.of(Map.entry("reference", ""), Map.entry("titleFr", "Portes ouvertes du bassin Nord"),
						Map.entry("objective", "II.9.9"), Map.entry("origin", "CONTINUING"),
						Map.entry("originProposal", "pas un identifiant"), Map.entry("leadTeam", "NORD"),
						Map.entry("bassins", "NORD"), Map.entry("status", "ON_TRACK")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused)).contains("Il y a un problème", "Donnez la référence de l'action, par exemple 3.1.",
				"Choisissez un objectif de la liste.", "Collez l'identifiant de la proposition",
				"value=\"Portes ouvertes du bassin Nord\"");
		assertThat(this.plans.actions(plan)).isEmpty();
		HttpResponse<String> saved = staff.post("/staff/plans/" + plan + "/actions/new",
				List.of(Map.entry("reference", "9"), Map.entry("titleFr", "Portes ouvertes du bassin Nord"),
						Map.entry("objective", "II.2.1"), Map.entry("origin", "CONTINUING"),
						Map.entry("leadTeam", "NORD"), Map.entry("bassins", "NORD"), Map.entry("status", "ON_TRACK")));
		assertThat(saved.statusCode()).isEqualTo(302);
		Action action = this.plans.actions(plan).get(0);
		assertThat(action.reference()).isEqualTo("9");
		assertThat(action.bassins()).containsExactly(TerritoryScope.NORD);
		staff.get("/staff/plans/actions/" + action.id() + "/deliverables/new");
		HttpResponse<String> badTarget = staff.post("/staff/plans/actions/" + action.id() + "/deliverables/new",
				Map.of("targetText", "50 visiteurs", "targetValue", "cinquante", "unit", "visiteurs", "metric",
						"Visiteurs Portes Ouvertes"));
		assertThat(html(badTarget)).contains("Saisissez un nombre, par exemple 3 ou 2,5.",
				"Ce code de mesure n'est pas connu", "value=\"cinquante\"");
	}

	@Test
	void theImportPageListsTheErrorsByRowAndField() {
		String csv = "territory-code,year,reference,origin-code,status-code,title-fr,deliverable-target,deliverable-metric-code\n"
				+ "NORD_EST,2063,,CONTINUING,ON_TRACK,Helpdesk,652 demandes,helpdesk.requests\n";
		WebSession coordinator = signedIn("coordination", "fr");
		coordinator.get("/staff/plans/import");
		HttpResponse<String> result = coordinator.postFile("/staff/plans/import", "file", "plans.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(html(result)).contains("Rien n'a été importé : 1 erreur(s) à corriger.", "<td>2</td>",
				"<td>reference</td>", "Ce champ est obligatoire.");
		assertThat(this.plans.plan(TerritoryScope.NORD_EST, 2063)).isEmpty();
	}

}
