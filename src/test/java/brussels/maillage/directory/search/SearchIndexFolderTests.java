package brussels.maillage.directory.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.services.DirectoryStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index kept in a folder: reopened at a restart and brought up to date from
 * the change log, built again when it was made from another database, and kept in memory
 * by a second process that finds the folder in use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIndexFolderTests {

	@TempDir
	Path folder;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	@Autowired
	PlaceResolver places;

	private ServiceSearch instance() {
		return new ServiceSearch(this.dataSource, this.store, this.territory, this.places, this.folder);
	}

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

	private static List<String> found(ServiceSearch search, String text) {
		return search.search(SearchQuery.of(text, Place.NOWHERE), false)
			.hits()
			.stream()
			.map((hit) -> hit.name().fr())
			.toList();
	}

	@Test
	void reopensTheIndexAtARestartAndCatchesUpWithWhatChangedMeanwhile() {
		RegisterService renamed = registered("Asbl Quernobel", "Halte Quernobel");
		RegisterService removed = registered("Asbl Pirolande", "Halte Pirolande");
		ServiceSearch first = instance();
		assertThat(found(first, "quernobel")).containsExactly("Halte Quernobel");
		assertThat(first.made()).isEqualTo("built");
		first.close();

		// While no instance runs on this folder.
		rename(renamed, "Halte Zirkonel");
		this.jdbc.sql("delete from service where id = :id").param("id", removed.id()).update();
		RegisterService added = registered("Asbl Morgalente", "Halte Morgalente");

		ServiceSearch second = instance();
		try {
			assertThat(found(second, "zirkonel")).containsExactly("Halte Zirkonel");
			assertThat(second.made()).as("reopened from the folder, not built again").isEqualTo("reopened");
			assertThat(found(second, "quernobel")).as("found by its organisation's name only")
				.doesNotContain("Halte Quernobel");
			assertThat(found(second, "pirolande")).isEmpty();
			assertThat(found(second, "morgalente")).containsExactly("Halte Morgalente");
			assertThat(second.size()).isEqualTo(this.directory.countServices());
		}
		finally {
			second.close();
			this.jdbc.sql("delete from service where id in (:ids)")
				.param("ids", List.of(renamed.id(), added.id()))
				.update();
		}
	}

	@Test
	void buildsAgainAnIndexKeptFromAnotherDatabase() {
		RegisterService service = registered("Asbl Trevanique", "Halte Trevanique");
		long version = this.jdbc.sql("select version from directory_version").query(Long.class).single();
		// An empty index that says it holds this very version, but of another database.
		LuceneSearchEngine other = new LuceneSearchEngine(this.folder);
		other.rebuild(List.of(), List.of());
		other.commit(Map.of("version", String.valueOf(version), "database", "another cluster/maillage"));
		other.close();

		ServiceSearch search = instance();
		try {
			assertThat(found(search, "trevanique")).containsExactly("Halte Trevanique");
			assertThat(search.made()).isEqualTo("built");
		}
		finally {
			search.close();
			this.jdbc.sql("delete from service where id = :id").param("id", service.id()).update();
		}
	}

	@Test
	void keepsTheIndexInMemoryWhenAnotherProcessHoldsTheFolder() {
		LuceneSearchEngine holder = new LuceneSearchEngine(this.folder);
		try {
			LuceneSearchEngine second = new LuceneSearchEngine(this.folder);
			assertThat(second.storage()).isEqualTo("memory");
			second.close();
			assertThat(holder.storage()).isEqualTo(this.folder.toString());
		}
		finally {
			holder.close();
		}
	}

}
