package brussels.maillage.directory.search.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words found in more services than the engine counts (1,000): the total is a lower bound
 * ("1 000+"), the page still follows stepped care (the services covering the person's
 * commune first, then the others), a short page is the last one with its exact total, and
 * the counts per theme are marked as taken over the first hits. Fewer hits are counted
 * exactly.
 */
class CappedCountsTests {

	private static final String JETTE = "21010";

	private static final String UCCLE = "21016";

	private final LuceneSearchEngine engine = new LuceneSearchEngine();

	@AfterEach
	void close() {
		this.engine.close();
	}

	/** {@code covering} meal services in Jette, {@code others} in Uccle, one dentist. */
	private void index(int covering, int others) {
		List<SearchDocument> documents = new ArrayList<>();
		for (int i = 0; i < covering + others; i++) {
			String commune = (i < covering) ? JETTE : UCCLE;
			documents.add(service("Repas à domicile " + i, "Livraison de repas chauds", commune, "home_care"));
		}
		documents.add(service("Cabinet dentaire", "Soins dentaires", JETTE, "dental_care"));
		this.engine.rebuild(documents, List.of());
	}

	private static SearchDocument service(String name, String text, String commune, String theme) {
		return new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Asbl", Map.of("fr", name), Map.of("fr", text),
				List.of(Map.of("fr", theme)), List.of(theme), "active", "service", "free", List.of("fr"), List.of(),
				"COMMUNE", List.of(commune), List.of(), Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null);
	}

	private SearchAnswer search(String text, int offset, int size, boolean facets) {
		return this.engine.search(new SearchRequest(text, null, null, false, null, null, null, null, null, null, null,
				JETTE, null, null, null, offset, size, facets));
	}

	@Test
	void countsUpToTheCapAndSaysMoreBeyond() {
		index(700, 800);
		SearchAnswer first = search("repas", 0, 20, true);
		assertThat(first.totalCapped()).isTrue();
		assertThat(first.total()).isGreaterThan(1000);
		assertThat(first.hits()).hasSize(20).allMatch((hit) -> hit.closeness() == 3);
		assertThat(first.themesCapped()).isTrue();
		assertThat(first.themes()).containsKey("home_care").doesNotContainKey("dental_care");
	}

	@Test
	void aPageAcrossTwoPartsOfSteppedCareTakesTheEndOfTheFirstThenTheStartOfTheNext() {
		index(700, 800);
		SearchAnswer page = search("repas", 690, 20, false);
		assertThat(page.totalCapped()).isTrue();
		assertThat(page.total()).isGreaterThan(710);
		assertThat(page.hits()).hasSize(20);
		assertThat(page.hits().subList(0, 10)).allMatch((hit) -> hit.closeness() == 3);
		assertThat(page.hits().subList(10, 20)).allMatch((hit) -> hit.closeness() == 0);
	}

	@Test
	void theLastPageGivesTheExactTotal() {
		index(700, 800);
		SearchAnswer last = search("repas", 1490, 20, false);
		assertThat(last.hits()).hasSize(10);
		assertThat(last.totalCapped()).isFalse();
		assertThat(last.total()).isEqualTo(1500);
	}

	@Test
	void fewerHitsThanTheCapAreCountedExactly() {
		index(30, 40);
		SearchAnswer answer = search("repas", 0, 20, true);
		assertThat(answer.totalCapped()).isFalse();
		assertThat(answer.total()).isEqualTo(70);
		assertThat(answer.themesCapped()).isFalse();
		assertThat(answer.themes()).containsEntry("home_care", 70L);
		assertThat(answer.hits()).hasSize(20).allMatch((hit) -> hit.closeness() == 3);
	}

}
