package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import brussels.maillage.WebSession;
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
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Import modes: the valid rows with a report of the rest, the source kept and "managed
 * elsewhere", services of the same source absent from a new package closed, and the
 * command line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportModesTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	ImportCommand command;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theValidRowsAreImportedAndTheRestReportedWhenTheAdminChoosesIt() throws IOException {
		Fixture fixture = fixture();
		Map<String, byte[]> files = HsdsImport.unzip(export(fixture.services()));
		remove(fixture);
		replace(files, "schedules.csv", "17:00:00", "25:99");
		String source = "partner-" + UUID.randomUUID();

		ImportReport refused = this.hsds.importPackage(files, new ImportOptions("fr", false, source, false));
		assertThat(refused.written()).isFalse();
		assertThat(this.directory.service(fixture.services().get(1))).as("all or nothing: nothing written").isEmpty();

		ImportReport report = this.hsds.importPackage(files, new ImportOptions("fr", true, source, false));
		assertThat(report.written()).isTrue();
		assertThat(report.added()).isEqualTo(1);
		assertThat(report.errors()).extracting(ImportReport.Problem::table, ImportReport.Problem::field)
			.contains(tuple("schedule", "closes_at"));
		assertThat(report.errorsCsv()).startsWith("table,line,field,reason").contains("\"schedule\",");
		assertThat(this.directory.service(fixture.services().get(0)))
			.as("the service with a broken schedule is left out, not imported without it")
			.isEmpty();
		assertThat(this.directory.service(fixture.services().get(1))).isPresent();
		assertThat(sourceOf(fixture.services().get(1))).isEqualTo(source);
	}

	@Test
	void reimportingASourceClosesItsServicesAbsentFromThePackageAndKeepsManagedElsewhere() throws IOException {
		Fixture fixture = fixture();
		String source = "federation-" + UUID.randomUUID();
		ImportReport first = this.hsds.importPackage(HsdsImport.unzip(export(fixture.services())),
				new ImportOptions("fr", false, source, true));
		assertThat(first.written()).isTrue();
		assertThat(first.source()).isEqualTo(source);
		assertThat(first.closed()).isZero();
		assertThat(sourceOf(fixture.services().get(0))).isEqualTo(source);
		assertThat(this.jdbc.sql("select managed_elsewhere from service where id = ?")
			.param(fixture.services().get(0))
			.query(Boolean.class)
			.single()).isTrue();
		String page = new WebSession(this.port).language("fr")
			.get("/repertoire/services/" + fixture.services().get(0))
			.body();
		assertThat(page).contains("id=\"managed-elsewhere\"").contains(source);

		Map<String, byte[]> onlyFirst = HsdsImport.unzip(export(List.of(fixture.services().get(0))));
		ImportReport second = this.hsds.importPackage(onlyFirst, new ImportOptions("fr", false, source, true));
		assertThat(second.closed()).isEqualTo(1);
		assertThat(second.changed()).isZero();
		assertThat(this.directory.service(fixture.services().get(1)).orElseThrow().status())
			.isEqualTo(ServiceStatus.CLOSED);
		assertThat(this.directory.service(fixture.services().get(0)).orElseThrow().status())
			.isEqualTo(ServiceStatus.ACTIVE);

		ImportReport again = this.hsds.importPackage(onlyFirst, new ImportOptions("fr", false, source, true));
		assertThat(again.closed()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(again.unchanged()).isEqualTo(1);

		ImportReport other = this.hsds.importPackage(onlyFirst,
				new ImportOptions("fr", false, "other-" + UUID.randomUUID(), false));
		assertThat(other.closed()).as("another source closes nothing of this one").isZero();

		ImportReport own = this.hsds.importPackage(onlyFirst, ImportOptions.allOrNothing("fr"));
		assertThat(own.source()).as("Maillage's own export without a source given").isNull();
		assertThat(own.closed()).isZero();
		assertThat(sourceOf(fixture.services().get(0))).as("keeps the source it had").startsWith("other-");
	}

	@Test
	void theApiAndThePageTakeTheModeAndThePageOffersTheReport() throws Exception {
		Fixture fixture = fixture();
		Map<String, byte[]> files = HsdsImport.unzip(export(fixture.services()));
		replace(files, "schedules.csv", "17:00:00", "25:99");
		byte[] broken = zip(files);
		String admin = token("admin@demo.maillage.brussels");
		assertThat(post(broken, admin, "mode=nonsense").statusCode()).isEqualTo(400);
		assertThat(post(broken, admin, "mode=all-or-nothing").statusCode()).isEqualTo(422);
		HttpResponse<String> partial = post(broken, admin, "mode=valid-rows&source=api-" + UUID.randomUUID());
		assertThat(partial.statusCode()).isEqualTo(200);
		assertThat(partial.body()).contains("\"written\":true")
			.contains("\"unchanged\":1")
			.contains("\"closed\":0")
			.contains("\"table\":\"schedule\"");

		WebSession session = new WebSession(this.port).language("en");
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/admin/directory/import");
		HttpResponse<String> started = session.postFile("/admin/directory/import?mode=valid-rows&source=page-test",
				"file", "package.zip", broken);
		// The import runs in the background: the page follows it by its id.
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/admin/directory/import?job=");
		String job = location.substring(location.indexOf("job=") + 4);
		HttpResponse<String> running = session.get("/admin/directory/import?job=" + job);
		assertThat(running.statusCode()).isEqualTo(200);
		assertThat(running.body()).contains("id=\"import-status\"").contains("role=\"status\"");
		String fragment = "";
		for (int poll = 0; poll < 600 && !fragment.contains("id=\"import-report\""); poll++) {
			HttpResponse<String> progress = session.get("/admin/directory/import/progress?job=" + job);
			assertThat(progress.statusCode()).isEqualTo(200);
			fragment = progress.body();
			if (!fragment.contains("id=\"import-report\"")) {
				assertThat(fragment).contains("<progress").contains("hx-get=");
				Thread.sleep(100);
			}
		}
		assertThat(fragment).contains("id=\"import-counts\"").doesNotContain("hx-get=");
		// Reloading the page finds the finished import and its report.
		HttpResponse<String> page = session.get("/admin/directory/import?job=" + job);
		assertThat(page.body()).contains("id=\"import-counts\"")
			.contains("page-test")
			.contains("/admin/directory/import/report.csv")
			.contains("value=\"valid-rows\" checked");
		HttpResponse<String> csv = session.get("/admin/directory/import/report.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("table,line,field,reason").contains("\"closes_at\"");
		assertThat(session.get("/admin/directory/import/progress?job=" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theCommandLineImportsAZipOrAFolderAndSaysWhatItDid(@TempDir Path dir) throws IOException {
		Fixture fixture = fixture();
		byte[] zip = export(fixture.services());
		remove(fixture);
		Path file = dir.resolve("package.zip");
		Files.write(file, zip);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String source = "cli-" + UUID.randomUUID();
		int code = this.command.execute(file, "fr", "all-or-nothing", source, false,
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 added");
		assertThat(this.directory.service(fixture.services().get(0))).isPresent();

		Path folder = Files.createDirectory(dir.resolve("package"));
		for (Map.Entry<String, byte[]> entry : HsdsImport.unzip(zip).entrySet()) {
			Files.write(folder.resolve(entry.getKey()), entry.getValue());
		}
		out.reset();
		assertThat(this.command.execute(folder, "fr", "all-or-nothing", source, false,
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 added, 0 changed, 2 unchanged");

		Map<String, byte[]> files = HsdsImport.unzip(zip);
		replace(files, "schedules.csv", "17:00:00", "25:99");
		Files.write(file, zip(files));
		out.reset();
		assertThat(this.command.execute(file, "fr", "all-or-nothing", source, false,
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing was imported").contains("closes_at");
		assertThat(this.command.execute(file, "xx", "all-or-nothing", source, false,
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(this.command.execute(dir.resolve("missing.zip"), "fr", "all-or-nothing", source, false,
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
	}

	private String sourceOf(UUID service) {
		return this.jdbc.sql("select import_source from service where id = ?")
			.param(service)
			.query(String.class)
			.single();
	}

	private String token(String email) {
		WebSession session = new WebSession(this.port);
		session.login(email, "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "import modes test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> post(byte[] zip, String token, String query) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr&" + query))
			.header("Content-Type", "application/zip")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
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
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Organisation importée",
				LocalizedText.of("Une organisation", "Een organisatie", null), "info@example.org",
				"https://example.org", List.of(new ServiceLocation(place, "Antenne", "Rue Josaphat 10", "1030",
						"Schaerbeek", "21015", 50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService home = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Soins à domicile importés", "Thuiszorg import", null),
				LocalizedText.of("Soins infirmiers.", "Verpleging.", null), null, null, null, ServiceStatus.ACTIVE,
				ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(), AreaLevel.REGION,
				List.of(), List.of(place), List.of("02 123 45 67"),
				List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
				List.of("home_nursing"), null, null);
		RegisterService line = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Ligne d'écoute importée", null, null), null, null, null, null, ServiceStatus.ACTIVE,
				ServiceKind.ORIENTATION_LINE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(),
				AreaLevel.REGION, List.of(), List.of(), List.of("0800 12 345"), List.of(), List.of("orientation"), null,
				null);
		this.directory.register(home, "test");
		this.directory.register(line, "test");
		return new Fixture(organization.id(), List.of(home.id(), line.id()));
	}

	record Fixture(UUID organization, List<UUID> services) {
	}

}
