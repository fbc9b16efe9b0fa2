package brussels.maillage.helpdesk.requests;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.helpdesk.HelpdeskFixtures.PASSWORD;
import static brussels.maillage.helpdesk.HelpdeskFixtures.saved;
import static brussels.maillage.helpdesk.HelpdeskFixtures.simpleRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking requests over real HTTP: the form, its checks, the privacy warning, the
 * territory restriction with its audit trail, transfers and the retention job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob retention;

	@Autowired
	HelpdeskCounts helpdesk;

	@Autowired
	StatisticsAggregateRepository aggregates;

	WebSession staff(String who) {
		WebSession session = new WebSession(this.port);
		assertThat(session.login(who + "@demo.maillage.brussels", PASSWORD)).doesNotContain("error");
		return session;
	}

	List<SearchHit> services(String text) {
		return this.directory.search(SearchQuery.of(text, Place.NOWHERE)).hits();
	}

	@Test
	void aRespondentTakesARequestWithTwoOrientationsAndFindsItAgain() {
		WebSession nord = staff("nord");
		HttpResponse<String> form = nord.get("/staff/helpdesk/requests/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Guide du répondant").contains("name=\"summary\"").contains("id=\"q\"");
		List<SearchHit> hits = services("aide familiale");
		assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
		Map<String, String> request = simpleRequest("NORD");
		request.put("orientations", hits.get(0).id() + "," + hits.get(1).id());
		long id = saved(nord.post("/staff/helpdesk/requests", request));

		String page = nord.get("/staff/helpdesk/requests/" + id).body();
		assertThat(page).contains("Ligne Nord")
			.contains("/repertoire/services/" + hits.get(0).id())
			.contains("/repertoire/services/" + hits.get(1).id())
			.contains("Clôturée")
			.contains("Schaerbeek");
		assertThat(this.jdbc.sql("select bassin from helpdesk_request where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("NORD_EST");
		assertThat(nord.get("/staff/helpdesk").body()).contains("/staff/helpdesk/requests/" + id);
	}

	@Test
	void theInlineSearchOffersDirectoryServicesAndKeepsTheChosenOnes() {
		WebSession nord = staff("nord");
		SearchHit chosen = services("aide familiale").get(0);
		String block = nord.get("/staff/helpdesk/orientations?q=aide+familiale&orientations=" + chosen.id()).body();
		assertThat(block).contains("id=\"orientation-hits\" role=\"status\"")
			.contains("hx-swap-oob=\"true\"")
			.contains("value=\"" + chosen.id() + "\" checked")
			.doesNotContain("id=\"q\"")
			.doesNotContain("<html");
		assertThat(block.indexOf("value=\"" + chosen.id() + "\""))
			.isEqualTo(block.lastIndexOf("value=\"" + chosen.id() + "\""));
		assertThat(block).contains("name=\"orientations\"");
	}

	@Test
	void anUnmetNeedNeedsAReason() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("NORD");
		request.put("unmetNeed", "true");
		HttpResponse<String> refused = nord.post("/staff/helpdesk/requests", request);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"unmetReason-error\"")
			.contains("Dites pourquoi aucun service ne convient");
		request.put("unmetReason", "Pas de place en court séjour dans le bassin.");
		long id = saved(nord.post("/staff/helpdesk/requests", request));
		assertThat(this.jdbc.sql("select unmet_need from helpdesk_request where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void badInputGetsAMessageNextToEachFieldAndKeepsWhatWasTyped() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("NOPE");
		request.put("receivedAt",
				LocalDateTime.now(HelpdeskService.TIME_ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString());
		request.remove("kind");
		request.put("followUpAction", "Rappeler le médecin");
		request.put("followUpDue", "2020-01-01");
		request.put("summary", "Texte tapé à garder");
		HttpResponse<String> page = nord.post("/staff/helpdesk/requests", request);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"line-error\"")
			.contains("Choisissez une ligne de la liste")
			.contains("id=\"receivedAt-error\"")
			.contains("ne peuvent pas être dans le futur")
			.contains("id=\"kind-error\"")
			.contains("id=\"followUpDue-error\"")
			.contains("avant la demande")
			.contains("Texte tapé à garder")
			.contains("value=\"Rappeler le médecin\"")
			.contains("aria-describedby=\"receivedAt-error\"")
			.contains("class=\"error-summary\"");
	}

	@Test
	void aNationalRegisterNumberInTheSummaryIsRefusedUntilConfirmed() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("NORD");
		request.put("summary", "Patient 85.07.30-033.28 sans médecin traitant");
		HttpResponse<String> refused = nord.post("/staff/helpdesk/requests", request);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"summary-error\"")
			.contains("numéro de registre national")
			.contains("id=\"confirmIdentifying\"")
			.contains("85.07.30-033.28");
		request.put("confirmIdentifying", "true");
		saved(nord.post("/staff/helpdesk/requests", request));
	}

	@Test
	void theIssuesSummaryWithANameANationalNumberAndAnAddressIsRefusedUntilConfirmed() {
		WebSession sud = staff("sud");
		sud.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("SUD");
		String summary = "Mevrouw Jeanne Peeters, rijksregisternummer 45.03.12-123.45, woont Rue Eloy 26 bus 3.";
		request.put("summary", summary);
		HttpResponse<String> refused = sud.post("/staff/helpdesk/requests", request);
		assertThat(refused.statusCode()).isEqualTo(200);
		String message = errorOf(refused.body(), "summary");
		assertThat(message).contains("numéro de registre national")
			.contains("nom d&#39;une personne")
			.contains("une adresse (rue et numéro)");
		assertThat(refused.body()).contains("id=\"confirmIdentifying\"").contains("Jeanne Peeters");

		request.put("summary", "Rijksregisternummer 45031212345.");
		assertThat(errorOf(sud.post("/staff/helpdesk/requests", request).body(), "summary"))
			.contains("numéro de registre national");

		request.put("confirmIdentifying", "true");
		request.put("summary", summary);
		long id = saved(sud.post("/staff/helpdesk/requests", request));
		assertThat(this.jdbc.sql("select summary from helpdesk_request where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(summary);
	}

	@Test
	void identifyingDataInTheUnmetReasonAndTheFollowUpsIsReportedNextToThatField() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new?lang=nl");
		Map<String, String> request = simpleRequest("NORD");
		request.put("unmetNeed", "true");
		request.put("unmetReason", "Meneer Janssens vindt geen plaats.");
		request.put("followUpAction", "Bezoek Kerkstraat 12");
		request.put("followUpDue", java.time.LocalDate.now(HelpdeskService.TIME_ZONE).plusDays(2).toString());
		String page = nord.post("/staff/helpdesk/requests", request).body();
		assertThat(errorOf(page, "unmetReason")).contains("de naam van een persoon");
		assertThat(errorOf(page, "followUpAction")).contains("een adres (straat en huisnummer)");
		assertThat(page).doesNotContain("id=\"summary-error\"").contains("id=\"confirmIdentifying\"");
		request.put("confirmIdentifying", "true");
		saved(nord.post("/staff/helpdesk/requests", request));
	}

	private static String errorOf(String page, String field) {
		Matcher matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page);
		assertThat(matcher.find()).as("an error next to " + field).isTrue();
		return matcher.group(1);
	}

	@Test
	void aSavedRequestNamesItsThemesInTheReadersLanguage() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("NORD");
		request.put("themes", "home_care,seniors");
		long id = saved(nord.post("/staff/helpdesk/requests", request));
		String french = nord.get("/staff/helpdesk/requests/" + id + "?lang=fr").body();
		assertThat(french).contains(">Aide et soins à domicile, Soutien aux personnes de plus de 60 ans<")
			.doesNotContain("home_care")
			.doesNotContain("seniors");
		String dutch = nord.get("/staff/helpdesk/requests/" + id + "?lang=nl").body();
		assertThat(dutch).contains(">Thuishulp en thuiszorg, Ondersteuning van 60-plussers<")
			.doesNotContain("home_care");
	}

	@Test
	void aTransferReasonWithANameIsRefusedUntilConfirmed() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		long id = saved(nord.post("/staff/helpdesk/requests", simpleRequest("NORD")));
		Map<String, String> transfer = new HashMap<>();
		transfer.put("toLine", "REGION");
		transfer.put("reason", "Madame Lambert rappellera la ligne régionale");
		nord.get("/staff/helpdesk/requests/" + id);
		HttpResponse<String> refused = nord.post("/staff/helpdesk/requests/" + id + "/transfer", transfer);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElse(""))
			.endsWith("/staff/helpdesk/requests/" + id + "#transfer");
		String page = nord.get("/staff/helpdesk/requests/" + id).body();
		assertThat(errorOf(page, "reason")).contains("le nom d&#39;une personne");
		assertThat(page).contains("value=\"Madame Lambert rappellera la ligne régionale\"")
			.contains("id=\"reasonConfirmIdentifying\"");
		assertThat(this.jdbc.sql("select count(*) from helpdesk_transfer where request_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		transfer.put("confirmIdentifying", "true");
		assertThat(nord.post("/staff/helpdesk/requests/" + id + "/transfer", transfer).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from helpdesk_transfer where request_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void staffOfSudCannotOpenARequestOfNordButACoordinatorCan() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		long id = saved(nord.post("/staff/helpdesk/requests", simpleRequest("NORD")));

		WebSession sud = staff("sud");
		HttpResponse<String> refused = sud.get("/staff/helpdesk/requests/" + id);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Accès refusé").doesNotContain("patient âgé");
		assertThat(sud.get("/staff/helpdesk").body()).doesNotContain("/staff/helpdesk/requests/" + id + "\"");
		assertThat(auditActions(id)).contains("helpdesk.request.denied");

		WebSession coordinator = staff("coordination");
		assertThat(coordinator.get("/staff/helpdesk/requests/" + id).statusCode()).isEqualTo(200);
		assertThat(auditActions(id)).contains("helpdesk.request.opened");
	}

	@Test
	void theCallersOrganisationIsFoundInTheDirectoryAndKeptAsALink() {
		brussels.maillage.directory.Organization organisation = this.directory.organizations(0, 1).get(0);
		String word = organisation.name().split("\\s+")[0];
		WebSession nord = staff("nord");
		String fragment = nord
			.get("/staff/helpdesk/organisations?organisationQuery=" + java.net.URLEncoder
				.encode(word.toUpperCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8))
			.body();
		assertThat(fragment).contains("id=\"organisation-status\"")
			.doesNotContain("id=\"organisationQuery\"")
			.contains("value=\"" + organisation.id() + "\"")
			.doesNotContain("<html");

		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> unknown = simpleRequest("NORD");
		unknown.put("organisation", java.util.UUID.randomUUID().toString());
		unknown.put("summary", "Texte gardé malgré l'erreur");
		HttpResponse<String> refused = nord.post("/staff/helpdesk/requests", unknown);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"organisation-error\"").contains("Texte gardé malgré l");

		Map<String, String> request = simpleRequest("NORD");
		request.put("organisation", organisation.id().toString());
		long id = saved(nord.post("/staff/helpdesk/requests", request));
		assertThat(this.jdbc.sql("select organisation_id from helpdesk_request where id = ?")
			.param(id)
			.query(java.util.UUID.class)
			.single()).isEqualTo(organisation.id());
		String page = nord.get("/staff/helpdesk/requests/" + id).body();
		assertThat(page).contains("id=\"caller-organisation\"");
		assertThat(nord.get("/staff/helpdesk/requests/" + id + "/edit").body())
			.contains("value=\"" + organisation.id() + "\" checked");
	}

	@Test
	void aRequestTransferredToAnotherLineKeepsItsHistory() {
		WebSession coordinator = staff("coordination");
		coordinator.get("/staff/helpdesk/requests/new");
		long id = saved(coordinator.post("/staff/helpdesk/requests", simpleRequest("REGION")));
		coordinator.get("/staff/helpdesk/requests/" + id);
		HttpResponse<String> moved = coordinator.post("/staff/helpdesk/requests/" + id + "/transfer",
				Map.of("toLine", "SUD", "reason", "Situation à Forest"));
		assertThat(moved.statusCode()).isEqualTo(302);
		String page = coordinator.get("/staff/helpdesk/requests/" + id).body();
		assertThat(page).contains("de Ligne régionale vers Ligne Sud").contains("Situation à Forest");
		assertThat(staff("sud").get("/staff/helpdesk/requests/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void theRetentionJobErasesOldFreeTextAndTheCountsStay() {
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> request = simpleRequest("NORD");
		request.put("summary", "Texte ancien à effacer");
		long id = saved(nord.post("/staff/helpdesk/requests", request));
		this.jdbc.sql("update helpdesk_request set received_at = timestamptz '2019-03-05 10:00+01' where id = ?")
			.param(id)
			.update();
		this.aggregates.rebuild();
		StatisticsReport before = this.helpdesk.statistics(StatisticsFilter.year(2019));
		assertThat(before.total()).isPositive();

		assertThat(this.retention.eraseBefore(java.time.Instant.parse("2020-01-01T00:00:00Z"))).isPositive();

		assertThat(this.jdbc.sql("select summary from helpdesk_request where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null)).isNull();
		StatisticsReport after = this.helpdesk.statistics(StatisticsFilter.year(2019));
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.byLine()).isEqualTo(before.byLine());
		assertThat(after.byTheme()).isEqualTo(before.byTheme());
		assertThat(nord.get("/staff/helpdesk/requests/" + id).body()).contains("Texte effacé")
			.doesNotContain("Texte ancien à effacer");
	}

	private List<String> auditActions(long id) {
		return this.jdbc.sql("select action from audit_entry where record_type = 'helpdesk_request' and record_id = ?")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
