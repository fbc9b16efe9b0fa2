package brussels.maillage.directory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.Proximity;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service area written in words the directory cannot read is neither the person's place
 * nor the whole region: a package ({@code src/test/resources/directory-unread-area}) has
 * three services with the same description, for Schaerbeek ("Rayons Nord"), for the
 * Brussels-Capital Region ("Rayons Région") and for "Gare du Midi" ("Rayons Midi", which
 * HSDS lets a publisher write and the directory keeps as written). For a person in
 * Schaerbeek the commune's service comes first, the region's second, then the one whose
 * coverage cannot be decided, saying so; without a place the search is as before (issue
 * 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadAreaSearchTests {

	private static final UUID ORGANIZATION = UUID.fromString("5e1d7a40-7c2b-4e0a-8f3d-000000000001");

	private static final UUID NORD = UUID.fromString("5e1d7a40-7c2b-4e0a-8f3d-000000000011");

	private static final UUID REGION = UUID.fromString("5e1d7a40-7c2b-4e0a-8f3d-000000000012");

	private static final UUID MIDI = UUID.fromString("5e1d7a40-7c2b-4e0a-8f3d-000000000013");

	/** Schaerbeek (NIS 21015), in the bassin Nord-Est. */
	private static final Place SCHAERBEEK = new Place(null, "21015", "NORD_EST", null, null);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	void removeThePackage() {
		// The database is shared with other tests, which list the directory's services.
		UUID[] services = { NORD, REGION, MIDI };
		this.jdbc.sql("delete from service where id = any(:ids)").param("ids", services).update();
		this.jdbc.sql("delete from phone where organization_id = :id").param("id", ORGANIZATION).update();
		this.jdbc.sql("delete from location where organization_id = :id").param("id", ORGANIZATION).update();
		this.jdbc.sql("delete from organization where id = :id").param("id", ORGANIZATION).update();
	}

	@BeforeAll
	void importThePackage() throws Exception {
		PackageUploads.post(this.port, "directory-unread-area", "unread area search test");
		assertThat(this.jdbc.sql("select area_description from service where id = ?")
			.param(MIDI)
			.query(String.class)
			.single()).isEqualTo("Gare du Midi");
	}

	@Test
	void forAPersonInSchaerbeekTheUnreadAreaComesAfterTheCommuneAndTheRegion() {
		List<SearchHit> hits = found(SCHAERBEEK);
		assertThat(hits).extracting(SearchHit::id).containsExactly(NORD, REGION, MIDI);
		assertThat(hits).extracting(SearchHit::proximity)
			.containsExactly(Proximity.COMMUNE, Proximity.REGION, Proximity.UNREAD_AREA);
	}

	@Test
	void withoutAPlaceNothingChanges() {
		// As before: an area kept as written counts as the region's when no place is
		// known (both above the commune's service), ties by name.
		List<SearchHit> hits = found(Place.NOWHERE);
		assertThat(hits).extracting(SearchHit::id).containsExactly(MIDI, REGION, NORD);
		assertThat(hits).extracting(SearchHit::proximity).containsOnly(Proximity.UNKNOWN);
	}

	@Test
	void thePageSaysWhyInEachLanguageAndKeepsTheAreaAsWritten() {
		Map<String, String> why = Map.of("fr", "zone décrite en des termes que l'annuaire ne sait pas situer", "nl",
				"gebied beschreven in woorden die de gids niet kan situeren", "en",
				"area described in words the directory cannot place");
		Map<String, String> commune = Map.of("fr", "sert votre commune", "nl", "bedient uw gemeente", "en",
				"serves your municipality");
		for (String language : List.of("fr", "nl", "en")) {
			String page = new WebSession(this.port).language(language)
				.get("/repertoire?q=r%C3%A9paration+de+v%C3%A9los+cargo&commune=21015")
				.body()
				.replace("&#39;", "'");
			int nord = page.indexOf("Rayons Nord");
			int region = page.indexOf("Rayons Région");
			int midi = page.indexOf("Rayons Midi");
			assertThat(nord).as(language).isPositive().isLessThan(region);
			assertThat(region).as(language).isLessThan(midi);
			assertThat(page.substring(nord, region)).as(language).contains(commune.get(language));
			String midiHit = page.substring(midi, page.indexOf("</li>", midi));
			assertThat(midiHit).as(language).contains(why.get(language)).doesNotContain("directory.why");
		}
		String service = new WebSession(this.port).get("/repertoire/services/" + MIDI).body();
		assertThat(service).contains("Gare du Midi").doesNotContain("sert toute la région");
	}

	private List<SearchHit> found(Place place) {
		return this.directory
			.search(new SearchQuery("réparation de vélos cargo", null, null, false, null, place, ORGANIZATION, null, 0,
					100, null, null))
			.hits();
	}

}
