package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The HSDS API serves what the package {@code hsds/ribambelle} (written from the HSDS 3.1
 * specification) holds where HSDS 3.1 puts it: services at places with an address and at
 * virtual places ({@code location_type} {@code virtual}, its url, no address), the
 * organisations with their contacts and phones, their places with their contacts.
 * Expectations are read from the package's CSV files; every answer is checked against the
 * official schemas (src/test/resources/hsds).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardPackageApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	// organizations.csv
	private static final String RIBAMBELLE = "cca4405f-77f9-560a-8c60-ff99b186593f";

	private static final String NIGHT = "15b9d5f1-b249-57f1-8209-f335a87c9a8e";

	private static final String LISTENING = "b563f5da-c5ce-56ec-bb4c-eedab45ac589";

	// locations.csv
	private static final String MAROLLES = "7cefe42f-f1ea-5ea0-bbe3-de1f14f5113c";

	private static final String CHAT = "49e6d78c-277e-5c4f-bc34-0e7fbf226504";

	// service_at_location.csv
	private static final String SHELTER_AT_SHELTER = "a3a90c7c-0c0b-590a-b4d7-2a1b3ce5a22c";

	private static final String ONLINE_AT_CHAT = "7df1e863-156a-55b6-b670-3582ff0be494";

	private static final String GROUP_AT_MAROLLES = "cb8ed1a7-933f-535c-a89a-f22825b334cd";

	private static final String NIGHT_LINE_AT_POSTAL = "c9e3ed80-0717-5abe-9cf2-e15571559be3";

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@BeforeAll
	void importThePackage() throws IOException {
		assertThat(RibambellePackage.imported(this.hsds).errors()).isEmpty();
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	/** A schema of the official file, or one of its definitions. */
	private static Schema schema(String file, String definition) {
		try (InputStream in = StandardPackageApiTests.class.getResourceAsStream("/hsds/" + file)) {
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

	private static Schema pageSchema() {
		try (InputStream in = StandardPackageApiTests.class.getResourceAsStream("/hsds/openapi.json")) {
			return schemas
				.getSchema(json.writeValueAsString(json.readTree(in).path("components").path("schemas").path("Page")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode valid(Schema schema, JsonNode document) {
		assertThat(schema.validate(document)).as(document.toString()).isEmpty();
		return document;
	}

	private static JsonNode validPage(JsonNode page, Schema items) {
		valid(pageSchema(), page);
		page.path("contents").forEach((item) -> valid(items, item));
		return page;
	}

	/** The ids of the items of a list (not of what they nest). */
	private static List<String> ids(JsonNode list) {
		return list.valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private static JsonNode find(JsonNode list, String id) {
		return list.valueStream()
			.filter((item) -> item.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " not in " + list));
	}

	@Test
	void checksAgainstDefinitionsThatDoRejectWrongShapes() {
		assertThat(schema("service_with_definitions.json", "service_at_location")
			.validate(json.readTree("{\"id\": \"x\", \"location\": {\"id\": \"y\", \"location_type\": \"boat\"}}")))
			.isNotEmpty();
		assertThat(schema("service_with_definitions.json", "organization")
			.validate(json.readTree("{\"id\": \"" + RIBAMBELLE + "\", \"name\": \"x\", \"phones\": [{}]}")))
			.isNotEmpty();
	}

	@Test
	void aServiceAtAVirtualPlaceHasItsUrlAndNoAddress() {
		JsonNode link = valid(schema("service_with_definitions.json", "service_at_location"),
				get("/api/hsds/service_at_locations/" + ONLINE_AT_CHAT));
		assertThat(link.path("service_id").asString()).isEqualTo("157bff81-7e8d-57ea-885b-6cd467d7d0f6");
		assertThat(link.path("location_id").asString()).isEqualTo(CHAT);
		JsonNode location = link.path("location");
		assertThat(location.path("location_type").asString()).isEqualTo("virtual");
		assertThat(location.path("url").asString()).isEqualTo("https://ecoute.ribambelle.example/chat");
		assertThat(location.path("name").asString()).isEqualTo("Écoute en ligne");
		assertThat(location.path("organization_id").asString()).isEqualTo(LISTENING);
		assertThat(location.has("addresses")).isFalse();
		assertThat(link.path("service").path("name").asString()).isEqualTo("Ribambelle écoute en ligne");
		assertThat(link.path("service").path("status").asString()).isEqualTo("active");
	}

	@Test
	void aServiceAtAPlaceWithAnAddressHasItsAddressAndThePlacesContact() {
		JsonNode shelter = valid(schema("service_with_definitions.json", "service_at_location"),
				get("/api/hsds/service_at_locations/" + SHELTER_AT_SHELTER));
		assertThat(shelter.path("location").path("location_type").asString()).isEqualTo("physical");
		assertThat(shelter.path("location").path("addresses").get(0).path("address_1").asString())
			.isEqualTo("Rue du Grand Serment 10");
		assertThat(shelter.path("location").path("addresses").get(0).path("postal_code").asString()).isEqualTo("1000");
		assertThat(shelter.path("service").path("name").asString()).isEqualTo("Ribambelle abri de nuit");
		// contacts.csv: "Accueil Marolles" is the contact of the Marolles place.
		JsonNode group = get("/api/hsds/service_at_locations/" + GROUP_AT_MAROLLES);
		assertThat(group.path("location").path("contacts").valueStream())
			.extracting((contact) -> contact.path("name").asString(), (contact) -> contact.path("email").asString(),
					(contact) -> contact.path("location_id").asString())
			.containsExactly(tuple("Accueil Marolles", "marolles@ribambelle.example", MAROLLES));
		// The postal place has no address row: the directory does not keep it.
		assertThat(new WebSession(this.port).get("/api/hsds/service_at_locations/" + NIGHT_LINE_AT_POSTAL).statusCode())
			.isEqualTo(404);
		assertThat(new WebSession(this.port).get("/api/hsds/service_at_locations/" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theFullServiceKeepsThePackagesIdOfItsServiceAtAPlace() {
		JsonNode service = get("/api/hsds/services/4524ef3c-a15b-5e1a-b4ec-4844afbe1543");
		assertThat(ids(service.path("service_at_locations"))).containsExactly(SHELTER_AT_SHELTER);
	}

	@Test
	void listsTheServicesOfAnOrganisationAtPlacesWithAnAddressAndVirtual() {
		JsonNode page = validPage(get("/api/hsds/service_at_locations?organization_id=" + LISTENING + "&per_page=100"),
				schema("service_at_location_list.json", null));
		// service_at_location.csv: the services of Ribambelle Écoute, at the Marolles and
		// Schaerbeek places and at the chat; not at the postal place (no address).
		assertThat(ids(page.path("contents"))).containsExactlyInAnyOrder(ONLINE_AT_CHAT, GROUP_AT_MAROLLES,
				"3094223b-fdfa-5dd8-9848-b7a23102633b", "ec91a6e3-8617-5828-8c2c-047243f9ab92",
				"f63c69e6-407f-539b-833d-b75a16eca540", "d9c3bca0-d509-54aa-93b1-a004fb2e621a",
				"af1523b0-7ed1-5419-971d-1350257513ed");
		assertThat(page.path("total_items").asLong()).isEqualTo(7);
		JsonNode chat = find(page.path("contents"), ONLINE_AT_CHAT).path("location");
		assertThat(chat.path("location_type").asString()).isEqualTo("virtual");
		assertThat(chat.path("url").asString()).isEqualTo("https://ecoute.ribambelle.example/chat");
		assertThat(find(page.path("contents"), GROUP_AT_MAROLLES).path("location").has("addresses"))
			.as("one-to-one fields only in a list")
			.isFalse();
		JsonNode full = validPage(
				get("/api/hsds/service_at_locations?organization_id=" + LISTENING + "&per_page=100&full=true"),
				schema("service_with_definitions.json", "service_at_location"));
		assertThat(find(full.path("contents"), GROUP_AT_MAROLLES).path("location")
			.path("contacts")
			.get(0)
			.path("name")
			.asString()).isEqualTo("Accueil Marolles");
		validPage(get("/api/hsds/service_at_locations?per_page=100"), schema("service_at_location_list.json", null));
	}

	@Test
	void anOrganisationCarriesItsContactsWithTheirPhonesItsPhonesAndItsPlaces() {
		JsonNode ribambelle = valid(schema("service_with_definitions.json", "organization"),
				get("/api/hsds/organizations/" + RIBAMBELLE));
		assertThat(ribambelle.path("name").asString()).isEqualTo("Ribambelle asbl");
		assertThat(ribambelle.path("description").asString())
			.isEqualTo("Réseau associatif d’accueil et d’aide sociale à Bruxelles.");
		// contacts.csv and phones.csv: Anne Exemple, and her mobile (a phone with only a
		// contact_id).
		JsonNode anne = ribambelle.path("contacts").get(0);
		assertThat(ribambelle.path("contacts").size()).isEqualTo(1);
		assertThat(anne.path("name").asString()).isEqualTo("Anne Exemple");
		assertThat(anne.path("title").asString()).isEqualTo("Coordinatrice");
		assertThat(anne.path("email").asString()).isEqualTo("anne@ribambelle.example");
		assertThat(anne.path("phones").valueStream())
			.extracting((phone) -> phone.path("number").asString(), (phone) -> phone.path("type").asString())
			.containsExactly(tuple("0470 00 00 01", "cell"));
		// phones.csv: the organisation's number, and the Schaerbeek place's, which the
		// directory keeps as its organisation's (docs/exchange.md).
		assertThat(ribambelle.path("phones").valueStream())
			.extracting((phone) -> phone.path("number").asString(), (phone) -> phone.path("organization_id").asString())
			.containsExactlyInAnyOrder(tuple("02 511 00 00", RIBAMBELLE), tuple("02 215 00 00", RIBAMBELLE));
		assertThat(
				find(ribambelle.path("phones"), "94a149b2-fd0b-5bca-9633-d25426b6c144").path("description").asString())
			.isEqualTo("Accueil général");
		// locations.csv and addresses.csv: its two places, with their addresses.
		assertThat(ribambelle.path("locations").valueStream())
			.extracting((place) -> place.path("name").asString(),
					(place) -> place.path("addresses").get(0).path("address_1").asString())
			.containsExactlyInAnyOrder(tuple("Antenne des Marolles", "Rue Haute 120"),
					tuple("Antenne de Schaerbeek", "Chaussée de Haecht 200"));
		assertThat(find(ribambelle.path("locations"), MAROLLES).path("contacts").findValuesAsString("name"))
			.containsExactly("Accueil Marolles");
		// services.csv: its services, not the defunct "vestiaire fermé".
		assertThat(ribambelle.path("services").findValuesAsString("name")).hasSize(8)
			.contains("Ribambelle épicerie sociale", "Ribambelle médiation de dettes")
			.doesNotContain("Ribambelle vestiaire fermé");
	}

	@Test
	void anOrganisationWithAVirtualPlaceShowsItsUrlAndNoAddress() {
		JsonNode listening = valid(schema("service_with_definitions.json", "organization"),
				get("/api/hsds/organizations/" + LISTENING));
		// locations.csv: the chat (virtual); the postal place has no address row and is
		// not
		// kept.
		assertThat(listening.path("locations").valueStream())
			.extracting((place) -> place.path("location_type").asString(), (place) -> place.path("url").asString(),
					(place) -> place.has("addresses"))
			.containsExactly(tuple("virtual", "https://ecoute.ribambelle.example/chat", false));
		assertThat(listening.path("phones").findValuesAsString("number")).containsExactly("0800 11 222");
		assertThat(listening.has("contacts")).isFalse();
		JsonNode night = get("/api/hsds/organizations/" + NIGHT);
		assertThat(night.path("phones").findValuesAsString("number")).containsExactly("02 511 00 01");
		assertThat(night.path("services").valueStream())
			.filteredOn((service) -> service.path("name").asString().equals("Ribambelle plan hiver"))
			.extracting((service) -> service.path("status").asString())
			.containsExactly("inactive");
	}

	@Test
	void listsOrganisationsWithTheirOneToOneFieldsOrFullyNested() {
		Schema list = schema("organization_list.json", null);
		JsonNode page = validPage(get("/api/hsds/organizations?per_page=100"), list);
		assertThat(page.path("contents").valueStream()).allSatisfy((organization) -> assertThat(
				List.of("contacts", "phones", "locations", "services").stream().filter(organization::has))
			.isEmpty());
		Schema organization = schema("service_with_definitions.json", "organization");
		for (int number = 1; number <= page.path("total_pages").asInt(); number++) {
			JsonNode full = validPage(get("/api/hsds/organizations?per_page=100&full=true&page=" + number),
					organization);
			full.path("contents")
				.valueStream()
				.filter((item) -> item.path("id").asString().equals(RIBAMBELLE))
				.forEach((item) -> assertThat(item.path("contacts").findValuesAsString("name"))
					.containsExactly("Anne Exemple"));
		}
	}

}
