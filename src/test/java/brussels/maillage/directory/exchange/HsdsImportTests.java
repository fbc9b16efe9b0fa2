package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * HSDS packages read back: the round trip export → import into an empty directory →
 * export, re-imports that change nothing, and broken packages that write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsImportTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aPackageExportedThenImportedIntoAnEmptyDirectoryExportsIdentically() throws IOException {
		Fixture fixture = fixture();
		byte[] first = export(fixture.services());
		remove(fixture);
		assertThat(this.directory.service(fixture.services().get(0))).isEmpty();

		ImportReport report = this.hsds.importPackage(HsdsImport.unzip(first), "fr");
		assertThat(report.errors()).isEmpty();
		assertThat(report.added()).isEqualTo(2);
		assertThat(this.directory.service(fixture.services().get(0)).orElseThrow().name().nl())
			.isEqualTo("Thuiszorg Rondreis");
		byte[] second = export(fixture.services());
		assertThat(HsdsImport.unzip(second))
			.allSatisfy((name, content) -> assertThat(new String(content, StandardCharsets.UTF_8)).as(name)
				.isEqualTo(new String(HsdsImport.unzip(first).get(name), StandardCharsets.UTF_8)));
		assertThat(second).isEqualTo(first);

		ImportReport again = this.hsds.importPackage(HsdsImport.unzip(second), "fr");
		assertThat(again.errors()).isEmpty();
		assertThat(again.added()).isZero();
		assertThat(again.changed()).as("re-importing the same package changes nothing").isZero();
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void aChangedPackageUpdatesByIdAndSaysWhatChanged() throws IOException {
		Fixture fixture = fixture();
		Map<String, byte[]> files = HsdsImport.unzip(export(fixture.services()));
		replace(files, "x_maillage_translations.csv", "Thuiszorg Rondreis", "Thuiszorg Rondreis Noord");
		ImportReport report = this.hsds.importPackage(files, "fr");
		assertThat(report.errors()).isEmpty();
		assertThat(report.changed()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
		assertThat(this.directory.service(fixture.services().get(0)).orElseThrow().name().nl())
			.isEqualTo("Thuiszorg Rondreis Noord");
	}

	@Test
	void aPackageWithBrokenRowsIsReportedByTableLineAndFieldAndWritesNothing() throws IOException {
		Fixture fixture = fixture();
		Map<String, byte[]> files = HsdsImport.unzip(export(fixture.services()));
		replace(files, "organizations.csv", "Organisation aller-retour", "Nom changé qui ne doit pas arriver");
		replace(files, "services.csv", fixture.organization().toString(), "pas-un-uuid");
		replace(files, "addresses.csv", "1030", "9999");
		replace(files, "schedules.csv", "17:00:00", "25:99");
		long services = this.directory.countServices();

		ImportReport report = this.hsds.importPackage(files, "fr");
		assertThat(report.errors()).extracting(ImportReport.Problem::table, ImportReport.Problem::field)
			.contains(org.assertj.core.groups.Tuple.tuple("service", "organization_id"),
					org.assertj.core.groups.Tuple.tuple("schedule", "closes_at"));
		// A NIS code with a postcode outside Brussels is not an HSDS error: a warning
		// (issue 17), the place kept without a commune.
		assertThat(report.warnings()).extracting(ImportReport.Problem::table, ImportReport.Problem::field)
			.contains(org.assertj.core.groups.Tuple.tuple("location", "external_identifier"));
		assertThat(report.errors()).allSatisfy((problem) -> assertThat(problem.line()).isGreaterThan(1));
		// An organization_id that is no UUID names no organisation of the package (issue
		// 17).
		assertThat(report.errors())
			.anySatisfy((problem) -> assertThat(problem.reason()).isEqualTo("unknown organization pas-un-uuid"));
		assertThat(this.directory.countServices()).isEqualTo(services);
		assertThat(this.directory.organization(fixture.organization()).orElseThrow().name())
			.isEqualTo("Organisation aller-retour");
	}

	@Test
	void theOfficialExamplePackageImportsWithWarningsReimportsUnchangedAndExportsAgain() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		org.springframework.core.io.Resource[] resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:directory/exchange/hsds-example/*");
		for (org.springframework.core.io.Resource resource : resources) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		UUID service = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");
		UUID place = UUID.fromString("3a19ff88-4620-4d17-9830-ac1d859eb5d5");
		UUID organization = UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
		try {
			ImportReport report = this.hsds.importPackage(files, "en");
			assertThat(report.errors()).isEmpty();
			assertThat(report.written()).isTrue();
			assertThat(report.added()).isEqualTo(1);
			// What is not an error of the package is said as a warning, by table, line
			// and field: a US address, coordinates 100, 101, a place whose organisation
			// is not in the package, an attribute of something else than a service.
			assertThat(report.warnings())
				.extracting(ImportReport.Problem::table, ImportReport.Problem::line, ImportReport.Problem::field)
				.contains(org.assertj.core.groups.Tuple.tuple("address", 2L, "postal_code"),
						org.assertj.core.groups.Tuple.tuple("location", 2L, "latitude"),
						org.assertj.core.groups.Tuple.tuple("location", 2L, "organization_id"),
						org.assertj.core.groups.Tuple.tuple("attribute", 2L, "link_entity"));
			assertThat(report.errorsCsv()).contains("\"postal_code\"").contains(",warning");
			var imported = this.directory.service(service).orElseThrow();
			assertThat(imported.name().en()).isEqualTo("Community Counselling");
			// Its alternate names and its program are kept (programs.csv), not reported
			// as a table the directory does not keep.
			assertThat(report.warnings()).extracting(ImportReport.Problem::table).doesNotContain("program");
			assertThat(this.jdbc
				.sql("select s.alternate_name || '|' || o.alternate_name || '|' || p.name || '|' || p.alternate_name "
						+ "from service s join organization o on o.id = s.organization_id "
						+ "join program p on p.id = s.program_id where s.id = ?")
				.param(service)
				.query(String.class)
				.single())
				.isEqualTo("MyCity Counselling Services|Example Org|Community Mental Health Support"
						+ "|MyCity Mental Health Group");
			assertThat(this.jdbc
				.sql("select postcode || '|' || coalesce(commune_nis, '-') || '|' || "
						+ "coalesce(latitude::text, '-') || '|' || organization_id from location where id = ?")
				.param(place)
				.query(String.class)
				.single()).isEqualTo("ABC 1234|-|-|" + organization);
			assertThat(this.jdbc
				.sql("select string_agg(weekday::text, ',' order by weekday) from schedule " + "where service_id = ?")
				.param(service)
				.query(String.class)
				.single()).as("byday TH,FR gives two openings").isEqualTo("4,5");

			// The place without a commune shows on the service's public page.
			var servicePage = new brussels.maillage.WebSession(this.port).language("en")
				.get("/repertoire/services/" + service);
			assertThat(servicePage.statusCode()).isEqualTo(200);
			assertThat(servicePage.body()).contains("Community Counselling").contains("ABC 1234");
			// Issue 16: the area that names no Brussels territory is shown as written,
			// never
			// as the region, and said in the report; the 2005 schedule (valid 2005-01-01
			// only) is not shown as current opening hours; the phone loses its CSV
			// quotes.
			assertThat(report.warnings()).extracting(ImportReport.Problem::table, ImportReport.Problem::field)
				.contains(org.assertj.core.groups.Tuple.tuple("service_area", "name"));
			assertThat(servicePage.body()).contains("The service is available to all residents of the MyCity area")
				.doesNotContain("Brussels Region")
				.doesNotContain("Opening hours")
				.doesNotContain("Thursday");
			assertThat(imported.openingHours()).as("kept, with its validity").hasSize(2);
			assertThat(imported.phones()).extracting(brussels.maillage.directory.ServicePhone::number)
				.containsExactly("+44 1234 234567");
			assertThat(servicePage.body()).contains(">+44 1234 234567<");

			ImportReport again = this.hsds.importPackage(files, "en");
			assertThat(again.errors()).isEmpty();
			assertThat(again.added()).isZero();
			assertThat(again.changed()).as("re-importing the official package changes nothing").isZero();
			assertThat(again.unchanged()).isEqualTo(1);
			assertThat(again.closed()).isZero();

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.export.write(ExportFormat.HSDS, "en", List.of(service), out);
			Map<String, byte[]> exported = HsdsImport.unzip(out.toByteArray());
			assertThat(new String(exported.get("services.csv"), StandardCharsets.UTF_8))
				.contains("Community Counselling");
			assertThat(new String(exported.get("programs.csv"), StandardCharsets.UTF_8))
				.contains("e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,"
						+ "Community Mental Health Support,MyCity Mental Health Group,");
			assertThat(new String(exported.get("addresses.csv"), StandardCharsets.UTF_8)).contains("ABC 1234")
				.doesNotContain("Bruxelles-Capitale");
			ImportReport exportedBack = this.hsds.importPackage(exported, "en");
			assertThat(exportedBack.errors()).isEmpty();
			assertThat(exportedBack.changed()).as("its own export re-imports unchanged").isZero();
			assertThat(exportedBack.unchanged()).isEqualTo(1);
		}
		finally {
			this.jdbc.sql("delete from service where id = ?").param(service).update();
			this.jdbc.sql("delete from location where organization_id = ?").param(organization).update();
			this.jdbc.sql("delete from organization where id = ?").param(organization).update();
		}
	}

	@Test
	void referencesThatAreNoUuidAndNameNoRowOfThePackageAreUnknownReferencesNotMalformedIds() {
		// HSDS 3.1 ids are strings: o-1, s-1 and l-1 are read as UUIDs derived from them;
		// o-9, o-7, s-8, l-5, s-7 and s-6 name no row of the package.
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("organization.csv", csv("id,name", "o-1,Maison médicale des références"));
		files.put("service.csv",
				csv("id,name,status,organization_id", "s-1,Consultation,active,o-1", "s-2,Écoute,active,o-9"));
		files.put("location.csv", csv("id,organization_id,name", "l-1,o-7,Antenne"));
		files.put("address.csv", csv("id,location_id,address_1,city,postal_code,country,address_type",
				"a-1,l-1,Rue Haute 100,Bruxelles,1000,BE,physical"));
		files.put("service_at_location.csv",
				csv("id,service_id,location_id", "sl-1,s-1,l-1", "sl-2,s-8,l-1", "sl-3,s-1,l-5"));
		files.put("phone.csv", csv("id,service_id,number", "p-1,s-7,02 511 11 11"));
		files.put("schedule.csv", csv("id,service_id,opens_at,closes_at,byday,freq", "h-1,s-6,09:00,12:00,MO,WEEKLY"));
		long services = this.directory.countServices();

		ImportReport report = this.hsds.importPackage(files, "fr");
		assertThat(report.errors())
			.extracting(ImportReport.Problem::table, ImportReport.Problem::field, ImportReport.Problem::messageKey,
					ImportReport.Problem::args)
			.containsExactlyInAnyOrder(
					tuple("service", "organization_id", "exchange.error.unknownOrganization", List.of("o-9")),
					tuple("service_at_location", "service_id", "exchange.error.unknownReference", List.of("s-8")),
					tuple("service_at_location", "location_id", "exchange.error.unknownReference", List.of("l-5")),
					tuple("phone", "service_id", "exchange.error.unknownReference", List.of("s-7")),
					tuple("schedule", "service_id", "exchange.error.unknownReference", List.of("s-6")));
		assertThat(this.messages.getMessage("exchange.error.unknownOrganization",
				report.errors().get(0).args().toArray(), Locale.FRENCH))
			.isEqualTo("Organisation o-9 inconnue : elle n’est pas dans le paquet, ou sa ligne a une erreur.");
		// A place's organisation is optional in HSDS: one the package does not hold is a
		// warning, and the place goes to the organisation of its services.
		assertThat(report.warnings())
			.extracting(ImportReport.Problem::table, ImportReport.Problem::field, ImportReport.Problem::messageKey,
					ImportReport.Problem::args)
			.contains(tuple("location", "organization_id", "exchange.warning.placeAttached", List.of("o-7")));
		assertThat(this.directory.countServices()).isEqualTo(services);
	}

	private static byte[] csv(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void partnerSystemsImportThroughTheApiWithAnAdministratorToken() throws Exception {
		Fixture fixture = fixture();
		Map<String, byte[]> files = HsdsImport.unzip(export(fixture.services()));
		replace(files, "phones.csv", fixture.services().get(0).toString(), UUID.randomUUID().toString());
		byte[] broken = zip(files);
		assertThat(post(broken, null).statusCode()).isEqualTo(401);
		String staff = token("nord@demo.maillage.brussels");
		assertThat(post(broken, staff).statusCode()).isEqualTo(403);
		String admin = token("admin@demo.maillage.brussels");
		java.net.http.HttpResponse<String> refused = post(broken, admin);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"table\":\"phone\"")
			.contains("\"field\":\"service_id\"")
			.contains("unknown foreign key");
		java.net.http.HttpResponse<String> accepted = post(export(fixture.services()), admin);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"unchanged\":2").contains("\"changed\":0").contains("\"errors\":[]");
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private String token(String email) {
		brussels.maillage.WebSession session = new brussels.maillage.WebSession(this.port);
		session.login(email, "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "import test", "days", "1"));
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("<code class=\"token\">([^<]+)</code>")
			.matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private java.net.http.HttpResponse<String> post(byte[] zip, String token) throws Exception {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr"))
			.header("Content-Type", "application/zip")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return java.net.http.HttpClient.newHttpClient()
			.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private byte[] export(List<UUID> ids) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", ids, out);
		return out.toByteArray();
	}

	private static void replace(Map<String, byte[]> files, String file, String from, String to) {
		String content = new String(files.get(file), StandardCharsets.UTF_8);
		assertThat(content).contains(from);
		files.put(file, content.replace(from, to).getBytes(StandardCharsets.UTF_8));
	}

	private void remove(Fixture fixture) {
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", fixture.services()).update();
		this.jdbc.sql("delete from location where organization_id = ?").param(fixture.organization()).update();
		this.jdbc.sql("delete from organization where id = ?").param(fixture.organization()).update();
	}

	private Fixture fixture() {
		UUID place = UUID.randomUUID();
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Organisation aller-retour",
				LocalizedText.of("Une organisation", "Een organisatie", null), "info@example.org",
				"https://example.org", List.of(new ServiceLocation(place, "Antenne", "Rue Josaphat 10", "1030",
						"Schaerbeek", "21015", 50.86, 4.37, false)));
		this.directory.register(organization);
		Instant verified = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
		RegisterService home = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Soins à domicile aller-retour", "Thuiszorg Rondreis", null),
				LocalizedText.of("Soins infirmiers, 7 jours sur 7.", "Verpleging, 7 dagen op 7.", "Nursing."),
				LocalizedText.of("Téléphoner", null, null), null, null, ServiceStatus.ACTIVE, ServiceKind.SERVICE,
				"https://example.org/soins", "soins@example.org", 18, null, Cost.SLIDING_SCALE, List.of("fr", "nl"),
				List.of("seniors"), AreaLevel.COMMUNE, List.of("21015", "21009"), List.of(place),
				List.of("02 123 45 67", "0470 12 34 56"),
				List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
						new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0))),
				List.of("home_nursing", "palliative_home"), verified, "nord@demo.maillage.brussels");
		RegisterService line = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Ligne d'écoute aller-retour", null, null), null, null, null, null,
				ServiceStatus.TEMPORARILY_CLOSED, ServiceKind.ORIENTATION_LINE, null, null, null, null, Cost.FREE,
				List.of("fr"), List.of(), AreaLevel.REGION, List.of(), List.of(), List.of("0800 12 345"), List.of(),
				List.of("orientation"), null, null);
		this.directory.register(home, "test");
		this.directory.register(line, "test");
		return new Fixture(organization.id(), List.of(home.id(), line.id()));
	}

	record Fixture(UUID organization, List<UUID> services) {
	}

}
