package brussels.maillage.directory.search.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a search with words is read through a score floor (only the hits that can
 * still enter it once closeness and distance are added); it must be the page that
 * re-ranking the best 200 hits gives, and a local service that relevance alone puts after
 * the first page must still rise onto it.
 */
class RankingPageTests {

	private static final String JETTE = "21010";

	private static final String UCCLE = "21016";

	private static final String NORTH_WEST = "NORD_OUEST";

	private final LuceneSearchEngine engine = new LuceneSearchEngine();

	@AfterEach
	void close() {
		this.engine.close();
	}

	private static SearchDocument service(String name, String text, String level, String code, double[] point) {
		return new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Asbl", Map.of("fr", name), Map.of("fr", text),
				List.of(Map.of("fr", "Soins à domicile")), List.of("home_care"), "active", "service", "free",
				List.of("fr"), List.of(), level, (code != null) ? List.of(code) : List.of(),
				(point != null) ? List.<double[]>of(point) : List.of(), Instant.parse("2026-01-01T00:00:00Z"),
				List.of(), null, null);
	}

	private SearchAnswer search(String text, String commune, Double lat, Double lon, int offset, int size) {
		return this.engine.search(new SearchRequest(text, null, null, false, null, null, null, null, null, null, null,
				commune, (commune != null) ? NORTH_WEST : null, lat, lon, offset, size, false));
	}

	private static List<UUID> ids(List<SearchAnswer.Hit> hits) {
		return hits.stream().map(SearchAnswer.Hit::id).toList();
	}

	@Test
	void aLocalServiceBehindThirtyRegionalOnesByRelevanceAloneStillComesFirst() {
		List<SearchDocument> documents = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			documents.add(service("Soins infirmiers " + i, "Soins infirmiers à domicile, toilette et pansements",
					"REGION", null, null));
		}
		// The same words, in a longer text: a little less relevant, but in the commune.
		SearchDocument local = service("Soins infirmiers Jette",
				"Soins infirmiers à domicile, toilette, pansements, injections, suivi du diabète et des plaies, "
						+ "dans le quartier et les rues voisines",
				"COMMUNE", JETTE, null);
		documents.add(local);
		this.engine.rebuild(documents, List.of());

		SearchAnswer nowhere = search("soins infirmiers", null, null, null, 0, 31);
		assertThat(ids(nowhere.hits()).indexOf(local.id())).as("by relevance alone it is not on the first page")
			.isGreaterThanOrEqualTo(20);

		SearchAnswer inJette = search("soins infirmiers", JETTE, null, null, 0, 20);
		assertThat(inJette.hits().get(0).id()).isEqualTo(local.id());
		assertThat(inJette.hits().get(0).closeness()).isEqualTo(3);
	}

	@Test
	void everyPageIsTheOneThatReRankingTheBestTwoHundredGives() {
		Random random = new Random(17);
		String[] names = { "Soins à domicile", "Aide et soins infirmiers", "Centre de santé", "Maison médicale",
				"Service d'aide aux familles", "Soins palliatifs à domicile" };
		String[] texts = { "Soins infirmiers et aide à domicile", "Consultations de médecine générale",
				"Aide familiale, soins d'hygiène et repas", "Accompagnement et soins pour les personnes âgées",
				"Soins, soins de plaies et soins palliatifs à domicile" };
		String[][] areas = { { "REGION", null }, { "BASSIN", NORTH_WEST }, { "COMMUNE", JETTE }, { "COMMUNE", UCCLE },
				{ "QUARTIER", "Q1" } };
		List<SearchDocument> documents = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			String[] area = areas[random.nextInt(areas.length)];
			double[] point = random.nextBoolean()
					? new double[] { 50.80 + random.nextDouble() * 0.1, 4.30 + random.nextDouble() * 0.12 } : null;
			documents.add(service(names[random.nextInt(names.length)] + " " + i,
					texts[random.nextInt(texts.length)] + ((i % 7 == 0) ? ", soins" : ""), area[0], area[1], point));
		}
		this.engine.rebuild(documents, List.of());
		for (String text : List.of("soins", "soins à domicile", "aide soins infirmiers", "maison médicale soins")) {
			for (String commune : new String[] { null, JETTE, UCCLE }) {
				for (boolean point : List.of(false, true)) {
					Double lat = point ? 50.85 : null;
					Double lon = point ? 4.35 : null;
					List<UUID> reference = ids(search(text, commune, lat, lon, 0, 200).hits());
					for (int offset : List.of(0, 20, 40)) {
						SearchAnswer page = search(text, commune, lat, lon, offset, 20);
						assertThat(ids(page.hits())).as("%s, %s, %s, from %d", text, commune, point, offset)
							.isEqualTo(reference.subList(offset, offset + 20));
					}
				}
			}
		}
	}

}
