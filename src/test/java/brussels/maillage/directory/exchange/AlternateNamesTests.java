package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import brussels.maillage.WebSession;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.store.ExchangeReads;
import brussels.maillage.directory.search.IndexContents;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.territory.TerritoryService;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSDS 3.1's alternate names and programs (issue 17), with the package
 * {@code src/test/resources/hsds/autres-noms} (written from the HSDS 3.1 specification):
 * imported through the API, searched as people type them (an acronym, the name in the
 * other language, the program's name), served by the HSDS API and the export where HSDS
 * 3.1 puts them (checked against the official schemas), shown on the service page, and a
 * re-import with a changed alternate name found by the new one on a second instance.
 * Expectations are read from the package's CSV files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlternateNamesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	// organizations.csv
	private static final String FONTAINES = "f9de03df-7437-572a-826d-d1227282669c";

	private static final String ZENNEVALLEI = "eceb633d-f590-5a09-85fb-5e68d087de41";

	// programs.csv
	private static final String FLOCON = "5cc9a988-6db6-572d-b584-3805aa27445d";

	// services.csv
	private static final UUID MENTAL_HEALTH = UUID.fromString("d7ae371f-b3f4-5c78-8f9f-c298e1c9e562");

	private static final UUID PARCELS = UUID.fromString("61847f8f-5e2a-591b-9076-22636a7f986e");

	private static final UUID NIGHT_SHELTER = UUID.fromString("d24b9652-06f3-57c0-9cd7-400600953d76");

	private static final UUID WELCOME = UUID.fromString("039f1649-2b38-5768-928f-7563f6f74e71");

	private static final List<UUID> SERVICES = List.of(MENTAL_HEALTH, PARCELS, NIGHT_SHELTER, WELCOME);

	@LocalServerPort
	int port;

	IndexContents.Instance search;

	@Autowired
	void theSearch(ApplicationContext context) {
		this.search = IndexContents.of(context);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	TerritoryService territory;

	@Autowired
	PlaceResolver places;

	@Autowired
	ExchangeReads reads;

	@Autowired
	HsdsPackage hsdsPackage;

	private String token;

	private JsonNode report;

	@BeforeAll
	void importThePackage() throws Exception {
		this.token = token();
		this.report = post(files());
	}

	@AfterAll
	void removeThePackage() {
		// The database is shared with other tests, which list the directory's services.
		UUID[] services = SERVICES.toArray(UUID[]::new);
		UUID[] organizations = this.jdbc.sql("select distinct organization_id from service where id = any(:ids)")
			.param("ids", services)
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		this.jdbc.sql("delete from service where id = any(:ids)").param("ids", services).update();
		this.jdbc.sql("delete from phone where organization_id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from location where organization_id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from program where organization_id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from organization where id = any(:ids)").param("ids", organizations).update();
	}

	@Test
	@Order(1)
	void keepsTheAlternateNamesAndTheProgramWithoutCallingThemNotKept() {
		assertThat(this.report.path("errors").isEmpty()).as(this.report.toString()).isTrue();
		assertThat(this.report.path("added").asInt()).isEqualTo(4);
		assertThat(this.report.path("warnings").toString()).doesNotContain("program");
		assertThat(column("select alternate_name from service where id = ?", MENTAL_HEALTH))
			.isEqualTo("CGG De Drie Bronnen");
		assertThat(column("select alternate_name from organization where id = ?", UUID.fromString(FONTAINES)))
			.isEqualTo("ETF");
		assertThat(column("select program_id::text from service where id = ?", NIGHT_SHELTER)).isEqualTo(FLOCON);
		assertThat(column("select name from program where id = ?", UUID.fromString(FLOCON)))
			.isEqualTo("Opération Flocon");
		assertThat(column("select program_id::text from service where id = ?", MENTAL_HEALTH)).isNull();
	}

	@Test
	@Order(2)
	void aSearchForAnAlternateNameFindsTheServiceFirst() {
		// The Dutch name of a French-named service, typed as a Dutch speaker would.
		assertThat(found("drie bronnen")).first().isEqualTo(MENTAL_HEALTH);
		assertThat(found("CGG De Drie Bronnen")).first().isEqualTo(MENTAL_HEALTH);
		assertThat(found("nachtopvang baksteenkaai")).first().isEqualTo(NIGHT_SHELTER);
		// The French name of a Dutch-named service, without its accents.
		assertThat(found("accueil vallee de la senne")).first().isEqualTo(WELCOME);
		// The organisation's acronym: its three services before any other.
		assertThat(found("ETF").subList(0, 3)).containsExactlyInAnyOrder(MENTAL_HEALTH, PARCELS, NIGHT_SHELTER);
	}

	@Test
	@Order(2)
	void aSearchForAProgramsNameFindsItsServices() {
		assertThat(found("opération flocon").subList(0, 2)).containsExactlyInAnyOrder(PARCELS, NIGHT_SHELTER);
	}

	@Test
	@Order(2)
	void theIndexAfterTheImportHoldsWhatARebuildFromPostgresqlHolds() {
		IndexContents.refresh(this.search);
		Map<UUID, List<String>> handedOver = IndexContents.of(this.search, SERVICES);
		assertThat(handedOver).hasSize(4);
		assertThat(handedOver.get(MENTAL_HEALTH)).anyMatch((line) -> line.contains("bronnen"));
		this.search.rebuild();
		assertThat(IndexContents.of(this.search, SERVICES)).isEqualTo(handedOver);
	}

	@Test
	@Order(2)
	void theHsdsApiServesThemWhereHsds31PutsThem() {
		JsonNode shelter = valid(schema("service_with_definitions.json", null),
				get("/api/hsds/services/" + NIGHT_SHELTER));
		assertThat(shelter.path("alternate_name").asString()).isEqualTo("Nachtopvang Baksteenkaai");
		assertThat(shelter.path("program_id").asString()).isEqualTo(FLOCON);
		assertThat(shelter.path("program").path("name").asString()).isEqualTo("Opération Flocon");
		assertThat(shelter.path("program").path("alternate_name").asString()).isEqualTo("Operatie Sneeuwvlok");
		assertThat(shelter.path("program").path("organization_id").asString()).isEqualTo(FONTAINES);
		assertThat(shelter.path("organization").path("alternate_name").asString()).isEqualTo("ETF");
		JsonNode mentalHealth = valid(schema("service_with_definitions.json", null),
				get("/api/hsds/services/" + MENTAL_HEALTH));
		assertThat(mentalHealth.has("program")).isFalse();
		assertThat(mentalHealth.has("program_id")).isFalse();

		JsonNode organization = valid(schema("service_with_definitions.json", "organization"),
				get("/api/hsds/organizations/" + FONTAINES));
		assertThat(organization.path("alternate_name").asString()).isEqualTo("ETF");
		assertThat(organization.path("programs").valueStream().map((p) -> p.path("id").asString()).toList())
			.containsExactly(FLOCON);
		JsonNode other = valid(schema("service_with_definitions.json", "organization"),
				get("/api/hsds/organizations/" + ZENNEVALLEI));
		assertThat(other.path("alternate_name").asString()).isEqualTo("Maison du bien-être de la vallée de la Senne");
		assertThat(other.has("programs")).isFalse();
		// Every page of the list: the shared database holds other tests' organisations
		// too.
		Schema listed = schema("organization_list.json", null);
		List<String> fontaines = new ArrayList<>();
		JsonNode list;
		int page = 1;
		do {
			list = get("/api/hsds/organizations?per_page=100&page=" + page++);
			list.path("contents").forEach((item) -> valid(listed, item));
			list.path("contents")
				.valueStream()
				.filter((item) -> item.path("id").asString().equals(FONTAINES))
				.forEach((item) -> fontaines.add(item.path("alternate_name").asString()));
		}
		while (!list.path("contents").isEmpty() && page <= list.path("total_pages").asInt());
		assertThat(fontaines).containsExactly("ETF");
	}

	@Test
	@Order(2)
	void theExportWritesThemInTheHsdsColumnsAndReadsThemBackUnchanged() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		this.hsdsPackage.write(this.reads.read(SERVICES), "fr", zip);
		Map<String, byte[]> exported = HsdsImport.unzip(zip.toByteArray());
		List<CSVRecord> programs = csv(exported.get("programs.csv"));
		assertThat(programs).hasSize(1);
		assertThat(programs.getFirst().get("id")).isEqualTo(FLOCON);
		assertThat(programs.getFirst().get("organization_id")).isEqualTo(FONTAINES);
		assertThat(programs.getFirst().get("name")).isEqualTo("Opération Flocon");
		assertThat(programs.getFirst().get("alternate_name")).isEqualTo("Operatie Sneeuwvlok");
		assertThat(programs.getFirst().get("description"))
			.isEqualTo("Places d'accueil et repas supplémentaires pendant les nuits de gel.");
		Map<String, CSVRecord> services = new LinkedHashMap<>();
		csv(exported.get("services.csv")).forEach((row) -> services.put(row.get("id"), row));
		assertThat(services.get(MENTAL_HEALTH.toString()).get("alternate_name")).isEqualTo("CGG De Drie Bronnen");
		assertThat(services.get(MENTAL_HEALTH.toString()).get("program_id")).isEmpty();
		assertThat(services.get(NIGHT_SHELTER.toString()).get("program_id")).isEqualTo(FLOCON);
		Map<String, String> organizations = new LinkedHashMap<>();
		csv(exported.get("organizations.csv"))
			.forEach((row) -> organizations.put(row.get("id"), row.get("alternate_name")));
		assertThat(organizations).containsEntry(FONTAINES, "ETF");
		// The descriptor lists the programs table with its official columns.
		JsonNode descriptor = json.readTree(exported.get("datapackage.json"));
		assertThat(descriptor.path("resources")
			.valueStream()
			.filter((resource) -> resource.path("name").asString().equals("program"))
			.map((resource) -> resource.path("path").asString())
			.toList()).containsExactly("programs.csv");
		assertThat(csvHeader(exported.get("programs.csv"))).containsExactly("id", "organization_id", "name",
				"alternate_name", "description");

		JsonNode again = post(exported);
		assertThat(again.path("errors").isEmpty()).isTrue();
		assertThat(again.path("changed").asInt()).isZero();
	}

	@Test
	@Order(2)
	void theServicePageShowsTheOtherNamesAndTheProgramInTheReadersLanguage() {
		String french = page("/repertoire/services/" + NIGHT_SHELTER + "?lang=fr");
		assertThat(text(french, "alternate-name")).isEqualTo("Aussi appelé : Nachtopvang Baksteenkaai");
		assertThat(text(french, "program")).isEqualTo("Programme : Opération Flocon");
		assertThat(text(french, "organization-alternate-name")).isEqualTo("ETF");
		String dutch = page("/repertoire/services/" + NIGHT_SHELTER + "?lang=nl");
		assertThat(text(dutch, "alternate-name")).isEqualTo("Ook bekend als: Nachtopvang Baksteenkaai");
		assertThat(text(dutch, "program")).isEqualTo("Programma: Opération Flocon");
		assertThat(page("/repertoire/services/" + PARCELS + "?lang=fr")).doesNotContain("id=\"alternate-name\"");
	}

	@Test
	@Order(3)
	void aReimportWithAChangedAlternateNameIsFoundByTheNewNameOnASecondInstance() throws Exception {
		IndexContents.Instance second = IndexContents.secondInstance(this.dataSource, this.store, this.territory,
				this.places);
		try {
			IndexContents.refresh(second);
			assertThat(found(second, "drie bronnen")).first().isEqualTo(MENTAL_HEALTH);
			Map<String, byte[]> changed = new LinkedHashMap<>();
			files().forEach((name, bytes) -> changed.put(name,
					new String(bytes, StandardCharsets.UTF_8).replace("CGG De Drie Bronnen", "CGG Zilverberk")
						.replace("Opération Flocon", "Opération Verglas")
						.getBytes(StandardCharsets.UTF_8)));
			JsonNode again = post(changed);
			assertThat(again.path("errors").isEmpty()).isTrue();
			// The program's name is not a column of its services: only the service
			// whose alternate name changed is rewritten, the program's are listed by
			// the change log.
			assertThat(again.path("changed").asInt()).isEqualTo(1);

			IndexContents.refresh(second);
			assertThat(found(second, "zilverberk")).first().isEqualTo(MENTAL_HEALTH);
			assertThat(found(second, "drie bronnen")).doesNotContain(MENTAL_HEALTH);
			assertThat(found(second, "opération verglas").subList(0, 2)).containsExactlyInAnyOrder(PARCELS,
					NIGHT_SHELTER);
			assertThat(found(second, "flocon")).doesNotContain(PARCELS, NIGHT_SHELTER);
			assertThat(found("zilverberk")).first().isEqualTo(MENTAL_HEALTH);
			assertThat(IndexContents.of(second, SERVICES)).isEqualTo(IndexContents.of(this.search, SERVICES));
		}
		finally {
			IndexContents.close(second);
		}
	}

	/** The services found through the HSDS API, best first. */
	private List<UUID> found(String text) {
		JsonNode page = get("/api/hsds/services?per_page=50&search=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		return page.path("contents").valueStream().map((item) -> UUID.fromString(item.path("id").asString())).toList();
	}

	/** The services another instance finds, best first. */
	private static List<UUID> found(IndexContents.Instance search, String text) {
		return search.search(SearchQuery.of(text, Place.NOWHERE), false).hits().stream().map(SearchHit::id).toList();
	}

	private String column(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(String.class).optional().orElse(null);
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private String page(String path) {
		HttpResponse<String> response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** The text of the element of this id, its tags removed and spaces joined. */
	private static String text(String page, String id) {
		Matcher element = Pattern.compile("<(p|span)[^>]*\\sid=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
			.matcher(page);
		assertThat(element.find()).as("#" + id).isTrue();
		return element.group(2).replaceAll("<[^>]+>", "").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
	}

	private JsonNode post(Map<String, byte[]> files) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr"))
				.header("Content-Type", "application/zip")
				.header("Authorization", "Bearer " + this.token)
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip(files)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private String token() {
		WebSession session = new WebSession(this.port);
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "alternate names test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** The package's files (its CSV files and descriptor), by name. */
	private static Map<String, byte[]> files() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:hsds/autres-noms/*")) {
			if (!resource.getFilename().endsWith(".md")) {
				files.put(resource.getFilename(), resource.getContentAsByteArray());
			}
		}
		return files;
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

	private static List<CSVRecord> csv(byte[] file) throws IOException {
		try (CSVParser parser = CSVParser.parse(new String(file, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			return parser.getRecords();
		}
	}

	private static List<String> csvHeader(byte[] file) throws IOException {
		try (CSVParser parser = CSVParser.parse(new String(file, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			return parser.getHeaderNames();
		}
	}

	/** A schema of the official file, or one of its definitions. */
	private static Schema schema(String file, String definition) {
		try (InputStream in = AlternateNamesTests.class.getResourceAsStream("/hsds/" + file)) {
			JsonNode root = json.readTree(in);
			if (definition == null) {
				return schemas.getSchema(json.writeValueAsString(root));
			}
			ObjectNode only = json.createObjectNode();
			only.set("definitions", root.path("definitions"));
			only.put("$ref", "#/definitions/" + definition);
			return schemas.getSchema(json.writeValueAsString(only));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode valid(Schema schema, JsonNode document) {
		assertThat(schema.validate(document)).as(document.toString()).isEmpty();
		return document;
	}

}
