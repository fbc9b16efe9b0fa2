package brussels.maillage.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search with many hits ranks its page from the hits found in the names first, then in
 * names and themes ({@link ServiceSearch.Tier}), and counts them only up to a cap: the
 * pages must be exactly those of ranking every hit. The cap is lowered here so that the
 * demo directory's searches take that path.
 */
@SpringBootTest
class DirectorySearchTierTests {

	private static final Place SCHAERBEEK = new Place(null, "21015", "NORD_EST", 50.867, 4.378);

	private static final Place UCCLE_COMMUNE = new Place(null, "21016", null, null, null);

	private static final Place BASSIN_SUD = new Place(null, null, "SUD", null, null);

	/** What is typed; {@code null} browses. */
	private static final List<String> TEXTS = Arrays.asList(null, "aide familiale", "gezinszorg", "soins",
			"santé mentale", "CPAS", "ocmw", "maison médicale", "huisarts", "thuisverpleging", "diabète", "aide",
			"zorg", "service social", "repas", "logement", "psycholoog", "maison de repos", "paliatif",
			"médecin généraliste", "huis", "maison", "social");

	private static final List<Place> PLACES = List.of(Place.NOWHERE, SCHAERBEEK, UCCLE_COMMUNE, BASSIN_SUD);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void pagesFromTheTiersAreThePagesOfAllHits() {
		// A low cap: most searches have more hits in names and theme labels; a higher
		// one: many have few there, ranked together, and more in descriptions only.
		pagesFromTheTiersAreThePagesOfAllHits(5);
		pagesFromTheTiersAreThePagesOfAllHits(40);
	}

	private void pagesFromTheTiersAreThePagesOfAllHits(int cap) {
		ServiceSearch tiered = new ServiceSearch(this.jdbc, this.store);
		tiered.countCap = cap;
		ServiceSearch full = new ServiceSearch(this.jdbc, this.store);
		full.countCap = 1_000_000;
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		int capped = 0;
		List<String> compared = new ArrayList<>();
		for (String text : TEXTS) {
			for (Place place : PLACES) {
				for (int page = 0; page < 3; page++) {
					SearchQuery query = new SearchQuery(text, (page == 2) ? "home_care" : null, null, false, null,
							place, null, null, page, 8);
					SearchResults fast = readOnly.execute((status) -> tiered.search(query, true));
					SearchResults all = readOnly.execute((status) -> full.search(query, true));
					String label = text + " " + place + " page " + page + " cap " + cap;
					assertThat(fast.hits()).as(label)
						.extracting(SearchHit::id)
						.containsExactlyElementsOf(all.hits().stream().map(SearchHit::id).toList());
					assertThat(fast.hits()).as(label)
						.extracting(SearchHit::score)
						.containsExactlyElementsOf(all.hits().stream().map(SearchHit::score).toList());
					assertThat(all.totalCapped()).isFalse();
					if (fast.totalCapped()) {
						capped++;
						assertThat(fast.total()).as(label).isLessThan(all.total() + 1);
						assertThat(fast.hasNext()).as(label).isTrue();
					}
					else {
						assertThat(fast.total()).as(label).isEqualTo(all.total());
					}
					compared.add(label);
				}
			}
		}
		assertThat(capped).as("searches that took the tiered path").isGreaterThan(compared.size() / 4);
	}

	/**
	 * The exact-text bonus outside the tier of names is ruled out only when no word of
	 * the vocabulary holds a typed word inside it without one of its forms.
	 */
	@Test
	void theTextIsInNamesOnlyWithItsWords() {
		ServiceSearch search = new ServiceSearch(this.jdbc, this.store);
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		rolledBack.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			assertThat(search.phrase("qqmotzz")).as("a word in no name").isEqualTo(ServiceSearch.Phrase.NOWHERE);
			this.jdbc.sql("insert into search_word (word) values ('qqmotzz'), ('qqmotzzs'), ('qqautre')").update();
			assertThat(search.phrase("qqmotzz")).as("its plural has its French form")
				.isEqualTo(ServiceSearch.Phrase.NAMES_ONLY);
			assertThat(search.phrase("qqmotzz zzabsent qqautre")).as("a middle word in no name")
				.isEqualTo(ServiceSearch.Phrase.NOWHERE);
			this.jdbc.sql("insert into search_word (word) values ('aqqmotzz')").update();
			assertThat(search.phrase("qqmotzz")).as("inside a longer word without its forms")
				.isEqualTo(ServiceSearch.Phrase.ANYWHERE);
			assertThat(search.phraseScope("qqmotzz").outside()).as("the longer word, to look for in names")
				.isEqualTo("'aqqmotzz'");
			assertThat(search.phrase("qqmotzz qqautre")).as("a first word may end a longer word, as in aqqmotzz")
				.isEqualTo(ServiceSearch.Phrase.ANYWHERE);
			assertThat(search.phrase("qqautre qqmotzz"))
				.as("a last word may begin a longer word; aqqmotzz does not begin with it")
				.isEqualTo(ServiceSearch.Phrase.NAMES_ONLY);
			assertThat(search.phrase("qq")).as("shorter than the vocabulary's words")
				.isEqualTo(ServiceSearch.Phrase.ANYWHERE);
		});
	}

	@Test
	void countsPastTheCapWhenPagingOn() {
		ServiceSearch tiered = new ServiceSearch(this.jdbc, this.store);
		tiered.countCap = 5;
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		SearchResults first = readOnly.execute((status) -> tiered
			.search(new SearchQuery(null, null, null, false, null, Place.NOWHERE, null, null, 0, 10), false));
		assertThat(first.totalCapped()).isTrue();
		assertThat(first.total()).isEqualTo(11);
		assertThat(first.shownTotal()).isEqualTo(10);
		assertThat(first.hasNext()).isTrue();
		int page = 0;
		SearchResults results = first;
		List<Object> seen = new ArrayList<>();
		while (results.hasNext() && page < 200) {
			page++;
			int asked = page;
			results = readOnly.execute((status) -> tiered
				.search(new SearchQuery(null, null, null, false, null, Place.NOWHERE, null, null, asked, 10), false));
			results.hits().forEach((hit) -> seen.add(hit.id()));
		}
		assertThat(results.totalCapped()).as("the last page is counted exactly").isFalse();
		assertThat(results.hasNext()).isFalse();
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) results.total() - 10);
	}

}
