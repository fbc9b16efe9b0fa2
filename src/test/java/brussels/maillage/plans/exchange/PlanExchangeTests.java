package brussels.maillage.plans.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A plan written out as XLSX or CSV and read back, on real PostgreSQL: unchanged after a
 * round trip, and refused as a whole, with errors by row and field, when a row is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanExchangeTests {

	private static final String HEADER = "territory-code,year,reference,origin-code,status-code,title-fr,deliverable-target,"
			+ "deliverable-value,deliverable-unit,deliverable-metric-code\n";

	@Autowired
	PlansService plans;

	@Autowired
	PlanImport imports;

	@Autowired
	PlanExport export;

	@Test
	void aPlanExportedToXlsxAndImportedBackIsUnchanged() throws IOException {
		UUID planId = fixturePlan(TerritoryScope.SUD_EST, 2091);
		Plan plan = this.plans.plan(planId).orElseThrow();
		List<Action> before = this.plans.actions(planId);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.export.write(List.of(plan), "xlsx", xlsx);

		ImportResult result = this.imports.importPlans(new ByteArrayInputStream(xlsx.toByteArray()), "plan.xlsx", false,
				null, "test");

		assertThat(result.problems()).isEmpty();
		assertThat(result.written()).isTrue();
		List<Action> after = this.plans.actions(planId);
		assertThat(comparable(after)).isEqualTo(comparable(before));
		assertThat(after).extracting(Action::id).isEqualTo(before.stream().map(Action::id).toList());
		// Texts a spreadsheet would take for a formula come back as typed.
		assertThat(after.get(0).deliverables()).extracting(Deliverable::targetText)
			.containsExactly("+35 participant·es", "=1 synthèse");
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		this.export.write(List.of(plan), "xlsx", again);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.export.write(List.of(plan), "csv", csv);
		ImportResult fromCsv = this.imports.importPlans(new ByteArrayInputStream(csv.toByteArray()), "plan.csv", false,
				null, "test");
		assertThat(fromCsv.problems()).isEmpty();
		assertThat(comparable(this.plans.actions(planId))).isEqualTo(comparable(before));
	}

	@Test
	void anImportWithAMissingReferenceOrAnUnknownMetricIsRefusedByRowAndFieldAndWritesNothing() throws IOException {
		String file = HEADER + "CENTRE_OUEST,2092,1,CONTINUING,ON_TRACK,Helpdesk,1000 dossiers,1000,dossiers,"
				+ "helpdesk.requests\n" + "CENTRE_OUEST,2092,,CONTINUING,ON_TRACK,Portes ouvertes,50 visiteurs,50,"
				+ "visiteurs,\n" + "CENTRE_OUEST,2092,3,CONTINUING,ON_TRACK,Brus'info,10 séances,10,séances,"
				+ "Brus Info Sessions\n";

		ImportResult result = this.imports.importPlans(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				"plan.csv", false, null, "test");

		assertThat(result.written()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::field)
			.containsExactlyInAnyOrder(tuple(3, "reference"), tuple(4, "deliverable-metric-code"));
		assertThat(this.plans.plan(TerritoryScope.CENTRE_OUEST, 2092)).isEmpty();
	}

	@Test
	void aDryRunReportsThePlansItWouldWriteAndWritesNothing() throws IOException {
		String file = HEADER + "NORD,2093,1,CONTINUING,ON_TRACK,Helpdesk,1000 dossiers,1000,dossiers,"
				+ "helpdesk.requests\n" + "NORD,2093,1,,,,1 Guide méthodologique interne,1,guide,\n";

		ImportResult result = this.imports.importPlans(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				"plan.csv", true, null, "test");

		assertThat(result.problems()).isEmpty();
		assertThat(result.written()).isFalse();
		assertThat(result.plans()).containsExactly(new ImportResult.PlanCount("NORD", 2093, 1));
		assertThat(this.plans.plan(TerritoryScope.NORD, 2093)).isEmpty();
	}

	@Test
	void bassinStaffCannotImportTheRegionsPlan() throws IOException {
		CurrentUser sud = new CurrentUser(999_001, "sud-test@example.org", "Sud", Set.of(Role.STAFF),
				Set.of(TerritoryScope.SUD), "x", true, false);
		String file = HEADER + "REGION,2094,1,CONTINUING,ON_TRACK,Helpdesk,6 lignes,6,lignes,helpdesk.requests\n";

		ImportResult result = this.imports.importPlans(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				"plan.csv", false, sud, "test");

		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
			.containsExactly(tuple(2, "territory-code", "plans.import.error.notYours"));
		assertThat(this.plans.plan(TerritoryScope.REGION, 2094)).isEmpty();
	}

	private UUID fixturePlan(TerritoryScope territory, int year) {
		UUID planId = this.plans.createPlan(territory, year, "test");
		UUID first = this.plans.addAction(planId,
				new ActionDraft("3.2", "Concertation thématique Prévention", "Thematisch overleg Preventie",
						"Suivre les actualités du bassin, « veille »; ajustements",
						"Opvolgen, ook met \"aanhalingstekens\"", "II.2.2 b", Origin.PROPOSAL, UUID.randomUUID(),
						"SUD_EST", List.of(TerritoryScope.SUD_EST, TerritoryScope.SUD), ActionStatus.ON_TRACK,
						"En 2025, 3 CT par bassin", "In 2025, 3 overlegmomenten per zorgzone"),
				"test");
		this.plans.addDeliverable(first, new Deliverable(null, "+35 participant·es", new BigDecimal("35"), "personnes",
				true, "governance.meetings.participants", false, null));
		this.plans.addDeliverable(first, new Deliverable(null, "=1 synthèse", null, null, false, null, true,
				"https://example.org/synthese.pdf"));
		this.plans.addMilestone(first, LocalDate.of(year, 3, 14), "Première rencontre");
		this.plans.addMilestone(first, LocalDate.of(year, 10, 2), "Synthèse publiée");
		this.plans.addAction(planId, new ActionDraft("10", "Séances d'information", null, null, null, null,
				Origin.CONTINUING, null, null, List.of(), ActionStatus.NOT_STARTED, null, null), "test");
		UUID third = this.plans
			.addAction(planId,
					new ActionDraft("2", null, "Enkel in het Nederlands", null, null, "II.2.3",
							Origin.AUTHORITY_REQUEST, null, "REGION", List.of(), ActionStatus.STANDBY, null, null),
					"test");
		this.plans.addDeliverable(third,
				new Deliverable(null, "2,5 jours", new BigDecimal("2.5"), "jours", false, "events.held", false, null));
		return planId;
	}

	/**
	 * The actions without the ids an import gives anew to deliverables and milestones.
	 */
	private static List<String> comparable(List<Action> actions) {
		return actions.stream()
			.map((a) -> ActionDraft.of(a) + " " + a.deliverables()
				.stream()
				.map((d) -> List.of(d.targetText(), String.valueOf(d.targetValue()), String.valueOf(d.unit()),
						d.perBassin(), String.valueOf(d.metricCode()), d.done(), String.valueOf(d.documentUrl())))
				.toList() + " " + a.milestones().stream().map((m) -> m.dueOn() + " " + m.label()).toList())
			.toList();
	}

}
