package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A package's virtual places ({@code location_type} {@code virtual}, with a url) and its
 * contacts (of the organisation, a service, a place, a service at a place) are kept,
 * written back by the export and shown on the service's page. The package
 * ({@code hsds/online}) is written by hand from the HSDS 3.1 schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlinePlacesAndContactsTests {

	static final UUID VIDEO_CONSULTATION = UUID.fromString("0a6e1c4b-3d2f-4e8a-9b7c-1d2e3f4a5b01");

	static final UUID CHAT = UUID.fromString("0a6e1c4b-3d2f-4e8a-9b7c-1d2e3f4a5b02");

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@Autowired
	DirectoryExport export;

	@Autowired
	JdbcClient jdbc;

	private Map<String, byte[]> files;

	private ImportReport report;

	@BeforeAll
	void importThePackage() throws IOException {
		this.files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:hsds/online/*")) {
			this.files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		this.report = this.hsds.importPackage(this.files, new ImportOptions("fr", false, "clairiere-test", false));
	}

	@Test
	void keepsTheVirtualPlacesAndEveryContactWithoutWarning() {
		assertThat(this.report.errors()).isEmpty();
		// added on a first import; unchanged when another test class imported it first
		// into the shared test database
		assertThat(this.report.added() + this.report.changed() + this.report.unchanged()).isEqualTo(2);
		assertThat(this.report.warnings()).extracting(ImportReport.Problem::table)
			.doesNotContain("contact", "location", "service_at_location", "phone");
		assertThat(this.jdbc.sql("select name, url from virtual_location order by name")
			.query((rs, row) -> tuple(rs.getString("name"), rs.getString("url")))
			.list()).contains(tuple("Chat Clairière", "https://chat.clairiere.example/ecoute"),
					tuple("Vidéoconsultation", "https://video.clairiere.example"));
		assertThat(this.jdbc.sql("""
				select v.url from service_at_virtual_location sv join virtual_location v on v.id = sv.location_id
				where sv.service_id = ?""").param(VIDEO_CONSULTATION).query(String.class).list())
			.containsExactly("https://video.clairiere.example");
		assertThat(
				this.jdbc.sql("select name from contact where id::text like '4f5a6b7c-%'").query(String.class).list())
			.containsExactlyInAnyOrder("Lina Direction", "Marc Accueil", "Équipe du chat", "Accueil du centre");
		assertThat(this.jdbc.sql("select service_id from contact where name = 'Accueil du centre'")
			.query(UUID.class)
			.single()).as("a contact of a service at a place is the service's").isEqualTo(VIDEO_CONSULTATION);
	}

	@Test
	void keepsThePhonesOfContacts() {
		assertThat(this.jdbc
			.sql("""
					select c.name, p.number, p.type, p.description from contact_phone p join contact c on c.id = p.contact_id
					where p.id::text like '5a6b7c8d-%'""")
			.query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactlyInAnyOrder(tuple("Marc Accueil", "02 511 22 33", "voice", "Ligne directe de Marc"),
					tuple("Équipe du chat", "0470 12 34 56", "text", "Écoute par SMS"));
		assertThat(
				this.jdbc.sql("select count(*) from phone where id::text like '5a6b7c8d-%'").query(Long.class).single())
			.as("not taken as a phone of the organisation or of a service")
			.isZero();
	}

	@Test
	void theServicePageSaysOnlineWithTheLinkAndListsTheContacts() {
		String french = new WebSession(this.port).language("fr").get("/repertoire/services/" + CHAT).body();
		assertThat(french).contains("En ligne")
			.contains("href=\"https://chat.clairiere.example/ecoute\"")
			.contains("Chat Clairière")
			.contains("Personne de contact")
			.contains("Équipe du chat")
			.contains("mailto:chat@clairiere.example")
			.as("the organisation's contact too")
			.contains("Lina Direction, Directrice")
			.as("not the other service's contact")
			.doesNotContain("Marc Accueil");
		String dutch = new WebSession(this.port).language("nl")
			.get("/repertoire/services/" + VIDEO_CONSULTATION)
			.body();
		assertThat(dutch).contains("Online")
			.contains("href=\"https://video.clairiere.example\"")
			.contains("Contactpersoon")
			.contains("Marc Accueil, Psychologue, Consultations")
			.contains("Accueil du centre")
			.contains("Rue du Marché aux Herbes 20")
			.doesNotContain("Équipe du chat");
	}

	@Test
	void theExportWritesThemBackAsHsds() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", List.of(VIDEO_CONSULTATION, CHAT), out);
		Map<String, byte[]> exported = HsdsImport.unzip(out.toByteArray());
		assertThat(csv(exported, "locations.csv")).filteredOn((row) -> row.get("location_type").equals("virtual"))
			.extracting((row) -> row.get("name"), (row) -> row.get("url"))
			.containsExactlyInAnyOrder(tuple("Chat Clairière", "https://chat.clairiere.example/ecoute"),
					tuple("Vidéoconsultation", "https://video.clairiere.example"));
		assertThat(csv(exported, "service_at_location.csv")).extracting((row) -> row.get("id"))
			.contains("3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a02", "3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a03");
		assertThat(csv(exported, "contacts.csv"))
			.extracting((row) -> row.get("name"), (row) -> row.get("organization_id"), (row) -> row.get("service_id"),
					(row) -> row.get("location_id"), (row) -> row.get("email"))
			.containsExactlyInAnyOrder(
					tuple("Lina Direction", "6b1f3c2e-8d4a-4f5b-9c1d-2e3f4a5b6c7d", "", "",
							"direction@clairiere.example"),
					tuple("Marc Accueil", "", VIDEO_CONSULTATION.toString(), "", "consultations@clairiere.example"),
					tuple("Équipe du chat", "", "", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e02", "chat@clairiere.example"),
					tuple("Accueil du centre", "", VIDEO_CONSULTATION.toString(), "", ""));

		assertThat(csv(exported, "phones.csv")).filteredOn((row) -> !row.get("contact_id").isEmpty())
			.extracting((row) -> row.get("id"), (row) -> row.get("contact_id"), (row) -> row.get("service_id"),
					(row) -> row.get("number"), (row) -> row.get("type"))
			.containsExactlyInAnyOrder(
					tuple("5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c01", "4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f6a7b02", "",
							"02 511 22 33", "voice"),
					tuple("5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c02", "4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f6a7b03", "",
							"0470 12 34 56", "text"));

		// Imported again, the export changes nothing.
		ImportReport again = this.hsds.importPackage(exported, new ImportOptions("fr", false, "clairiere-test", false));
		assertThat(again.errors()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from contact where id::text like '4f5a6b7c-%'")
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from contact_phone where id::text like '5a6b7c8d-%'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from service_at_virtual_location where service_id in (?, ?)")
			.params(VIDEO_CONSULTATION, CHAT)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private static List<CSVRecord> csv(Map<String, byte[]> files, String name) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8)))
			.getRecords();
	}

}
