package brussels.maillage.focus.repertoires;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Focus hears the directory: an editor closes or verifies a listed service on the
 * directory's own pages, and each repertoire listing it is checked again at once (not at
 * the next daily check), through the directory's {@code ServiceClosed} and
 * {@code ServiceChanged} events and the event publication registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnableScenarios
class FocusDirectoryChangesTests {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	FocusService focus;

	@Test
	void anEditorClosingAListedServiceFlagsItInTheRepertoireAtOnce(Scenario scenario) {
		RegisterService service = service(Instant.now());
		UUID repertoire = publishedListing(service.id());
		Repertoire published = this.focus.repertoire(repertoire).orElseThrow();
		assertThat(published.flagged()).as("verified today and open: nothing to review").isZero();
		Instant checkedAt = published.checkedAt();
		assertThat(checkedAt).isNotNull();

		WebSession editor = editor();
		String edit = "/staff/repertoire/services/" + service.id() + "/edit";
		assertThat(editor.get(edit).statusCode()).isEqualTo(200);
		scenario.stimulate(() -> editor.post(edit, form(service, "CLOSED")))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> this.focus.repertoire(repertoire).orElseThrow(),
					(checked) -> checked.flagged() == 1)
			.andVerify((Repertoire checked, HttpResponse<String> saved) -> {
				assertThat(saved.statusCode()).as("the edit was saved").isEqualTo(302);
				assertThat(checked.checkedAt()).as("checked again after the closure").isAfter(checkedAt);
			});

		String page = new WebSession(this.port).get("/focus/" + slugOf(repertoire)).body();
		assertThat(page).contains("Ce service a fermé.").contains("1 service à revoir");
	}

	@Test
	void verifyingAStaleListedServiceTakesItsFlagAwayAtOnce(Scenario scenario) {
		RegisterService service = service(Instant.now().minus(800, ChronoUnit.DAYS));
		UUID repertoire = publishedListing(service.id());
		assertThat(this.focus.repertoire(repertoire).orElseThrow().flagged()).as("not verified for two years")
			.isEqualTo(1);

		WebSession editor = editor();
		assertThat(editor.get("/repertoire/services/" + service.id()).statusCode()).isEqualTo(200);
		scenario.stimulate(() -> editor.post("/staff/repertoire/services/" + service.id() + "/verify", Map.of()))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> this.focus.repertoire(repertoire).orElseThrow(),
					(checked) -> checked.flagged() == 0)
			.andVerify((Repertoire checked, HttpResponse<String> verified) -> assertThat(verified.statusCode())
				.as("the verification was saved")
				.isEqualTo(302));
		assertThat(new WebSession(this.port).get("/focus/" + slugOf(repertoire)).body())
			.contains("aucun service à revoir")
			.doesNotContain("Informations non vérifiées depuis plus d");
	}

	private String slugOf(UUID repertoire) {
		return this.focus.repertoire(repertoire).orElseThrow().slug();
	}

	private WebSession editor() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		return session;
	}

	/** A published repertoire with one section listing the service. */
	private UUID publishedListing(UUID serviceId) {
		String slug = "evenements-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.focus.create(slug, LocalizedText.of("Aide à domicile", "Thuishulp", null),
				LocalizedText.of("Pour les proches.", "Voor de naasten.", null), "test@focus");
		UUID section = this.focus.addSection(id, LocalizedText.of(null, null, null), AreaLevel.COMMUNE);
		assertThat(this.focus.addService(id, section, serviceId, LocalizedText.of("Sur rendez-vous.", null, null)))
			.isTrue();
		assertThat(this.focus.publish(id)).isEmpty();
		return id;
	}

	private RegisterService service(Instant verifiedAt) {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(),
				"Maison Focus " + UUID.randomUUID(), LocalizedText.of("Organisation de test", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue Josaphat 10", "1030", "Schaerbeek", "21015",
						50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Aide familiale test", "Gezinshulp test", null),
				LocalizedText.of("Aide à domicile pour les familles.", null, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"),
				List.of("adults"), AreaLevel.COMMUNE, List.of("21015"), List.of(organization.locations().get(0).id()),
				List.of("02 555 12 34"), List.of(), List.of(), verifiedAt, "test@focus");
		this.directory.register(service, "test");
		return service;
	}

	/** The editor's form of the service as registered, with another status. */
	private static List<Map.Entry<String, String>> form(RegisterService service, String status) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		service.locationIds().forEach((id) -> fields.add(Map.entry("locationIds", id.toString())));
		fields.add(Map.entry("nameFr", service.name().fr()));
		fields.add(Map.entry("nameNl", service.name().nl()));
		fields.add(Map.entry("nameEn", ""));
		fields.add(Map.entry("descriptionFr", service.description().fr()));
		fields.add(Map.entry("status", status));
		fields.add(Map.entry("kind", "SERVICE"));
		fields.add(Map.entry("cost", "FREE"));
		fields.add(Map.entry("languages", "fr"));
		fields.add(Map.entry("targetGroups", "adults"));
		fields.add(Map.entry("areaLevel", "COMMUNE"));
		fields.add(Map.entry("areaCommunes", "21015"));
		fields.add(Map.entry("phones", "02 555 12 34"));
		return fields;
	}

}
