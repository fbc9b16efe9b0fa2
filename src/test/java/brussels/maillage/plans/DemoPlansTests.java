package brussels.maillage.plans;

import java.math.BigDecimal;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlanStatus;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 2024 plans against the annexes of the 2024 activity report (seed 001, from
 * line 640); every expected value is read from the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPlansTests {

	@Autowired
	PlansService plans;

	@Test
	void everyTerritoryHasItsPlanOf2024WithTheAnnexRows() {
		assertThat(this.plans.plans(2024)).extracting(Plan::territory)
			.containsExactlyInAnyOrder(TerritoryScope.REGION, TerritoryScope.NORD, TerritoryScope.NORD_EST,
					TerritoryScope.SUD, TerritoryScope.SUD_EST, TerritoryScope.CENTRE_OUEST, TerritoryScope.PALLIATIVE);
		// Annex 1: references 1, 2, 3.1, 3.2, 3.3, Brus'info, 5 to 9 of the bassins'
		// roadmap.
		assertThat(actions(TerritoryScope.NORD_EST)).extracting(Action::reference)
			.containsExactly("1", "2", "3.1", "3.2", "3.3", "4", "5", "6", "7", "8", "9");
		// Annex 3: actions 1 to 7 of the palliative platform.
		assertThat(actions(TerritoryScope.PALLIATIVE)).hasSize(7);
		assertThat(this.plans.plan(TerritoryScope.REGION, 2024).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void theRegionalHelpdeskRowKeepsItsTargetsAsWritten() {
		Action helpdesk = action(TerritoryScope.REGION, "3");
		assertThat(helpdesk.titleFr()).isEqualTo("Helpdesk");
		assertThat(helpdesk.deliverables()).extracting(Deliverable::targetText)
			.containsExactly("6 lignes d'orientation", "1000 dossiers", "1 Guide méthodologique interne");
		assertThat(helpdesk.deliverables().get(1).targetValue()).isEqualByComparingTo(new BigDecimal(1000));
	}

	@Test
	void thePalliativeConventionsRowHasItsTargetAndPerspectives() {
		Action conventions = action(TerritoryScope.PALLIATIVE, "4");
		assertThat(conventions.titleFr()).isEqualTo("Culture palliative en MR-MRS");
		assertThat(conventions.deliverables().get(0).targetText()).isEqualTo("20 conventions");
		assertThat(conventions.deliverables().get(0).targetValue()).isEqualByComparingTo(new BigDecimal(20));
		assertThat(conventions.perspectivesFr())
			.isEqualTo("En 2025 le GT N et GT NE devraient être séparés car plus de participant es qu'au lancement.");
	}

	@Test
	void theBassinsShareTheRoadmapWithTheirOwnBrusInfoOutcome() {
		// Annex 1: 10 sessions per bassin; Nord held 5, Centre-Ouest 24.
		Action nord = action(TerritoryScope.NORD, "4");
		Action centreOuest = action(TerritoryScope.CENTRE_OUEST, "4");
		assertThat(nord.deliverables().get(0).targetText()).isEqualTo("10 séances");
		assertThat(nord.deliverables().get(0).perBassin()).isTrue();
		assertThat(nord.status()).isEqualTo(ActionStatus.PARTIAL);
		assertThat(centreOuest.status()).isEqualTo(ActionStatus.DONE);
		Action mentalHealth = action(TerritoryScope.SUD, "3.1");
		assertThat(mentalHealth.titleFr()).isEqualTo("Concertation thématique Santé mentale");
		assertThat(mentalHealth.perspectivesFr()).isEqualTo("En 2025, 3 CT santé mentale par bassin seront organisées");
		assertThat(action(TerritoryScope.SUD, "3.3").status()).isEqualTo(ActionStatus.POSTPONED);
	}

	@Test
	void theStandbyRegionalActionIsTheClinicalConsultationOrganiser() {
		// Annex 2: "Projet en standby vu l'absence d'organisateur·rices de concertation".
		assertThat(actions(TerritoryScope.REGION)).filteredOn((a) -> a.status() == ActionStatus.STANDBY)
			.extracting(Action::titleFr)
			.containsExactly("Organisateur de concertation clinique social-santé");
	}

	private List<Action> actions(TerritoryScope territory) {
		return this.plans.actions(this.plans.plan(territory, 2024).orElseThrow().id());
	}

	private Action action(TerritoryScope territory, String reference) {
		return actions(territory).stream().filter((a) -> a.reference().equals(reference)).findFirst().orElseThrow();
	}

}
