package brussels.maillage.territory.reference;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.AssignmentStatus;
import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator changes assignments: the change shows in the history, the audit log
 * and the next placement, and survives the loader running again as at a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerritoryAssignmentTests {

	static final double[] BERLAYMONT = { 50.8436, 4.3826 };

	@LocalServerPort
	int port;

	@Autowired
	TerritoryService territory;

	@Autowired
	TerritoryLoader loader;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorAssignsRueDeLaLoiAndTheChangeSurvivesARestart() {
		assertThat(this.territory.place(BERLAYMONT[0], BERLAYMONT[1]).certainty()).isEqualTo(Certainty.UNRESOLVED);
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		HttpResponse<String> form = admin.get("/admin/territory/21004B");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("BRUXELLES-RUE DE LA LOI", "Loaded from the reference data");

		HttpResponse<String> saved = admin.post("/admin/territory/21004B", Map.of("bassin", "SUD_EST", "status",
				"INFERRED", "reason", "Test: European quarter next to Etterbeek"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/territory/21004B"));

		Placement placement = this.territory.place(BERLAYMONT[0], BERLAYMONT[1]);
		assertThat(placement.bassin()).isEqualTo("SUD_EST");
		assertThat(placement.certainty()).isEqualTo(Certainty.INFERRED);
		assertThat(this.territory.history("21004B")).first().satisfies((change) -> {
			assertThat(change.oldBassin()).isNull();
			assertThat(change.newBassin()).isEqualTo("SUD_EST");
			assertThat(change.oldStatus()).isEqualTo(AssignmentStatus.UNRESOLVED);
			assertThat(change.reason()).isEqualTo("Test: European quarter next to Etterbeek");
			assertThat(change.changedBy()).isEqualTo("admin@demo.maillage.brussels");
		});
		assertThat(this.audit.forRecord("submunicipality", "21004B"))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("territory.assignment.changed"));
		String page = admin.get("/admin/territory/21004B").body();
		assertThat(page).contains("Test: European quarter next to Etterbeek");
		assertThat(between(page, "<dl", "</dl>")).as("the current assignment names its bassin")
			.contains("Bassin Sud-Est");
		assertThat(between(page, "<tbody", "</tbody>")).as("the history names the new bassin")
			.contains("Bassin Sud-Est (");
		assertThat(admin.get("/admin/territory").body()).as("the list names the bassin of a commune's area")
			.containsPattern("21001A</span></th>\\s*<td>Anderlecht</td>\\s*<td>Bassin Centre-Ouest</td>");
		assertThat(admin.get("/admin/territory/21001A").body()).as("French elision before a vowel")
			.contains("Attribution d&#39;ANDERLECHT-CENTRE (21001A)");

		this.loader.load();
		assertThat(this.territory.place(BERLAYMONT[0], BERLAYMONT[1]).bassin()).isEqualTo("SUD_EST");
		assertThat(this.territory.submunicipality("21004B").orElseThrow().source())
			.isEqualTo("Test: European quarter next to Etterbeek");

		this.territory.changeAssignment("21004B", null, AssignmentStatus.UNRESOLVED, "Test over: back as loaded");
		assertThat(this.territory.place(BERLAYMONT[0], BERLAYMONT[1]).certainty()).isEqualTo(Certainty.UNRESOLVED);
	}

	@Test
	void refusesAChangeWithoutAReasonOrWithAStatusThatDoesNotFit() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		admin.get("/admin/territory/21004D");
		HttpResponse<String> response = admin.post("/admin/territory/21004D",
				Map.of("bassin", "NORD", "status", "UNRESOLVED", "reason", " "));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("error-summary", "Indiquez la raison du changement",
				"Une zone attribuée à un bassin est vérifiée ou déduite");
		assertThat(this.territory.submunicipality("21004D").orElseThrow().bassin()).isNull();
	}

	@Test
	void placesByQuartierOnceTheSectorHasOne() {
		Placement before = this.territory.place(BERLAYMONT[0], BERLAYMONT[1]);
		this.jdbc.sql("""
				insert into territory_quartier (code, name, bassin_code, assignment_status, assignment_source)
				values ('TEST-Q', '{"fr": "Quartier de test"}', 'SUD_EST', 'verified', 'test annex')""").update();
		this.jdbc.sql("update territory_sector set quartier_code = 'TEST-Q' where code = ?")
			.param(before.sector())
			.update();
		try {
			this.territory.refresh();
			Placement placement = this.territory.place(BERLAYMONT[0], BERLAYMONT[1]);
			assertThat(placement.quartier()).isEqualTo("TEST-Q");
			assertThat(placement.bassin()).isEqualTo("SUD_EST");
			assertThat(placement.certainty()).isEqualTo(Certainty.EXACT);
		}
		finally {
			this.jdbc.sql("update territory_sector set quartier_code = null where quartier_code = 'TEST-Q'").update();
			this.jdbc.sql("delete from territory_quartier where code = 'TEST-Q'").update();
			this.territory.refresh();
		}
		assertThat(this.territory.place(BERLAYMONT[0], BERLAYMONT[1]).certainty()).isEqualTo(Certainty.UNRESOLVED);
	}

	@Test
	void keepsTheAdministrationForAdministrators() {
		assertThat(new WebSession(this.port).get("/admin/territory").statusCode()).isIn(302, 401, 403);
	}

	@Test
	void loadsTheReferenceDataOnceEvenWhenTheLoaderRunsAgain() {
		this.loader.load();
		this.loader.load();
		assertThat(this.jdbc.sql("select count(*) from territory_sector").query(Integer.class).single()).isEqualTo(724);
		assertThat(this.jdbc.sql("select count(*) from territory_submunicipality").query(Integer.class).single())
			.isEqualTo(27);
		assertThat(this.jdbc
			.sql("select count(*) from territory_assignment_change where area_code = '21015A' and changed_by = ?")
			.param(TerritoryRepository.REFERENCE_DATA)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		return page.substring(from, page.indexOf(end, from));
	}

}
