package brussels.maillage.governance;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.PlanRefused;
import brussels.maillage.plans.plan.PlanStatus;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static brussels.maillage.governance.GovernanceWebTests.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan is validated by a decision of its territory's council: the meeting named must be
 * one of that council (the bassin's council, the regional council for the region and for
 * the palliative platform).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanValidationMeetingWebTests {

	/** A year of plans no other test uses. */
	private static final int YEAR = 2093;

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	PlansService plans;

	@Autowired
	Clock clock;

	@Test
	void aBassinPlanIsValidatedAtAMeetingOfThatBassinsCouncilOnlyWithTheMessageNextToTheField() {
		Body consultation = GovernanceFixtures.consultation(this.bodies, "Concertation Validation");
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Validation");
		UUID notACouncil = GovernanceFixtures.heldMeeting(this.meetings, this.clock, consultation,
				LocalDate.of(YEAR - 1, 11, 17), null);
		UUID sudCouncil = GovernanceFixtures.heldMeeting(this.meetings, this.clock, council,
				LocalDate.of(YEAR - 1, 12, 8), null);
		UUID plan = proposed(TerritoryScope.SUD);

		WebSession coordinator = new WebSession(this.port).language("fr");
		coordinator.login("coordination@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		coordinator.get("/staff/plans/" + plan);
		HttpResponse<String> refused = coordinator.post("/staff/plans/" + plan + "/status",
				Map.of("status", "VALIDATED", "decisionText", "Le conseil valide le plan " + YEAR + ".", "decidedOn",
						(YEAR - 1) + "-11-17", "meetingId", notACouncil.toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused)).contains("id=\"meetingId-error\"",
				"Cette réunion n'est pas une réunion du conseil de ce territoire",
				"Le conseil valide le plan " + YEAR + ".", "value=\"" + notACouncil + "\"");
		assertThat(this.plans.plan(plan).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);

		HttpResponse<String> validated = coordinator.post("/staff/plans/" + plan + "/status",
				Map.of("status", "VALIDATED", "decisionText", "Le conseil valide le plan " + YEAR + ".", "decidedOn",
						(YEAR - 1) + "-12-08", "meetingId", sudCouncil.toString()));
		assertThat(validated.statusCode()).isEqualTo(302);
		assertThat(this.plans.plan(plan).orElseThrow().status()).isEqualTo(PlanStatus.VALIDATED);
		assertThat(this.plans.plan(plan).orElseThrow().councilMeetingId()).isEqualTo(sudCouncil);
	}

	@Test
	void theRegionAndThePalliativePlatformAreValidatedByTheRegionalCouncil() {
		Body car = this.bodies.body("CAR").orElseThrow();
		Body sudCouncil = GovernanceFixtures.council(this.bodies, "Conseil Région");
		UUID regional = GovernanceFixtures.heldMeeting(this.meetings, this.clock, car, LocalDate.of(YEAR - 1, 11, 24),
				null);
		UUID bassin = GovernanceFixtures.heldMeeting(this.meetings, this.clock, sudCouncil,
				LocalDate.of(YEAR - 1, 11, 25), null);
		LocalDate day = LocalDate.of(YEAR - 1, 11, 24);

		UUID region = proposed(TerritoryScope.REGION);
		assertThatThrownBy(
				() -> this.plans.changeStatus(region, PlanStatus.VALIDATED, bassin, "Validé.", day, null, "test"))
			.isInstanceOf(PlanRefused.class)
			.extracting((ex) -> ((PlanRefused) ex).messageKey())
			.isEqualTo("plans.error.meeting");
		this.plans.changeStatus(region, PlanStatus.VALIDATED, regional, "Validé.", day, null, "test");
		assertThat(this.plans.plan(region).orElseThrow().status()).isEqualTo(PlanStatus.VALIDATED);

		UUID palliative = proposed(TerritoryScope.PALLIATIVE);
		assertThatThrownBy(
				() -> this.plans.changeStatus(palliative, PlanStatus.VALIDATED, bassin, "Validé.", day, null, "test"))
			.isInstanceOf(PlanRefused.class);
		this.plans.changeStatus(palliative, PlanStatus.VALIDATED, regional, "Validé.", day, null, "test");
		assertThat(this.plans.plan(palliative).orElseThrow().status()).isEqualTo(PlanStatus.VALIDATED);

		// The palliative platform's plan may also be validated without a council meeting.
		UUID later = this.plans.createPlan(TerritoryScope.PALLIATIVE, YEAR + 1, "test");
		this.plans.changeStatus(later, PlanStatus.PROPOSED, null, null, null, null, "test");
		this.plans.changeStatus(later, PlanStatus.VALIDATED, null, "Validé par l'équipe.", day, null, "test");
		assertThat(this.plans.plan(later).orElseThrow().status()).isEqualTo(PlanStatus.VALIDATED);
	}

	private UUID proposed(TerritoryScope territory) {
		UUID plan = this.plans.createPlan(territory, YEAR, "test");
		this.plans.changeStatus(plan, PlanStatus.PROPOSED, null, null, null, null, "test");
		return plan;
	}

}
