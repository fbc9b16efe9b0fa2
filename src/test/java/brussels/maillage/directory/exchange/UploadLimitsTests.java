package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.exchange.reading.PackageReader;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads are read within limits, as a stream (issue 23): a zip bomb posted to the API is
 * refused quickly with 413 naming the limit, without being inflated in memory; the
 * people's exports keep formula-like cells as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsTests {

	/** One entry of 1 GiB of zeros: it compresses to about a megabyte. */
	private static final long BOMB_BYTES = 1L << 30;

	@TempDir
	static Path folder;

	static Path bomb;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@BeforeAll
	static void buildTheBomb() throws IOException {
		bomb = folder.resolve("bomb.zip");
		byte[] zeros = new byte[1 << 20];
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("datapackage.json"));
			zip.write("{\"name\":\"bomb\",\"resources\":[]}".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("services.csv"));
			for (long written = 0; written < BOMB_BYTES; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
	}

	@AfterAll
	static void removeTheBomb() throws IOException {
		Files.deleteIfExists(bomb);
	}

	@Test
	void aZipBombPostedToTheApiIsRefusedQuicklyWith413NamingTheLimit() throws Exception {
		assertThat(Files.size(bomb)).as("the bomb is small on the wire").isLessThan(5L << 20);
		String admin = token("admin@demo.maillage.brussels");
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long usedBefore = runtime.totalMemory() - runtime.freeMemory();
		long started = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/hsds/imports"))
				.header("Content-Type", "application/zip")
				.header("Authorization", "Bearer " + admin)
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofFile(bomb))
				.build(), HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long usedAfter = runtime.totalMemory() - runtime.freeMemory();

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413")
			.contains("\"limit\":\"ratio\"")
			.contains("\"limitValue\":100")
			.contains("compressed more than 100 times");
		assertThat(took).as("refused after reading a few megabytes, not 1 GiB").isLessThan(Duration.ofSeconds(20));
		// Inflating the entry would need more than 1 GiB; the refusal keeps it to the
		// buffers of one request (a generous bound, as the test JVM runs other work).
		assertThat(usedAfter - usedBefore).isLessThan(256L << 20);
	}

	@Test
	void eachLimitIsCheckedWhileReading() throws IOException {
		PackageReader small = new PackageReader(new PackageReader.Limits(1 << 20, 2, 1000, 1500, 100));
		assertThatThrownBy(() -> small.unzip(new java.io.ByteArrayInputStream(
				zip(Map.of("a.csv", new byte[10], "b.csv", new byte[10], "c.csv", new byte[10])))))
			.isInstanceOf(PackageReader.TooLargeException.class)
			.hasMessageContaining("more than 2 files");
		assertThatThrownBy(() -> small.unzip(new java.io.ByteArrayInputStream(zip(Map.of("a.csv", random(1001))))))
			.isInstanceOf(PackageReader.TooLargeException.class)
			.extracting((ex) -> ((PackageReader.TooLargeException) ex).limit())
			.isEqualTo("entry");
		assertThatThrownBy(() -> small
			.unzip(new java.io.ByteArrayInputStream(zip(Map.of("a.csv", random(900), "b.csv", random(900))))))
			.isInstanceOf(PackageReader.TooLargeException.class)
			.extracting((ex) -> ((PackageReader.TooLargeException) ex).limit())
			.isEqualTo("total");
		PackageReader tinyUpload = new PackageReader(new PackageReader.Limits(500, 20, 1 << 20, 1 << 20, 100));
		assertThatThrownBy(() -> tinyUpload.unzip(new java.io.ByteArrayInputStream(zip(Map.of("a.csv", random(4000))))))
			.isInstanceOf(PackageReader.TooLargeException.class)
			.extracting((ex) -> ((PackageReader.TooLargeException) ex).limit())
			.isEqualTo("upload");
		assertThat(small.unzip(new java.io.ByteArrayInputStream(zip(Map.of("folder/a.csv", random(900))))))
			.containsOnlyKeys("a.csv");
	}

	@Test
	void theFlatCsvExportKeepsAFormulaLikeServiceNameAsText() throws IOException {
		UUID place = UUID.randomUUID();
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "@Organisation formule",
				LocalizedText.of("Une organisation", null, null), null, null, List.of(new ServiceLocation(place,
						"Antenne", "Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("=HYPERLINK(\"http://x\",\"y\")", null, null),
				LocalizedText.of("+32 2 123 45 67 pour un rendez-vous", null, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(),
				AreaLevel.REGION, List.of(), List.of(place), List.of(), List.of(), List.of("orientation"), null, null);
		this.directory.register(service, "test");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.CSV, "fr", List.of(service.id()), out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
			.contains("'@Organisation formule")
			.contains("'+32 2 123 45 67 pour un rendez-vous")
			.doesNotContain(",=HYPERLINK")
			.doesNotContain(",\"=HYPERLINK");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.export.write(ExportFormat.XLSX, "fr", List.of(service.id()), xlsx);
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		}
	}

	private String token(String email) {
		WebSession session = new WebSession(this.port);
		session.login(email, "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "upload limits test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(size).nextBytes(bytes);
		return bytes;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
