package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The HSDS API's full service ({@code GET /api/hsds/services/{id}}) carries what the
 * hand-written package {@code hsds/online} gives: the virtual places in
 * {@code service_at_locations} ({@code location_type} {@code virtual} with its
 * {@code url}), the contacts where HSDS 3.1 puts them (the service's in {@code contacts},
 * the organisation's in {@code organization.contacts}, a place's in
 * {@code location.contacts}), each with its phones; valid against the official schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineHsdsApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@BeforeAll
	void importThePackage() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:hsds/online/*")) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		assertThat(this.hsds.importPackage(files, new ImportOptions("fr", false, "clairiere-test", false)).errors())
			.isEmpty();
	}

	private JsonNode service(Object id) {
		HttpResponse<String> response = new WebSession(this.port).get("/api/hsds/services/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode service = json.readTree(response.body());
		try (InputStream in = getClass().getResourceAsStream("/hsds/service_with_definitions.json")) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
			assertThat(schema.validate(service)).as(response.body()).isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return service;
	}

	private static List<JsonNode> locations(JsonNode service) {
		return service.path("service_at_locations").valueStream().map((link) -> link.path("location")).toList();
	}

	@Test
	void aServiceShowsItsVirtualPlaceWithItsUrlBesideItsPlaceWithAnAddress() {
		JsonNode service = service(OnlinePlacesAndContactsTests.VIDEO_CONSULTATION);
		assertThat(locations(service))
			.extracting((place) -> place.path("location_type").asString(), (place) -> place.path("name").asString(),
					(place) -> place.path("url").asString(""))
			.containsExactlyInAnyOrder(tuple("physical", "Centre Clairière", ""),
					tuple("virtual", "Vidéoconsultation", "https://video.clairiere.example"));
		assertThat(service.path("service_at_locations").findValuesAsString("id"))
			.contains("3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a02");
		assertThat(locations(service)).filteredOn((place) -> place.path("location_type").asString().equals("virtual"))
			.allSatisfy((place) -> assertThat(place.has("addresses")).as("a virtual place has no address").isFalse());
	}

	@Test
	void theContactsAreWhereHsdsPutsThemWithTheirPhones() {
		JsonNode service = service(OnlinePlacesAndContactsTests.VIDEO_CONSULTATION);
		// Marc Accueil is the service's; "Accueil du centre" is of the service at the
		// centre, so the service's too.
		assertThat(service.path("contacts").valueStream().map((contact) -> contact.path("name").asString()))
			.containsExactlyInAnyOrder("Marc Accueil", "Accueil du centre");
		JsonNode marc = service.path("contacts")
			.valueStream()
			.filter((contact) -> contact.path("name").asString().equals("Marc Accueil"))
			.findFirst()
			.orElseThrow();
		assertThat(marc.path("title").asString()).isEqualTo("Psychologue");
		assertThat(marc.path("department").asString()).isEqualTo("Consultations");
		assertThat(marc.path("email").asString()).isEqualTo("consultations@clairiere.example");
		assertThat(marc.path("phones").valueStream())
			.extracting((phone) -> phone.path("number").asString(), (phone) -> phone.path("type").asString(),
					(phone) -> phone.path("contact_id").asString())
			.containsExactly(tuple("02 511 22 33", "voice", "4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f6a7b02"));
		assertThat(service.path("organization").path("contacts").findValuesAsString("name"))
			.containsExactly("Lina Direction");
		assertThat(service.toString()).doesNotContain("Équipe du chat");
	}

	@Test
	void aVirtualPlaceCarriesItsOwnContact() {
		JsonNode service = service(OnlinePlacesAndContactsTests.CHAT);
		assertThat(service.path("contacts").size()).as("the chat service has no contact of its own").isZero();
		JsonNode chat = locations(service).getFirst();
		assertThat(chat.path("location_type").asString()).isEqualTo("virtual");
		assertThat(chat.path("url").asString()).isEqualTo("https://chat.clairiere.example/ecoute");
		assertThat(chat.path("description").asString()).isEqualTo("Chat anonyme");
		JsonNode team = chat.path("contacts").get(0);
		assertThat(team.path("name").asString()).isEqualTo("Équipe du chat");
		assertThat(team.path("phones").get(0).path("number").asString()).isEqualTo("0470 12 34 56");
		assertThat(team.path("phones").get(0).path("description").asString()).isEqualTo("Écoute par SMS");
		assertThat(service.toString()).doesNotContain("Marc Accueil");
	}

}
