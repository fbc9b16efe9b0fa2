package brussels.maillage.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import brussels.maillage.WebSession;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS 3.1 API answers without a token, in the shapes of the official HSDS schemas
 * (copied in src/test/resources/hsds), and rejects bad paging with problem documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryHsdsApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static final List<String> PAGE_FIELDS = List.of("total_items", "total_pages", "page_number", "size",
			"first_page", "last_page", "empty", "contents");

	@LocalServerPort
	int port;

	private JsonNode get(String path) {
		HttpResponse<String> response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return json.readTree(response.body());
	}

	private static Schema schema(String file) {
		try (InputStream in = DirectoryHsdsApiTests.class.getResourceAsStream("/hsds/" + file)) {
			return schemas.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Schema pageSchema() {
		try (InputStream in = DirectoryHsdsApiTests.class.getResourceAsStream("/hsds/openapi.json")) {
			JsonNode page = json.readTree(in).path("components").path("schemas").path("Page");
			return schemas.getSchema(json.writeValueAsString(page));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertValid(Schema schema, JsonNode document) {
		List<Error> errors = schema.validate(document);
		assertThat(errors).as(document.toString()).isEmpty();
	}

	private static void assertPageOf(JsonNode page, String itemSchema) {
		assertThat(PAGE_FIELDS).allSatisfy((field) -> assertThat(page.has(field)).as(field).isTrue());
		assertValid(pageSchema(), page);
		assertThat(page.path("size").asInt()).isEqualTo(page.path("contents").size());
		Schema items = schema(itemSchema);
		page.path("contents").forEach((item) -> assertValid(items, item));
	}

	@Test
	void checksAgainstSchemasThatDoRejectWrongShapes() {
		assertThat(schema("service_list.json").validate(json.readTree("{\"id\": \"x\", \"status\": \"open\"}")))
			.isNotEmpty();
		assertThat(pageSchema().validate(json.readTree("{\"total_items\": \"many\"}"))).isNotEmpty();
	}

	@Test
	void describesItself() {
		JsonNode info = get("/api/hsds/");
		assertThat(info.path("version").asString()).isEqualTo("3.1");
		assertThat(info.path("openapi_url").asString()).endsWith("/api/openapi");
	}

	@Test
	void listsServicesInThePagedShapeOfHsds() {
		JsonNode page = get("/api/hsds/services?per_page=20&page=2");
		assertPageOf(page, "service_list.json");
		assertThat(page.path("page_number").asInt()).isEqualTo(2);
		assertThat(page.path("size").asInt()).isEqualTo(20);
		assertThat(page.path("first_page").asBoolean()).isFalse();
		assertThat(page.path("total_items").asLong()).isGreaterThan(200);
		assertThat(page.path("contents").get(0).path("organization_id").asString()).hasSize(36);
	}

	@Test
	void searchesServicesForAPlace() {
		JsonNode page = get("/api/hsds/services?search=thuisverpleging&commune=21015&lang=nl");
		assertPageOf(page, "service_list.json");
		assertThat(page.path("total_items").asLong()).isPositive();
	}

	@Test
	void servesAFullServiceValidAgainstTheHsdsSchema() {
		// Every service listed first is valid; other tests' imports (a package without
		// places) may come first, so the full services are counted among the first 50.
		JsonNode page = get("/api/hsds/services?per_page=50");
		int full = 0;
		int index = 0;
		for (JsonNode item : page.path("contents")) {
			JsonNode service = get("/api/hsds/services/" + item.path("id").asString());
			if (index++ < 5) {
				assertValid(schema("service_with_definitions.json"), service);
			}
			if (service.path("service_at_locations").size() > 0 && service.path("attributes").size() > 0) {
				assertValid(schema("service_with_definitions.json"), service);
				full++;
			}
		}
		assertThat(full).isGreaterThanOrEqualTo(5);
	}

	@Test
	void listsOrganizationsTaxonomiesAndPlaces() {
		assertPageOf(get("/api/hsds/organizations?per_page=10"), "organization_list.json");
		assertPageOf(get("/api/hsds/taxonomies"), "taxonomy.json");
		JsonNode terms = get("/api/hsds/taxonomy_terms?per_page=100&lang=nl");
		assertPageOf(terms, "taxonomy_term.json");
		assertThat(terms.path("contents").findValuesAsString("name")).contains("Thuisverpleging");
		assertPageOf(get("/api/hsds/service_at_locations?per_page=10"), "service_at_location_list.json");
		String organization = get("/api/hsds/organizations?per_page=1").path("contents").get(0).path("id").asString();
		assertThat(get("/api/hsds/organizations/" + organization).path("id").asString()).isEqualTo(organization);
		JsonNode ofOrganization = get("/api/hsds/services?organization_id=" + organization);
		assertThat(ofOrganization.path("total_items").asLong()).isPositive();
	}

	@Test
	void filtersServicesByTaxonomyTermAndModificationDate() {
		JsonNode terms = get("/api/hsds/taxonomy_terms?per_page=100");
		String palliative = null;
		for (JsonNode term : terms.path("contents")) {
			if (term.path("code").asString().equals("palliative")) {
				palliative = term.path("id").asString();
			}
		}
		assertThat(get("/api/hsds/services?taxonomy_term_id=" + palliative).path("total_items").asLong()).isPositive();
		assertThat(get("/api/hsds/services?modified_after=2999-01-01").path("total_items").asLong()).isZero();
	}

	@Test
	void answersBadPagingWithAProblemOrAClamp() {
		WebSession session = new WebSession(this.port);
		for (String query : List.of("page=-1", "page=0", "per_page=0", "page=abc", "per_page=1e3", "page=99999999999",
				"modified_after=yesterday", "lang=de", "lat=50.8")) {
			HttpResponse<String> response = session.get("/api/hsds/services?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(query)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		JsonNode clamped = get("/api/hsds/services?per_page=100000");
		assertThat(clamped.path("size").asInt()).isEqualTo(100);
		JsonNode beyond = get("/api/hsds/services?page=100000");
		assertThat(beyond.path("empty").asBoolean()).isTrue();
		assertThat(new WebSession(this.port).get("/api/hsds/services/not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(new WebSession(this.port).get("/api/hsds/services/" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void answersInTheLanguageAskedWithoutChangingThePagesLanguage() {
		// A problem's texts follow lang as they follow the reader's browser language.
		HttpResponse<String> dutch = new WebSession(this.port).get("/api/hsds/services?page=0&lang=nl");
		HttpResponse<String> browserInDutch = new WebSession(this.port).language("nl").get("/api/hsds/services?page=0");
		HttpResponse<String> french = new WebSession(this.port).get("/api/hsds/services?page=0&lang=fr");
		assertThat(dutch.statusCode()).isEqualTo(400);
		assertThat(json.readTree(dutch.body()).path("title"))
			.isEqualTo(json.readTree(browserInDutch.body()).path("title"))
			.isNotEqualTo(json.readTree(french.body()).path("title"));
		// A script's lang is not the reader's choice of language for the pages.
		assertThat(dutch.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> services = new WebSession(this.port).get("/api/hsds/services?per_page=1&lang=nl");
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.headers().allValues("Set-Cookie")).isEmpty();
	}

}
