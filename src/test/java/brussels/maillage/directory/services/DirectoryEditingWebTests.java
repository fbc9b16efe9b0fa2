package brussels.maillage.directory.services;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import brussels.maillage.directory.DirectoryEditingFixtures;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors change the directory over real HTTP: the edit form and its messages, the
 * history, closures and themes (the review queue and the public's reports:
 * {@code review.ReviewWebTests}; the synonyms: {@code taxonomy.SynonymsWebTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryEditingWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	ServiceEditing editing;

	private RegisterService registered(Instant verifiedAt) {
		return DirectoryEditingFixtures.registered(this.directory, verifiedAt);
	}

	private static List<Map.Entry<String, String>> form(RegisterService service, String nameFr, String nameNl,
			String email, String url, String opens, String closes) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		service.locationIds().forEach((id) -> fields.add(Map.entry("locationIds", id.toString())));
		fields.add(Map.entry("nameFr", nameFr));
		fields.add(Map.entry("nameNl", nameNl));
		fields.add(Map.entry("nameEn", ""));
		fields.add(Map.entry("descriptionFr", "Aide administrative, sur rendez-vous"));
		fields.add(Map.entry("status", "ACTIVE"));
		fields.add(Map.entry("kind", "SERVICE"));
		fields.add(Map.entry("cost", "FREE"));
		fields.add(Map.entry("languages", "fr"));
		fields.add(Map.entry("languages", "nl"));
		fields.add(Map.entry("targetGroups", "seniors"));
		fields.add(Map.entry("areaLevel", "COMMUNE"));
		fields.add(Map.entry("areaCommunes", "21016"));
		fields.add(Map.entry("phones", "02 123 45 67\n0470 12 34 56"));
		fields.add(Map.entry("email", email));
		fields.add(Map.entry("url", url));
		fields.add(Map.entry("minimumAge", "60"));
		fields.add(Map.entry("hours[0].day", "MONDAY"));
		fields.add(Map.entry("hours[0].opens", opens));
		fields.add(Map.entry("hours[0].closes", closes));
		fields.add(Map.entry("internalNote", "Demander Fatima"));
		return fields;
	}

	private WebSession editor() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		return session;
	}

	@Test
	void anEditorChangesAServiceThePublicPageShowsItAndTheHistorySaysWhoAndWhen() {
		RegisterService service = registered(null);
		WebSession session = editor();
		HttpResponse<String> edit = session.get("/staff/repertoire/services/" + service.id() + "/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"Permanence sociale test\"");
		HttpResponse<String> saved = session.post("/staff/repertoire/services/" + service.id() + "/edit",
				form(service, "Permanence sociale d'Uccle", "Sociale permanentie test", "accueil@uccle-test.be",
						"https://www.uccle-test.be", "09:00", "12:30"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/repertoire/services/" + service.id());

		String page = new WebSession(this.port).get("/repertoire/services/" + service.id()).body();
		assertThat(page).contains("Permanence sociale d&#39;Uccle")
			.contains("accueil@uccle-test.be")
			.contains("0470 12 34 56")
			.contains("09:00 – 12:30")
			.doesNotContain("Adresse secrète")
			.doesNotContain("Demander Fatima");
		String staffPage = session.get("/repertoire/services/" + service.id()).body();
		assertThat(staffPage).contains("Adresse secrète 7").contains("Demander Fatima");

		String history = session.get("/staff/repertoire/services/" + service.id() + "/history").body();
		assertThat(history).contains("nord@demo.maillage.brussels").contains("Modifié").contains("nom");
		assertThat(this.editing.history(service.id())).first()
			.satisfies((entry) -> assertThat(entry.fields()).contains("name", "email", "openingHours"));
		assertThat(this.directory.search(SearchQuery.of("permanence sociale uccle", null)).hits())
			.anyMatch((hit) -> hit.id().equals(service.id()));
	}

	@Test
	void badInputIsReportedNextToEachFieldAndNothingTypedIsLost() {
		RegisterService service = registered(null);
		WebSession session = editor();
		session.get("/staff/repertoire/services/" + service.id() + "/edit");
		HttpResponse<String> refused = session.post("/staff/repertoire/services/" + service.id() + "/edit",
				form(service, "", "", "pas-une-adresse", "www sans schéma", "17:00", "09:00"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Indiquez le nom, dans au moins une langue.")
			.contains("Indiquez une adresse e-mail valide")
			.contains("Indiquez une adresse web complète")
			.contains("L&#39;heure de fermeture doit suivre l&#39;heure d&#39;ouverture.")
			.contains("id=\"nameFr-error\"")
			.contains("href=\"#hours-0-closes\"")
			.contains("value=\"pas-une-adresse\"")
			.contains("Demander Fatima")
			.contains("value=\"www sans schéma\"");
		assertThat(this.directory.service(service.id()).orElseThrow().name().fr()).isEqualTo("Permanence sociale test");

		WebSession dutch = new WebSession(this.port).language("nl");
		dutch.login("nord@demo.maillage.brussels", PASSWORD);
		dutch.get("/staff/repertoire/services/" + service.id() + "/edit");
		String nl = dutch
			.post("/staff/repertoire/services/" + service.id() + "/edit",
					form(service, "", " ", "x@", "ftp://x", "9h", "10:00"))
			.body();
		assertThat(nl).contains("Vul de naam in, in minstens één taal.")
			.contains("Vul een geldig e-mailadres in")
			.contains("Vul een volledig webadres in")
			.contains("Vul een uur in als 09:00.");
	}

	@Test
	void aPlaceNeedsABrusselsPostcode() {
		RegisterService service = registered(null);
		WebSession session = editor();
		String path = "/staff/repertoire/organizations/" + service.organizationId() + "/locations/new";
		session.get(path);
		for (String postcode : new String[] { "9999", "2000" }) {
			HttpResponse<String> refused = session.post(path,
					Map.of("address", "Rue de la Loi 16", "postcode", postcode, "latitude", "", "longitude", ""));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("n&#39;est pas un code postal de la Région de Bruxelles-Capitale")
				.contains("value=\"Rue de la Loi 16\"");
		}
		assertThat(session.post(path, Map.of("address", "", "postcode", "12a")).body())
			.contains("Indiquez la rue et le numéro.")
			.contains("Un code postal compte quatre chiffres");
		HttpResponse<String> saved = session.post(path, Map.of("address", "Rue de la Loi 16", "postcode", "1040",
				"latitude", "50.8333", "longitude", "4.3890"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.editing.locationsOf(service.organizationId()))
			.anyMatch((place) -> place.address().equals("Rue de la Loi 16") && "21005".equals(place.communeNis()));
	}

	@Test
	void aClosedServiceLeavesTheSearchButSyncingClientsLearnOfTheClosure() {
		RegisterService service = registered(null);
		Instant before = Instant.now().minusSeconds(5);
		RegisterService closed = new RegisterService(service.id(), service.organizationId(), service.name(),
				service.description(), null, null, null, ServiceStatus.CLOSED, service.kind(), null, null, null, null,
				service.cost(), service.languages(), service.targetGroups(), service.areaLevel(), service.areaCodes(),
				service.locationIds(), service.phones(), List.of(), List.of(), null, null);
		this.editing.update(closed, null, "test");
		WebSession api = new WebSession(this.port);
		assertThat(api.get("/api/hsds/services?search=permanence+sociale+test&per_page=100").body())
			.doesNotContain(service.id().toString());
		String changes = api.get("/api/hsds/services?per_page=100&modified_after=" + before).body();
		assertThat(changes).contains(service.id().toString()).contains("\"defunct\"");
	}

	@Test
	void editorsAddAndRenameThemesAndTheSearchFollows() {
		RegisterService service = registered(null);
		WebSession session = editor();
		session.get("/staff/repertoire/themes");
		assertThat(
				session
					.post("/staff/repertoire/themes",
							Map.of("code", "Pas Bon!", "parent", "home_care", "labelFr", "", "labelNl", "", "labelEn",
									""))
					.body())
			.contains("Le code compte de 2 à 40")
			.contains("Indiquez le libellé");
		assertThat(
				session
					.post("/staff/repertoire/themes",
							Map.of("code", "odd_jobs", "parent", "home_care", "labelFr", "Bricolage solidaire",
									"labelNl", "Klusjesdienst", "labelEn", ""))
					.statusCode())
			.isEqualTo(302);
		RegisterService themed = new RegisterService(service.id(), service.organizationId(), service.name(),
				service.description(), null, null, null, service.status(), service.kind(), null, null, null, null,
				service.cost(), service.languages(), service.targetGroups(), service.areaLevel(), service.areaCodes(),
				service.locationIds(), service.phones(), List.of(), List.of("odd_jobs"), null, null);
		this.editing.update(themed, null, "test");
		assertThat(this.directory.search(SearchQuery.of("klusjesdienst", null)).hits())
			.anyMatch((hit) -> hit.id().equals(service.id()));
		session.get("/staff/repertoire/themes/odd_jobs");
		assertThat(session
			.post("/staff/repertoire/themes/odd_jobs",
					Map.of("labelFr", "Petits travaux", "labelNl", "Klusjesdienst", "labelEn", "Odd jobs"))
			.statusCode()).isEqualTo(302);
		assertThat(this.directory.search(SearchQuery.of("petits travaux", null)).hits())
			.anyMatch((hit) -> hit.id().equals(service.id()));
	}

	@Test
	void filtersByAudienceAndOpeningTime() {
		SearchResults seniors = this.directory
			.search(new SearchQuery(null, null, null, false, null, null, null, null, 0, 100, "seniors", null));
		assertThat(seniors.total()).isPositive().isLessThan(this.directory.countServices());
		seniors.hits()
			.forEach((hit) -> assertThat(this.directory.service(hit.id()).orElseThrow().targetGroups())
				.contains("seniors"));
		LocalDateTime mondayMorning = LocalDateTime.of(2026, 11, 23, 10, 0);
		SearchResults open = this.directory
			.search(new SearchQuery(null, null, null, false, null, null, null, null, 0, 100, null, mondayMorning));
		assertThat(open.total()).isPositive();
		open.hits()
			.forEach((hit) -> assertThat(this.directory.service(hit.id()).orElseThrow().openingHours())
				.anyMatch((hours) -> hours.day() == mondayMorning.getDayOfWeek()
						&& !hours.opensAt().isAfter(mondayMorning.toLocalTime())
						&& hours.closesAt().isAfter(mondayMorning.toLocalTime())));
		SearchResults night = this.directory.search(new SearchQuery(null, null, null, false, null, null, null, null, 0,
				100, null, LocalDateTime.of(2026, 11, 22, 3, 0)));
		assertThat(night.total()).isLessThan(open.total());
		String page = new WebSession(this.port).get("/repertoire?audience=seniors&open=true&q=aide").body();
		assertThat(page).contains("<option value=\"seniors\" selected=\"selected\">")
			.contains("id=\"open\" name=\"open\" type=\"checkbox\" value=\"true\" checked=\"checked\"");
	}

}
