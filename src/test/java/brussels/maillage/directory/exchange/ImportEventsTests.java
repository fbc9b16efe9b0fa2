package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.ServicesChanged;
import brussels.maillage.directory.ServicesClosed;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.focus.FocusService;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's bulk path publishes one event for all the services it changed and one for
 * all those it closed (not one per service), and Focus checks the repertoires listing
 * them again at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnableScenarios
class ImportEventsTests {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	FocusService focus;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReimportPublishesOneEventForTheServicesItChangedAndOneForThoseItClosed(Scenario scenario) throws IOException {
		List<UUID> services = services(3);
		String source = "events-" + UUID.randomUUID();
		Map<String, byte[]> all = HsdsImport.unzip(export(services));
		assertThat(this.hsds.importPackage(all, new ImportOptions("fr", false, source, false)).written()).isTrue();
		UUID repertoire = publishedListing(services.get(2));
		assertThat(this.focus.repertoire(repertoire).orElseThrow().flagged()).isZero();
		Instant checkedAt = this.focus.repertoire(repertoire).orElseThrow().checkedAt();

		// The package renames the first two services and no longer has the third.
		Map<String, byte[]> renamed = HsdsImport.unzip(export(services.subList(0, 2)));
		assertThat(new String(renamed.get("services.csv"), StandardCharsets.UTF_8)).contains("Service importé 0")
			.contains("Service importé 1");
		renamed.replaceAll(
				(file, bytes) -> new String(bytes, StandardCharsets.UTF_8).replace("Service importé", "Service renommé")
					.getBytes(StandardCharsets.UTF_8));

		scenario.stimulate(() -> this.hsds.importPackage(renamed, new ImportOptions("fr", false, source, false)))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> this.focus.repertoire(repertoire).orElseThrow(),
					(checked) -> checked.flagged() == 1)
			.andVerifyEvents((events) -> {
				assertThat(events.ofType(ServicesChanged.class)).as("one event for the import's changes")
					.singleElement()
					.satisfies((changed) -> assertThat(changed.serviceIds()).containsExactlyInAnyOrder(services.get(0),
							services.get(1)));
				assertThat(events.ofType(ServicesClosed.class)).as("one event for the services it closed")
					.singleElement()
					.satisfies((closed) -> assertThat(closed.serviceIds()).containsExactly(services.get(2)));
			});
		assertThat(this.directory.service(services.get(2)).orElseThrow().status()).isEqualTo(ServiceStatus.CLOSED);
		assertThat(this.focus.repertoire(repertoire).orElseThrow().checkedAt()).isAfter(checkedAt);
	}

	@Test
	void anImportThatOnlyAddsServicesPublishesNothing(Scenario scenario) throws IOException {
		List<UUID> services = services(2);
		Map<String, byte[]> files = HsdsImport.unzip(export(services));
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", services).update();
		scenario
			.stimulate(() -> this.hsds.importPackage(files,
					new ImportOptions("fr", false, "added-" + UUID.randomUUID(), false)))
			.andWaitAtMost(AT_MOST)
			.andWaitForStateChange(() -> this.directory.service(services.get(1)).isPresent(), (present) -> present)
			.andVerifyEvents((events) -> {
				assertThat(events.ofType(ServicesChanged.class)).as("new services: nothing can list them yet")
					.isEmpty();
				assertThat(events.ofType(ServicesClosed.class)).isEmpty();
			});
	}

	private UUID publishedListing(UUID serviceId) {
		UUID id = this.focus.create("import-" + UUID.randomUUID().toString().substring(0, 8),
				LocalizedText.of("Importés", "Geïmporteerd", null), LocalizedText.of("Test.", "Test.", null),
				"test@import");
		UUID section = this.focus.addSection(id, LocalizedText.of(null, null, null), AreaLevel.REGION);
		assertThat(this.focus.addService(id, section, serviceId, LocalizedText.of(null, null, null))).isTrue();
		assertThat(this.focus.publish(id)).isEmpty();
		return id;
	}

	private List<UUID> services(int count) {
		UUID place = UUID.randomUUID();
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(),
				"Organisation des événements " + UUID.randomUUID(), LocalizedText.of("Une organisation", null, null),
				null, null, List.of(new ServiceLocation(place, "Antenne", "Rue Josaphat 10", "1030", "Schaerbeek",
						"21015", 50.86, 4.37, false)));
		this.directory.register(organization);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
					LocalizedText.of("Service importé " + i, null, null), LocalizedText.of("Soins.", null, null), null,
					null, null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE,
					List.of("fr"), List.of(), AreaLevel.REGION, List.of(), List.of(place), List.of("02 123 45 67"),
					List.of(), List.of("home_nursing"), Instant.now().truncatedTo(ChronoUnit.SECONDS), "test@import");
			this.directory.register(service, "test");
			ids.add(service.id());
		}
		return ids;
	}

	private byte[] export(List<UUID> ids) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", ids, out);
		return out.toByteArray();
	}

}
