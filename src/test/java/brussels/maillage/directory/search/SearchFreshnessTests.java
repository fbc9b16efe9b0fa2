package brussels.maillage.directory.search;

import java.util.List;

import javax.sql.DataSource;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.services.DirectoryStore;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every search sees the directory as committed: changes made here, by another instance
 * (plain SQL), or rolled back. There is no cache of results (issue 17): the search engine
 * is brought up to the directory's version before each search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchFreshnessTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DirectoryStore store;

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	@Autowired
	PlaceResolver places;

	private RegisterService registered(String organizationName, String name) {
		RegisterOrganization organization = organization(organizationName, "21015", 50.867, 4.378);
		this.directory.register(organization);
		RegisterService service = french(organization, name, "Accompagnement", AreaLevel.REGION, List.of(), "seniors");
		this.directory.register(service, "test");
		return service;
	}

	private void rename(RegisterService service, String name) {
		this.jdbc.sql("update service set name = jsonb_build_object('fr', cast(:name as text)) where id = :id")
			.param("name", name)
			.param("id", service.id())
			.update();
	}

	private List<String> names(SearchResults results) {
		return results.hits().stream().map((hit) -> hit.name().fr()).toList();
	}

	@Test
	void findsAChangeMadeOutsideTheApplicationAtTheNextSearch() {
		RegisterService service = registered("Asbl Vrelinde", "Écoute Vrelinde");
		SearchQuery query = SearchQuery.of("vrelinde", Place.NOWHERE);
		SearchResults first = this.directory.search(query);
		assertThat(names(first)).containsExactly("Écoute Vrelinde");
		assertThat(names(this.directory.search(query))).as("the same again").containsExactly("Écoute Vrelinde");
		assertThat(this.directory.find(query)).as("without the counts per theme")
			.satisfies((found) -> assertThat(found.themes()).isEmpty())
			.satisfies((found) -> assertThat(names(found)).containsExactly("Écoute Vrelinde"));

		// A change written outside the application, as another instance or an import
		// would.
		rename(service, "Écoute Vrelinde Nord");
		SearchResults changed = this.directory.search(query);
		assertThat(names(changed)).containsExactly("Écoute Vrelinde Nord");
	}

	/**
	 * Another instance on the same database keeps its own search index: the change log
	 * (V50) tells it which services changed, before its next search.
	 */
	@Test
	void aSecondInstanceFindsARenamedServiceAtItsNextSearch() {
		ServiceSearch second = new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
		RegisterService service = registered("Asbl Vrombel", "Permanence Pelouze");
		assertThat(names(second.search(SearchQuery.of("pelouze", Place.NOWHERE), false)))
			.containsExactly("Permanence Pelouze");
		rename(service, "Permanence Grimaldo");
		assertThat(names(second.search(SearchQuery.of("grimaldo", Place.NOWHERE), false)))
			.containsExactly("Permanence Grimaldo");
		assertThat(second.search(SearchQuery.of("pelouze", Place.NOWHERE), false).hits()).isEmpty();
		this.jdbc.sql("delete from service where id = :id").param("id", service.id()).update();
		assertThat(second.search(SearchQuery.of("grimaldo", Place.NOWHERE), false).hits()).isEmpty();
	}

	@Test
	void neverServesWhatAChangeRolledBackShowed() {
		RegisterService service = registered("Asbl Morvandel", "Permanence Morvandel");
		SearchQuery query = SearchQuery.of("kesterbo", Place.NOWHERE);
		assertThat(this.directory.search(query).hits()).isEmpty();
		this.transactions.executeWithoutResult((status) -> {
			rename(service, "Permanence Kesterbo");
			assertThat(this.directory.search(query).hits())
				.as("the search engine holds committed changes only, also for the transaction that made one")
				.isEmpty();
			status.setRollbackOnly();
		});
		assertThat(this.directory.search(query).hits()).isEmpty();
		// The next committed change takes the version the rolled-back one had taken.
		rename(service, "Permanence Morvandel Sud");
		assertThat(this.directory.search(query).hits()).isEmpty();
		assertThat(names(this.directory.search(SearchQuery.of("morvandel", Place.NOWHERE))))
			.containsExactly("Permanence Morvandel Sud");
	}

	@Test
	void usesSynonymsAddedByAnotherInstanceAtOnce() {
		registered("Asbl Fantoril", "Répit Fantoril");
		SearchQuery query = SearchQuery.of("brumeloque", Place.NOWHERE);
		assertThat(this.directory.search(query).hits()).isEmpty();
		Long id = this.jdbc
			.sql("insert into search_synonym (terms) values (array['brumeloque', 'fantoril']) returning id")
			.query(Long.class)
			.single();
		try {
			assertThat(names(this.directory.search(query))).containsExactly("Répit Fantoril");
		}
		finally {
			this.jdbc.sql("delete from search_synonym where id = :id").param("id", id).update();
		}
		assertThat(this.directory.search(query).hits()).isEmpty();
	}

	@Test
	void listsThemesAsTheyAreNow() {
		List<Theme> before = this.directory.themes();
		Theme first = before.get(0);
		String label = this.jdbc.sql("select label::text from taxonomy_term where id = :id")
			.param("id", first.id())
			.query(String.class)
			.single();
		this.jdbc.sql("update taxonomy_term set label = label || '{\"en\": \"Renamed theme\"}' where id = :id")
			.param("id", first.id())
			.update();
		try {
			assertThat(this.directory.themes().get(0).label().en()).isEqualTo("Renamed theme");
		}
		finally {
			this.jdbc.sql("update taxonomy_term set label = cast(:label as jsonb) where id = :id")
				.param("label", label)
				.param("id", first.id())
				.update();
		}
		assertThat(this.directory.themes().get(0).label().en()).isEqualTo(first.label().en());
	}

}
