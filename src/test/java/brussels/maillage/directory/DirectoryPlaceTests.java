package brussels.maillage.directory;

import java.net.http.HttpResponse;
import java.util.List;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's place given as a postcode is placed with the territory module, in the API
 * and on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryPlaceTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	PlaceResolver places;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void ranksAServiceServingUccleAboveAnIdenticalRegionalOneForAPostcodeInUccle() {
		RegisterOrganization organization = organization("Asbl Wombat", "21016", 50.801, 4.337);
		this.directory.register(organization);
		RegisterService regional = french(organization, "Maison médicale Wombat", "Soins de première ligne",
				AreaLevel.REGION, List.of(), "general_practice");
		RegisterService uccle = french(organization, "Maison médicale Wombat", "Soins de première ligne",
				AreaLevel.COMMUNE, List.of("21016"), "general_practice");
		this.directory.register(regional, "test");
		this.directory.register(uccle, "test");

		HttpResponse<String> response = new WebSession(this.port)
			.get("/api/hsds/services?search=wombat&postcode=1180&lang=fr");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode contents = this.json.readTree(response.body()).path("contents");
		assertThat(contents.get(0).path("id").asString()).isEqualTo(uccle.id().toString());
		assertThat(contents.get(1).path("id").asString()).isEqualTo(regional.id().toString());

		String page = new WebSession(this.port).get("/repertoire?q=wombat&postcode=1180").body();
		assertThat(page.indexOf(uccle.id().toString())).isLessThan(page.indexOf(regional.id().toString()));
	}

	@Test
	void placesPostcodesThroughTheTerritory() {
		assertThat(this.places.resolve("1180", null, null, null, null))
			.isEqualTo(new Place(null, "21016", "SUD", null, null));
		// 1050 is Ixelles or the Louise part of the City of Brussels: the commune stays
		// open, both are in bassin Sud.
		assertThat(this.places.resolve("1050", null, null, null, null))
			.isEqualTo(new Place(null, null, "SUD", null, null));
		assertThat(this.places.resolve("1000", null, null, null, null).bassinCode()).isNull();
		assertThat(this.places.resolve(null, "21015", null, null, null).bassinCode()).isEqualTo("NORD_EST");
		assertThat(this.places.resolve(null, null, null, 50.8867, 4.3520).bassinCode()).isEqualTo("NORD");
	}

	@Test
	void refusesPostcodesOutsideBrusselsClearly() {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> outside = session.get("/api/hsds/services?postcode=2000");
		assertThat(outside.statusCode()).isEqualTo(422);
		assertThat(outside.body()).contains("2000");
		assertThat(session.get("/api/hsds/services?postcode=12a4").statusCode()).isEqualTo(400);
		String page = session.language("nl").get("/repertoire?q=thuiszorg&postcode=2000").body();
		assertThat(page).contains("Deze postcode hoort niet bij het Brussels Hoofdstedelijk Gewest.")
			.contains("value=\"2000\"");
	}

}
