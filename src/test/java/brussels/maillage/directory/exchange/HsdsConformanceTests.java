package brussels.maillage.directory.exchange;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages that validate against the HSDS 3.1 schemas, written from the schemas as other
 * publishers' tools write them ({@code src/test/resources/hsds-conformance}, see its
 * README), import without error through the API a partner uses, and the HSDS API gives
 * back what went in; what the directory keeps differently is a warning (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsConformanceTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The namespace of the fixtures' UUIDs (uuid5 of their names). */
	private static final UUID NS = UUID.fromString("7d1f3c2a-0000-4000-8000-000000000020");

	private static final List<String> PACKAGES = List.of("required-only", "every-table", "schedules", "text-ids",
			"dialect");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	private String token;

	private final Map<String, JsonNode> reports = new LinkedHashMap<>();

	@BeforeAll
	void importThePackages() throws Exception {
		this.token = token();
		for (String name : PACKAGES) {
			HttpResponse<String> response = post(zip(files(name)));
			assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(200);
			this.reports.put(name, json.readTree(response.body()));
		}
	}

	@Test
	void everyPackageValidatesAgainstTheHsdsTabularSchema() throws IOException {
		for (String name : PACKAGES) {
			assertThat(HsdsConformanceTabular.problems(flat(files(name)), !name.equals("text-ids"))).as(name).isEmpty();
		}
		// The check does find what breaks the schema.
		Map<String, byte[]> broken = flat(files("required-only"));
		broken.put("schedule.csv", "id,service_id,opens_at\nx,y,25:99\n".getBytes(StandardCharsets.UTF_8));
		assertThat(HsdsConformanceTabular.problems(broken, true)).contains("schedule line 2 id: not a string x",
				"schedule line 2 opens_at: not a time 25:99", "schedule line 2 service_id: no service y");
	}

	@Test
	void onlyTheRequiredColumnsInAnotherOrderWithUnknownColumnsUpperCaseIdsABomAndCrlf() {
		JsonNode report = this.reports.get("required-only");
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt()).isEqualTo(2);
		JsonNode service = get("/api/hsds/services/" + id("a/svc1"));
		assertThat(service.path("name").asString()).isEqualTo("Consultation de médecine générale");
		assertThat(service.path("status").asString()).isEqualTo("active");
		assertThat(get("/api/hsds/organizations/" + id("a/org")).path("description").asString())
			.isEqualTo("Soins de première ligne.");
		assertThat(service.path("organization").path("description").asString()).isEqualTo("Soins de première ligne.");
		assertThat(service.path("phones").get(0).path("number").asString()).isEqualTo("02 511 11 11");
		assertThat(service.path("schedules").valueStream().map((s) -> s.path("byday").asString()))
			.containsExactlyInAnyOrder("MO", "WE");
		JsonNode link = get("/api/hsds/service_at_locations/" + id("a/sal1"));
		assertThat(link.path("location").path("addresses").get(0).path("address_1").asString())
			.isEqualTo("Rue Haute 100");
		assertThat(get("/api/hsds/services/" + id("a/svc2")).path("status").asString()).isEqualTo("inactive");
	}

	@Test
	void everyOptionalTableIsReadOrSaidNotKept() {
		JsonNode report = this.reports.get("every-table");
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt()).isEqualTo(2);
		assertThat(report.path("warnings").valueStream().map((w) -> w.path("table").asString())).contains("funding",
				"cost_option", "service_capacity", "unit", "required_document", "accessibility",
				"organization_identifier", "url", "metadata", "meta_table_description", "language", "service_area",
				"attribute");
		JsonNode service = get("/api/hsds/services/" + id("b/svc1"));
		assertThat(service.path("description").asString())
			.isEqualTo("Entretiens individuels, \"sans jugement\",\nsur rendez-vous.");
		assertThat(service.path("minimum_age").asInt()).isEqualTo(18);
		assertThat(service.path("maximum_age").asInt()).isEqualTo(64);
		assertThat(service.path("alternate_name").asString()).isEqualTo("Psy");
		assertThat(service.path("program").path("name").asString()).isEqualTo("Programme Écoute");
		assertThat(service.path("languages").valueStream().map((l) -> l.path("code").asString()))
			.containsExactlyInAnyOrder("fr", "nl");
		assertThat(service.path("phones").valueStream().map((p) -> p.path("number").asString()))
			.contains("02 500 00 03", "02 500 00 04");
		assertThat(service.path("contacts").valueStream().map((c) -> c.path("name").asString())).contains("Chloé Psy");
		// The package's own terms: the API filters by them (and gives them among the
		// service's attributes).
		assertThat(ids(get("/api/hsds/services?taxonomy_term_id=" + id("b/term-adults"))))
			.containsExactly(id("b/svc1"));
		assertThat(ids(get("/api/hsds/services?taxonomy_term_id=" + id("b/term-mental"))))
			.containsExactlyInAnyOrder(id("b/svc1"), id("b/svc2"));
		JsonNode organization = get("/api/hsds/organizations/" + id("b/org"));
		assertThat(organization.path("phones").valueStream().map((p) -> p.path("number").asString()))
			.contains("02 500 00 00", "02 500 00 01");
		assertThat(organization.path("contacts").valueStream().map((c) -> c.path("name").asString()))
			.contains("Anne Direction");
		JsonNode place = get("/api/hsds/service_at_locations/" + id("b/sal1")).path("location");
		assertThat(place.path("contacts").valueStream().map((c) -> c.path("name").asString()))
			.contains("Bruno Accueil");
		JsonNode online = get("/api/hsds/service_at_locations/" + id("b/sal2")).path("location");
		assertThat(online.path("url").asString()).isEqualTo("https://sme.example/chat");
	}

	@Test
	void schedulesAsTheSchemaAndRfc5545WriteThem() {
		JsonNode report = this.reports.get("schedules");
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt()).isEqualTo(9);
		JsonNode night = get("/api/hsds/services/" + id("c/night")).path("schedules");
		assertThat(night).hasSize(7);
		assertThat(night.valueStream().map((s) -> s.path("opens_at").asString() + "-" + s.path("closes_at").asString()))
			.allSatisfy((hours) -> assertThat(hours).startsWith("20:00").contains("-08:00"));
		assertThat(get("/api/hsds/services/" + id("c/offset")).path("schedules").get(0).path("opens_at").asString())
			.startsWith("09:00");
		// DTSTART and UNTIL bound the hours: the API gives them as the schedule's
		// validity.
		assertThat(get("/api/hsds/services/" + id("c/until")).path("schedules")
			.valueStream()
			.map((s) -> s.path("valid_from").asString() + "/" + s.path("valid_to").asString()))
			.containsExactlyInAnyOrder("2026-11-07/2027-03-27", "2026-11-08/2027-03-28");
		assertThat(get("/api/hsds/services/" + id("c/night")).path("schedules").get(0).has("valid_from")).isFalse();
		assertThat(get("/api/hsds/services/" + id("c/one")).path("schedules")).hasSize(2);
		assertThat(reasons(report)).anySatisfy((reason) -> assertThat(reason).contains("every 2 weeks"))
			.anySatisfy((reason) -> assertThat(reason).contains("MONTHLY 1MO"))
			.anySatisfy((reason) -> assertThat(reason).contains("15"))
			.anySatisfy((reason) -> assertThat(reason).contains("10 occurrences"))
			.anySatisfy((reason) -> assertThat(reason).contains("09:00+01:00"));
	}

	@Test
	void idsThatAreStringsEmptyValuesAndSeveralTaxonomies() throws Exception {
		JsonNode report = this.reports.get("text-ids");
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt()).isEqualTo(2);
		assertThat(reasons(report)).anySatisfy((reason) -> assertThat(reason).contains("not UUIDs"));
		String food = derived("SVC-001");
		JsonNode service = get("/api/hsds/services/" + food);
		assertThat(service.path("name").asString()).isEqualTo("Aide alimentaire");
		assertThat(service.path("phones").get(0).path("number").asString()).isEqualTo("02 215 00 01");
		assertThat(ids(get("/api/hsds/services?taxonomy_term_id=" + derived("T-FAMILY")))).containsExactly(food);
		assertThat(ids(get("/api/hsds/services?taxonomy_term_id=" + derived("T-FOOD")))).containsExactly(food);
		// The package's terms: in the service's attributes, by id, by taxonomy, by
		// parent.
		assertThat(service.path("attributes")
			.valueStream()
			.filter((a) -> a.path("link_type").asString().equals("package_term"))
			.map((a) -> a.path("taxonomy_term_id").asString() + " " + a.path("taxonomy_term").path("name").asString()
					+ " (" + a.path("taxonomy_term").path("taxonomy").asString() + ")"))
			.containsExactly(derived("T-FOOD") + " Aide alimentaire (Besoins)",
					derived("T-FAMILY") + " Familles (Publics)");
		JsonNode term = get("/api/hsds/taxonomy_terms/" + derived("T-FOOD"));
		assertThat(term.path("parent_id").asString()).isEqualTo(derived("T-BASIC"));
		assertThat(term.path("code").asString()).isEqualTo("FOOD");
		assertThat(term.path("description").asString()).isEqualTo("Colis, repas");
		assertThat(term.path("taxonomy_id").asString()).isEqualTo(derived("TAX-NEEDS"));
		assertThat(get("/api/hsds/taxonomies/" + derived("TAX-NEEDS")).path("name").asString()).isEqualTo("Besoins");
		assertThat(ids(get("/api/hsds/taxonomy_terms?taxonomy_id=" + derived("TAX-NEEDS"))))
			.containsExactly(derived("T-FOOD"), derived("T-BASIC"), derived("T-MONEY"));
		JsonNode children = get("/api/hsds/taxonomy_terms?per_page=1&parent_id=" + derived("T-BASIC"));
		assertThat(children.path("total_items").asInt()).isEqualTo(2);
		assertThat(ids(children)).containsExactly(derived("T-FOOD"));
		assertThat(ids(get("/api/hsds/taxonomy_terms?page=2&per_page=1&parent_id=" + derived("T-BASIC"))))
			.containsExactly(derived("T-MONEY"));
		// An unknown id, or one that is not a UUID: a 404 problem.
		for (String path : List.of("/api/hsds/taxonomy_terms/" + UUID.randomUUID(), "/api/hsds/taxonomy_terms/T-FOOD",
				"/api/hsds/taxonomies/" + derived("T-FOOD"), "/api/hsds/taxonomies/TAX-NEEDS")) {
			HttpResponse<String> missing = new WebSession(this.port).get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		// Imported again: the same ids, nothing changes.
		JsonNode again = json.readTree(post(zip(files("text-ids"))).body());
		assertThat(again.path("unchanged").asInt()).isEqualTo(2);
		assertThat(again.path("added").asInt()).isZero();
	}

	@Test
	void csvDialectsAndEncodingsAsTheDescriptorDeclaresThem() {
		JsonNode report = this.reports.get("dialect");
		assertThat(report.path("errors").isEmpty()).as(report.toString()).isTrue();
		assertThat(report.path("added").asInt()).isEqualTo(2);
		// windows-1252 and latin-1, semicolons, apostrophes as quotes (doubled inside).
		JsonNode service = get("/api/hsds/services/" + id("e/svc1"));
		assertThat(service.path("name").asString()).isEqualTo("Consultation générale");
		assertThat(service.path("description").asString()).isEqualTo("L'accueil ; l'écoute\nsur place");
		assertThat(service.path("fees_description").asString()).isEqualTo("Tarif INAMI ; gratuit pour les BIM");
		assertThat(service.path("application_process").asString()).isEqualTo("Sans rendez-vous, le matin");
		JsonNode organization = get("/api/hsds/organizations/" + id("e/org"));
		assertThat(organization.path("name").asString()).isEqualTo("Maison médicale des Marolles");
		assertThat(organization.path("description").asString()).isEqualTo("Soins à 4 € ; l’accueil sans rendez-vous");
		assertThat(organization.path("email").asString()).isEqualTo("accueil@marolles.example");
		assertThat(organization.path("website").asString()).isEqualTo("https://marolles.example");
		// An escape character instead of doubled quotes, spaces after the commas.
		assertThat(service.path("phones").get(0).path("number").asString()).isEqualTo("02 511 11 11");
		assertThat(service.path("phones").get(0).path("description").asString())
			.isEqualTo("Accueil \"direct\", le matin");
		// Comment lines and a null sequence; no header row (the schema's fields); tabs.
		assertThat(service.path("schedules").valueStream().map((s) -> s.path("byday").asString()))
			.containsExactlyInAnyOrder("MO", "TH");
		JsonNode place = get("/api/hsds/service_at_locations/" + id("e/sal1")).path("location");
		assertThat(place.path("name").asString()).isEqualTo("Cabinet Haute");
		assertThat(place.path("addresses").get(0).path("address_1").asString()).isEqualTo("Rue Haute 100, Boîte 3");
		assertThat(get("/api/hsds/service_at_locations/" + id("e/sal2")).path("service").path("id").asString())
			.isEqualTo(id("e/svc2"));
		// Every column the directory has no place for: one warning each, said in the
		// report's language; the null sequence is no value, the files are read as
		// declared.
		assertThat(report.path("warnings")
			.valueStream()
			.filter((w) -> w.path("reason").asString().endsWith("the directory has no place for them"))
			.map((w) -> w.path("table").asString() + "." + w.path("field").asString()))
			.contains("organization.tax_id", "organization.legal_status", "organization.year_incorporated",
					"service.alert", "service.accreditations", "service.licenses", "location.transportation",
					"address.attention", "phone.extension", "schedule.notes", "attribute.value")
			.doesNotHaveDuplicates()
			.doesNotContain("organization.email", "organization.website", "service.fees_description",
					"service.application_process", "address.address_2", "schedule.valid_from");
		assertThat(reasons(report)).noneMatch((reason) -> reason.contains("UTF-8") || reason.contains("encoding"));
	}

	@Test
	void theApiGivesThePackagesTermsAndTaxonomiesInTheShapesOfTheSchemas() {
		JsonNode service = get("/api/hsds/services/" + id("b/svc1"));
		assertValid("service_with_definitions.json", service);
		assertThat(service.path("attributes")
			.valueStream()
			.filter((a) -> a.path("link_type").asString().equals("package_term"))
			.map((a) -> a.path("taxonomy_term").path("name").asString())).contains("Santé mentale");
		assertThat(service.path("attributes").valueStream().map((a) -> a.path("id").asString()))
			.doesNotHaveDuplicates();
		JsonNode term = get("/api/hsds/taxonomy_terms/" + id("b/term-mental"));
		assertValid("taxonomy_term.json", term);
		assertThat(term.path("taxonomy").asString()).isEqualTo("Thèmes SME");
		JsonNode taxonomy = get("/api/hsds/taxonomies/" + term.path("taxonomy_id").asString());
		assertValid("taxonomy.json", taxonomy);
		assertThat(taxonomy.path("uri").asString()).isEqualTo("https://sme.example/themes");
		// The directory's own themes and taxonomies by id, as the lists give them.
		JsonNode themes = get("/api/hsds/taxonomy_terms?per_page=100&lang=nl");
		JsonNode theme = themes.path("contents").get(0);
		assertThat(get("/api/hsds/taxonomy_terms/" + theme.path("id").asString() + "?lang=nl")).isEqualTo(theme);
		assertThat(
				ids(get("/api/hsds/taxonomy_terms?per_page=100&taxonomy_id=" + theme.path("taxonomy_id").asString())))
			.contains(theme.path("id").asString());
		JsonNode taxonomies = get("/api/hsds/taxonomies");
		assertThat(get("/api/hsds/taxonomies/" + taxonomies.path("contents").get(0).path("id").asString()))
			.isEqualTo(taxonomies.path("contents").get(0));
		assertThat(get("/api/hsds/taxonomies?page=2").path("contents")).isEmpty();
		// The published OpenAPI document describes the new paths and parameters.
		JsonNode paths = get("/api/openapi").path("paths");
		assertThat(paths.has("/api/hsds/taxonomy_terms/{id}")).isTrue();
		assertThat(paths.has("/api/hsds/taxonomies/{id}")).isTrue();
		assertThat(paths.path("/api/hsds/taxonomy_terms")
			.path("get")
			.path("parameters")
			.valueStream()
			.map((parameter) -> parameter.path("name").asString())).contains("taxonomy_id", "parent_id");
	}

	private static void assertValid(String file, JsonNode document) {
		try (java.io.InputStream in = HsdsConformanceTests.class.getResourceAsStream("/hsds/" + file)) {
			com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
				.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
				.getSchema(in);
			assertThat(schema.validate(document)).as(file + " " + document).isEmpty();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theNewWarningsReadInFrenchDutchAndEnglish() {
		for (String key : List.of("idsDerived", "numberTruncated", "timeOffsetNotKept", "countNotKept", "extentNotKept",
				"areaNotKept", "languageNotKept", "languageWithoutCode", "programNotKept", "columnNotKept",
				"encodingUnknown", "encodingNotUtf8")) {
			Object[] args = { "a", "b" };
			String fr = this.messages.getMessage("exchange.warning." + key, args, Locale.FRENCH);
			String nl = this.messages.getMessage("exchange.warning." + key, args, Locale.of("nl"));
			String en = this.messages.getMessage("exchange.warning." + key, args, Locale.ENGLISH);
			assertThat(List.of(fr, nl, en)).as(key).doesNotHaveDuplicates().noneMatch((text) -> text.contains("{"));
		}
	}

	private static List<String> ids(JsonNode page) {
		return page.path("contents").valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private static List<String> reasons(JsonNode report) {
		return report.path("warnings").valueStream().map((w) -> w.path("reason").asString()).toList();
	}

	private static String id(String name) {
		return uuid5(name);
	}

	/** The id the import derives from a package's id that is not a UUID. */
	private static String derived(String id) {
		return UUID.nameUUIDFromBytes(("hsds-id/conformance-text-ids/" + id).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private static String uuid5(String name) {
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

	/** A fixture's files by their path in the package. */
	private static Map<String, byte[]> files(String name) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String root = "hsds-conformance/" + name + "/";
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:" + root + "**/*.*")) {
			String url = resource.getURL().toString();
			files.put(url.substring(url.indexOf(root) + root.length()), resource.getContentAsByteArray());
		}
		return files;
	}

	private static Map<String, byte[]> flat(Map<String, byte[]> files) {
		Map<String, byte[]> flat = new LinkedHashMap<>();
		files.forEach((path, content) -> flat.put(path.substring(path.lastIndexOf('/') + 1), content));
		return flat;
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

	private HttpResponse<String> post(byte[] zip) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr"))
			.header("Content-Type", "application/zip")
			.header("Authorization", "Bearer " + this.token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String token() {
		WebSession session = new WebSession(this.port);
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "hsds conformance test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
