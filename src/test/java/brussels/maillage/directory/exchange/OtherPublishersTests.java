package brussels.maillage.directory.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import brussels.maillage.WebSession;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.exchange.reading.PackageReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages as other publishers' tools write them within HSDS 3.1, written from the
 * schemas ({@code src/test/resources/hsds-conformance/no-descriptor} and
 * {@code json-resources}, see its README), import without error through the API a partner
 * uses, keeping what they give; what the directory keeps differently is a warning, said
 * in fr, nl and en; what breaks the schema is an RFC 9457 problem, never a server error
 * (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherPublishersTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UUID NS = UUID.fromString("7d1f3c2a-0000-4000-8000-000000000020");

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private String token;

	@BeforeAll
	void signIn() {
		this.token = token();
	}

	@Test
	void aZipWithoutDescriptorInAFolderWithSemicolonsABomAndHeadersWrittenOtherwise() throws Exception {
		byte[] zip = zip(files("no-descriptor"), "export-helmet/");
		HttpResponse<String> response = post(zip, "application/zip", "attachment; filename=\"Helmet 2026.zip\"");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = json.readTree(response.body());
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt() + report.path("unchanged").asInt()).as(report.toString()).isEqualTo(2);
		assertThat(report.path("source").asString()).isEqualTo("helmet-2026");
		JsonNode service = get("/api/hsds/services/" + id("k/svc1"));
		assertThat(service.path("name").asString()).isEqualTo("Permanence sociale");
		assertThat(service.path("organization").path("name").asString()).isEqualTo("Maison de quartier Helmet");
		assertThat(service.path("phones").get(0).path("number").asString()).isEqualTo("02 215 00 10");
		assertThat(service.path("fees_description").asString()).isEqualTo("Gratuit pour les habitants");
		JsonNode place = get("/api/hsds/service_at_locations/" + id("k/sal1")).path("location");
		assertThat(place.path("addresses").get(0).path("address_1").asString()).isEqualTo("Chaussée de Helmet 100");
		// Cost options are lines of the fees text; one costs something: not free.
		JsonNode workshop = get("/api/hsds/services/" + id("k/svc2"));
		assertThat(workshop.path("fees_description").asString()).isEqualTo(
				"Habitants de Schaerbeek: 0 EUR, par séance (2026-01-01 – 2026-12-31)\nAutres: 5 EUR, par séance");
		// The place without an address: the service is imported without it.
		assertThat(workshop.path("service_at_locations").isEmpty()).isTrue();
		assertThat(this.jdbc.sql("""
				select area_level || ' ' || array_to_string(area_codes, ',') || ' ' || area_description || ' '
				       || to_char(last_modified at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' '
				       || to_char(last_verified_at at time zone 'UTC', 'YYYY-MM-DD') || ' ' || cost
				from service where id = ?""").param(UUID.fromString(id("k/svc1"))).query(String.class).single())
			.isEqualTo("COMMUNE 21015 Schaerbeek ; Quartier Nord 2026-03-01 10:15 2026-03-01 paid");
		assertThat(this.jdbc
			.sql("select to_char(last_modified at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from service "
					+ "where id = ?")
			.param(UUID.fromString(id("k/svc2")))
			.query(String.class)
			.single()).isEqualTo("2026-03-02 08:00");
		ImportReport again = this.hsds.importPackage(
				new PackageReader(PackageReader.Limits.DEFAULT).files(new ByteArrayInputStream(zip), "Helmet 2026.zip"),
				ImportOptions.allOrNothing("fr"));
		assertThat(again.errors()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.added() + again.changed() + again.closed()).isZero();
		assertThat(again.warnings()).extracting(ImportReport.Problem::table, ImportReport.Problem::key)
			.contains(org.assertj.core.groups.Tuple.tuple("datapackage", "descriptorInferred"),
					org.assertj.core.groups.Tuple.tuple("organization", "columnsRenamed"),
					org.assertj.core.groups.Tuple.tuple("service", "columnsRenamed"),
					org.assertj.core.groups.Tuple.tuple("service", "columnNotKept"),
					org.assertj.core.groups.Tuple.tuple("service_area", "areaNotBrussels"),
					org.assertj.core.groups.Tuple.tuple("cost_option", "costOptionsAsText"),
					org.assertj.core.groups.Tuple.tuple("location", "placeWithoutAddress"))
			.doesNotContain(org.assertj.core.groups.Tuple.tuple("datapackage", "packageUnnamed"));
		assertThat(again.warnings()).filteredOn((warning) -> "areaNotBrussels".equals(warning.key()))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.args()).containsExactly("Quartier Nord"));
		assertTranslated(again);
	}

	@Test
	void aDescriptorWhoseResourcesAreJsonFilesOrInlineRows() throws Exception {
		HttpResponse<String> response = post(zip(files("json-resources"), ""), "application/zip", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = json.readTree(response.body());
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt() + report.path("unchanged").asInt()).isEqualTo(2);
		JsonNode meals = get("/api/hsds/services/" + id("g/svc1"));
		assertThat(meals.path("name").asString()).isEqualTo("Repas solidaires");
		assertThat(meals.path("description").asString()).isEqualTo("Repas chauds à prix doux, le midi.");
		assertThat(meals.path("organization").path("name").asString()).isEqualTo("Resto solidaire");
		assertThat(meals.path("fees_description").asString()).isEqualTo("Tous: 0 EUR, sur inscription");
		assertThat(meals.path("service_at_locations").get(0).path("location").path("name").asString())
			.isEqualTo("Resto du quartier");
		assertThat(ids(get("/api/hsds/services?taxonomy_term_id=" + id("g/term")))).containsExactly(id("g/svc1"));
		assertThat(get("/api/hsds/services/" + id("g/svc2")).path("name").asString()).isEqualTo("Épicerie sociale");
		assertThat(this.jdbc.sql("select cost from service where id = ?")
			.param(UUID.fromString(id("g/svc1")))
			.query(String.class)
			.single()).isEqualTo("free");
		ImportReport again = this.hsds.importPackage(flat(files("json-resources")), ImportOptions.allOrNothing("fr"));
		assertThat(again.errors()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.warnings()).extracting(ImportReport.Problem::table, ImportReport.Problem::key)
			.contains(org.assertj.core.groups.Tuple.tuple("metadata", "notKept"),
					org.assertj.core.groups.Tuple.tuple("meta_table_description", "notKept"),
					org.assertj.core.groups.Tuple.tuple("x_partner_notes", "notKept"),
					org.assertj.core.groups.Tuple.tuple("location", "placeWithoutAddress"));
		assertTranslated(again);
	}

	@Test
	void servicesAsJsonTakeTheirNameFromTheUploadedFileAndOtherwiseSayTheyHaveNone() throws Exception {
		String service = """
				[{"id": "%s", "name": "Écrivain public", "status": "active",
				  "organization": {"id": "%s", "name": "Bibliothèque Sésame", "description": "Lecture"},
				  "cost_options": [{"id": "%s", "option": "Tous", "amount": 0, "currency": "EUR"}]}]"""
			.formatted(id("h/svc"), id("h/org"), id("h/cost"));
		HttpResponse<String> named = post(service.getBytes(StandardCharsets.UTF_8), "application/json",
				"attachment; filename=\"Sesame export.json\"; filename*=UTF-8''S%C3%A9same%20export.json");
		assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
		JsonNode report = json.readTree(named.body());
		assertThat(report.path("source").asString()).isEqualTo("sesame-export");
		assertThat(report.path("warnings").valueStream().map((w) -> w.path("table").asString()))
			.doesNotContain("datapackage");
		assertThat(get("/api/hsds/services/" + id("h/svc")).path("fees_description").asString())
			.isEqualTo("Tous: 0 EUR");
		HttpResponse<String> unnamed = post(service.getBytes(StandardCharsets.UTF_8), "application/json", null);
		assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(200);
		assertThat(json.readTree(unnamed.body()).path("warnings").valueStream().map((w) -> w.path("reason").asString()))
			.anySatisfy((reason) -> assertThat(reason).contains("has no name"));
		// Given back to its own source (the other import took it).
		assertThat(post(service.getBytes(StandardCharsets.UTF_8), "application/json",
				"attachment; filename=\"Sesame export.json\"; filename*=UTF-8''S%C3%A9same%20export.json")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void whatBreaksTheSchemaIsAProblemDocumentNeverAServerError() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("organizations.csv",
				("id,name,description\n" + id("i/org") + ",Asbl,\n").getBytes(StandardCharsets.UTF_8));
		files.put("services.csv", ("id,organization_id,name,status\n" + id("i/svc") + "," + id("i/org") + ",,open\n")
			.getBytes(StandardCharsets.UTF_8));
		files.put("cost_options.csv", ("id,service_id,amount\n" + id("i/cost") + "," + id("i/svc") + ",cinq\n")
			.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> refused = post(zip(files, ""), "application/zip", null);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.path("status").asInt()).isEqualTo(422);
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(problem.path("errors")
			.valueStream()
			.map((e) -> e.path("table").asString() + "." + e.path("field").asString()))
			.contains("service.name", "service.status", "cost_option.amount");
		for (byte[] body : List.of("{ not json".getBytes(StandardCharsets.UTF_8),
				"not a zip at all".getBytes(StandardCharsets.UTF_8), zip(Map.of("notes.txt", new byte[] { 1 }), ""))) {
			HttpResponse<String> answer = post(body, "application/zip", "attachment; filename=\"../../x\"");
			assertThat(answer.statusCode()).as(answer.body()).isIn(400, 422);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json.readTree(answer.body()).path("detail").asString()).isNotBlank();
		}
	}

	/** Every warning reads in French, Dutch and English, with its values. */
	private void assertTranslated(ImportReport report) {
		for (ImportReport.Problem warning : report.warnings()) {
			Object[] args = warning.args().toArray();
			List<String> texts = List.of(Locale.FRENCH, Locale.of("nl"), Locale.ENGLISH)
				.stream()
				.map((locale) -> this.messages.getMessage(warning.messageKey(), args, locale))
				.toList();
			assertThat(texts).as(warning.toString()).doesNotHaveDuplicates().noneMatch((text) -> text.contains("{"));
		}
	}

	private static List<String> ids(JsonNode page) {
		return page.path("contents").valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private static String id(String name) {
		try {
			java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
			java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16);
			ns.putLong(NS.getMostSignificantBits()).putLong(NS.getLeastSignificantBits());
			sha1.update(ns.array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong()).toString();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static Map<String, byte[]> files(String name) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String root = "hsds-conformance/" + name + "/";
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + root + "*.*")) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		return files;
	}

	private static Map<String, byte[]> flat(Map<String, byte[]> files) {
		return new LinkedHashMap<>(files);
	}

	private static byte[] zip(Map<String, byte[]> files, String folder) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(folder + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private HttpResponse<String> post(byte[] body, String type, String disposition) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr"))
			.header("Content-Type", type)
			.header("Authorization", "Bearer " + this.token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (disposition != null) {
			request.header("Content-Disposition", disposition);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String token() {
		WebSession session = new WebSession(this.port);
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "other publishers test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
