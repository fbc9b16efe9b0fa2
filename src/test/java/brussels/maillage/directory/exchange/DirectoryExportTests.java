package brussels.maillage.directory.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of the directory as HSDS data packages, CSV and XLSX, from the staff page and
 * the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryExportTests {

	private static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern TOKEN = Pattern.compile("<code class=\"token\">([^<]+)</code>");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private String cookie;

	@Test
	void exportsTheWholeDirectoryAsAnHsdsPackageWithTheOfficialColumnsAndEveryTranslation() throws IOException {
		HttpResponse<byte[]> response = download(staff(), "/staff/directory/export/download?format=HSDS&language=nl");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, byte[]> files = unzip(response.body());
		JsonNode descriptor = this.json.readTree(files.get("datapackage.json"));
		assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
		assertThat(descriptor.get("language").asString()).isEqualTo("nl");

		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		for (JsonNode resource : descriptor.get("resources")) {
			String path = resource.get("path").asString();
			assertThat(files).as("the package holds %s", path).containsKey(path);
			List<String> fields = new ArrayList<>();
			resource.get("schema").get("fields").forEach((field) -> fields.add(field.get("name").asString()));
			try (CSVParser csv = CSVParser.parse(new String(files.get(path), StandardCharsets.UTF_8),
					CSVFormat.DEFAULT.builder().setHeader().get())) {
				assertThat(csv.getHeaderNames()).as("columns of %s", path).isEqualTo(fields);
				tables.put(resource.get("name").asString(), csv.getRecords().stream().map(CSVRecord::toMap).toList());
			}
		}
		assertThat(tables.keySet()).contains("organization", "service", "location", "address", "service_at_location",
				"phone", "schedule", "taxonomy_term", "attribute", "x_maillage_translations", "x_maillage_services");
		assertThat(tables.get("service")).hasSize((int) this.directory.countServices());
		assertThat(ids(tables.get("organization"), "id")).containsAll(ids(tables.get("service"), "organization_id"));
		assertThat(ids(tables.get("location"), "id"))
			.containsAll(ids(tables.get("service_at_location"), "location_id"));
		assertThat(ids(tables.get("service"), "id")).containsAll(ids(tables.get("phone"), "service_id"));
		assertThat(ids(tables.get("taxonomy_term"), "id"))
			.containsAll(ids(tables.get("attribute"), "taxonomy_term_id"));
		Set<String> confidential = new HashSet<>(
				this.jdbc.sql("select id::text from location where confidential").query(String.class).list());
		assertThat(ids(tables.get("location"), "id")).doesNotContainAnyElementsOf(confidential);

		Map<String, String> first = tables.get("service").get(0);
		String dutchName = this.directory.service(UUID.fromString(first.get("id")))
			.orElseThrow()
			.name()
			.in(java.util.Locale.of("nl"))
			.text();
		assertThat(first.get("name")).isEqualTo(dutchName);
		assertThat(tables.get("x_maillage_translations"))
			.anySatisfy((row) -> assertThat(row).containsEntry("record_id", first.get("id"))
				.containsEntry("field", "name")
				.containsEntry("language", "fr"));

		byte[] again = download(staff(), "/staff/directory/export/download?format=HSDS&language=nl").body();
		assertThat(again).as("the same directory gives the same package").isEqualTo(response.body());
	}

	@Test
	void exportsASearchResultInItsRankingAsCsvAndXlsxInTheChosenLanguage() throws IOException {
		List<UUID> expected = this.directory
			.search(new SearchQuery("maison medicale", null, null, false, null, Place.NOWHERE, null, null, 0, 100))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
		assertThat(expected).isNotEmpty();
		WebSession staff = staff();
		HttpResponse<byte[]> csv = download(staff,
				"/staff/directory/export/download?format=CSV&language=fr&q=maison+medicale");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFIdentifiant,Nom,Organisation");
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			assertThat(parser.getRecords().stream().map((row) -> UUID.fromString(row.get("Identifiant"))).toList())
				.isEqualTo(expected);
		}

		HttpResponse<byte[]> xlsx = download(staff,
				"/staff/directory/export/download?format=XLSX&language=nl&q=maison+medicale");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (InputStream in = new ByteArrayInputStream(xlsx.body());
				ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Diensten");
			List<Row> rows = sheet.read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo("Naam");
			assertThat(rows).hasSize(expected.size() + 1);
			assertThat(rows.get(1).getCellText(0)).isEqualTo(expected.get(0).toString());
		}
	}

	@Test
	void namesTheLanguagesOfEachServiceInTheChosenLanguage() throws IOException {
		// The directory's own names of the languages (directory.spoken.* in
		// messages_fr.properties), in the order of the codes.
		Map<String, String> french = Map.of("fr", "français", "nl", "néerlandais", "en", "anglais", "ar", "arabe", "tr",
				"turc", "es", "espagnol", "pt", "portugais", "ro", "roumain", "pl", "polonais", "ber", "berbère");
		HttpResponse<byte[]> csv = download(staff(),
				"/staff/directory/export/download?format=CSV&language=fr&q=maison+medicale");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		int named = 0;
		int withSeveral = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			for (CSVRecord row : parser.getRecords()) {
				List<String> codes = List.of(row.get("Codes des langues (ISO 639)").split(" "));
				if (!french.keySet().containsAll(codes)) {
					continue;
				}
				assertThat(row.get("Langues parlées")).as(row.get("Nom"))
					.isEqualTo(String.join(", ", codes.stream().map(french::get).toList()));
				named++;
				withSeveral += (codes.size() > 1) ? 1 : 0;
			}
		}
		assertThat(named).isPositive();
		assertThat(withSeveral).isPositive();
	}

	@Test
	void keepsWhatWasTypedAndSaysWhatIsWrongWithAPostcode() {
		WebSession staff = staff();
		HttpResponse<String> page = staff
			.get("/staff/directory/export/download?format=CSV&language=fr&q=aide+familiale&postcode=9999");
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("id=\"postcode-error\"")
			.contains("Ce code postal n")
			.contains("value=\"aide familiale\"")
			.contains("aria-describedby=\"postcode-error\"");
		assertThat(staff.get("/staff/directory/export?lang=nl").body()).contains("Het repertorium exporteren");
		assertThat(new WebSession(this.port).get("/staff/directory/export").statusCode()).isEqualTo(302);
	}

	@Test
	void servesTheExportThroughTheApiToStaffTokensOnly() throws IOException {
		assertThat(api("/api/hsds/export", null).statusCode()).isEqualTo(401);
		WebSession staff = staff();
		staff.get("/account");
		HttpResponse<String> created = staff.post("/account/tokens", Map.of("name", "export test", "days", "1"));
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher token = TOKEN.matcher(staff.get("/account").body());
		assertThat(token.find()).isTrue();

		HttpResponse<byte[]> zip = api("/api/hsds/export?lang=en&theme=palliative", token.group(1));
		assertThat(zip.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = unzip(zip.body());
		assertThat(files).containsKeys("datapackage.json", "services.csv", "organizations.csv");
		long palliative = this.directory
			.search(new SearchQuery(null, "palliative", null, false, null, Place.NOWHERE, null, null, 0, 1))
			.total();
		try (CSVParser csv = CSVParser.parse(new String(files.get("services.csv"), StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			assertThat(csv.getRecords()).hasSize((int) palliative);
		}
		assertThat(api("/api/hsds/export?format=pdf", token.group(1)).statusCode()).isEqualTo(400);
		assertThat(api("/api/hsds/export?lang=de", token.group(1)).statusCode()).isEqualTo(400);
		HttpResponse<byte[]> unknown = api("/api/hsds/export?postcode=9999", token.group(1));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("\"status\":422");
	}

	private WebSession staff() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		return session;
	}

	private static Set<String> ids(List<Map<String, String>> rows, String column) {
		Set<String> ids = new HashSet<>();
		rows.forEach((row) -> {
			if (!row.get(column).isEmpty()) {
				ids.add(row.get(column));
			}
		});
		return ids;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/**
	 * Downloads as a signed-in staff member (a session of its own, which reads bytes).
	 */
	private HttpResponse<byte[]> download(WebSession session, String path) {
		return fetch(path, staffCookie(), null);
	}

	private String staffCookie() {
		if (this.cookie == null) {
			HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			try {
				HttpResponse<String> login = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
				String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
				Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
				assertThat(csrf.find()).isTrue();
				HttpResponse<String> signedIn = client.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Cookie", session)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("email=nord%40demo.maillage.brussels&password=" + PASSWORD
							+ "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofString());
				this.cookie = signedIn.headers()
					.firstValue("Set-Cookie")
					.map((value) -> value.split(";")[0])
					.orElse(session);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return this.cookie;
	}

	private HttpResponse<byte[]> api(String path, String token) {
		return fetch(path, null, token);
	}

	private HttpResponse<byte[]> fetch(String path, String cookie, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
