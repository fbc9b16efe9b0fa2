package brussels.maillage.directory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A service whose HSDS {@code service_area} names several communes, one a row, serves
 * each of them (issue 17): a package ({@code src/test/resources/directory-multi-commune})
 * has meals at home for four communes named as people write them ("Bruxelles-Ville"),
 * three Schaerbeek services matching one word of the query each, a home physiotherapy
 * service for seven communes of the north-west ("Molenbeek", "Berchem-Ste-Agathe",
 * "Laeken") and a Jette practice where the person comes; parcels brought home in
 * Schaerbeek and "Quartier Nord", words the directory cannot place. For a person in
 * Schaerbeek (typed, chosen, or both) the meals at home come first, as the best match
 * serving the commune; for a person in Jette the home physiotherapy comes before the
 * practice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiCommuneAreaSearchTests {

	private static final String PREFIX = "7a3e51c0-2d4b-4f6a-9b1e-0000000000";

	private static final UUID ORGANIZATION = UUID.fromString(PREFIX + "01");

	private static final UUID MEALS = UUID.fromString(PREFIX + "11");

	private static final UUID HOME_PHYSIOTHERAPY = UUID.fromString(PREFIX + "21");

	private static final UUID PRACTICE = UUID.fromString(PREFIX + "22");

	private static final UUID PARCELS = UUID.fromString(PREFIX + "15");

	private static final List<UUID> SERVICES = List.of(MEALS, UUID.fromString(PREFIX + "12"),
			UUID.fromString(PREFIX + "13"), UUID.fromString(PREFIX + "14"), HOME_PHYSIOTHERAPY, PRACTICE, PARCELS);

	/** Schaerbeek (NIS 21015), in the bassin Nord-Est. */
	private static final Place SCHAERBEEK = new Place(null, "21015", "NORD_EST", null, null);

	/** Jette (NIS 21010), in the bassin Nord. */
	private static final Place JETTE = new Place(null, "21010", "NORD", null, null);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSearch search;

	@BeforeAll
	void importThePackage() throws Exception {
		PackageUploads.post(this.port, "directory-multi-commune", "multi-commune area search test");
	}

	@AfterAll
	void removeThePackage() {
		// The database is shared with other tests, which list the directory's services.
		this.jdbc.sql("delete from service where id = any(:ids)").param("ids", SERVICES.toArray(UUID[]::new)).update();
		this.jdbc.sql("delete from organization where id = :id").param("id", ORGANIZATION).update();
	}

	@Test
	void theAreasNamedAreReadAsTheirCommunes() {
		assertThat(area(MEALS)).isEqualTo("COMMUNE 21004 21006 21014 21015");
		assertThat(area(HOME_PHYSIOTHERAPY)).isEqualTo("COMMUNE 21001 21003 21004 21008 21010 21011 21012");
		// A commune named with words the directory cannot read: the commune at least,
		// the area shown as written.
		assertThat(area(PARCELS)).isEqualTo("COMMUNE 21015");
		assertThat(this.jdbc.sql("select area_description from service where id = ?")
			.param(PARCELS)
			.query(String.class)
			.single()).isEqualTo("Schaerbeek ; Quartier Nord");
	}

	@Test
	void mealsAtHomeForSeveralCommunesComeFirstInSchaerbeekTypedOrChosen() {
		String words = "repas à domicile personne âgée";
		assertThat(found(words + " schaerbeek", Place.NOWHERE)).first().isEqualTo(MEALS);
		assertThat(found(words + " schaerbeek", SCHAERBEEK)).first().isEqualTo(MEALS);
		assertThat(found(words, SCHAERBEEK)).first().isEqualTo(MEALS);
		assertThat(hits(words, SCHAERBEEK).get(0).proximity()).isEqualTo(Proximity.COMMUNE);
	}

	@Test
	void theExplainerReadsThePlaceTypedAsTheSearchDoes() throws Exception {
		Map<UUID, String> keys = new java.util.HashMap<>();
		SERVICES.forEach((id) -> keys.put(id, id.toString().substring(PREFIX.length())));
		String explained = HitExplainer.explained(this.search, keys, "repas à domicile personne âgée schaerbeek");
		System.out.println(explained);
		assertThat(explained).contains("place words schaerbeek", "commune 21015")
			.doesNotContain("words repas a domicile personne agee schaerbeek");
	}

	@Test
	void homePhysiotherapyForSeveralCommunesComesBeforeAPracticeInJette() {
		for (List<Object> query : List.<List<Object>>of(List.of("kiné à domicile jette", Place.NOWHERE),
				List.of("kiné à domicile jette", JETTE), List.of("kiné à domicile", JETTE))) {
			List<UUID> found = found((String) query.get(0), (Place) query.get(1));
			assertThat(found).as(query.toString()).contains(PRACTICE);
			assertThat(found.indexOf(HOME_PHYSIOTHERAPY)).as(query.toString()).isZero();
		}
	}

	private String area(UUID service) {
		Map<String, Object> row = this.jdbc.sql("select area_level, area_codes from service where id = ?")
			.param(service)
			.query()
			.singleRow();
		Object codes = row.get("area_codes");
		String written = (codes instanceof java.sql.Array array) ? arrayText(array) : String.valueOf(codes);
		return row.get("area_level") + " " + written;
	}

	private static String arrayText(java.sql.Array array) {
		try {
			return String.join(" ",
					java.util.Arrays.stream((Object[]) array.getArray()).map(String::valueOf).sorted().toList());
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<UUID> found(String text, Place place) {
		List<SearchHit> hits = hits(text, place);
		hits.forEach((hit) -> System.out.println("  " + text + " @" + place.communeNis() + "  " + hit.name().fr() + "  "
				+ hit.score() + "  " + hit.proximity()));
		return hits.stream().map(SearchHit::id).toList();
	}

	private List<SearchHit> hits(String text, Place place) {
		return this.directory
			.search(new SearchQuery(text, null, null, false, null, place, ORGANIZATION, null, 0, 100, null, null, null))
			.hits();
	}

}
