package brussels.maillage.directory.search;

import javax.sql.DataSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.index.ImportedService;
import brussels.maillage.directory.search.index.SearchIndexHandoff;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * No sequence of imports, edits, rebuilds and restarts leaves a service twice in the
 * index (a person would see it twice in the results, and the counts would be wrong). The
 * races are played in order on an instance of the search without background refresh: an
 * import-like transaction (the import's own protocol with {@link SearchIndexHandoff}:
 * services handed over, the version raised and logged, then the commit) holds the
 * {@code service} table so that a rebuild or a refresh reads the directory's version
 * before the commit and the services after it; a refresh's connection is ended after it
 * added an import's services, and the refresh run again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexDuplicatesTests {

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
	TerritoryService territory;

	@Autowired
	PlaceResolver places;

	@Autowired
	TransactionTemplate transactions;

	private final List<UUID> organizations = new ArrayList<>();

	@AfterEach
	void removeTheServices() {
		if (!this.organizations.isEmpty()) {
			UUID[] ids = this.organizations.toArray(UUID[]::new);
			this.jdbc.sql("delete from service where organization_id = any(:ids)").param("ids", ids).update();
		}
	}

	@Test
	void aRebuildThatReadsAnImportCommittedAfterItsVersionHoldsTheImportedServiceOnce() throws Exception {
		RegisterService service = unregistered("Halte Zorglonde");
		ServiceSearch search = new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
		try {
			search.refresh();
			importWhile(search, service, search::rebuild);
			search.refresh();
			assertOnce(search, service, "zorglonde");
		}
		finally {
			search.close();
		}
	}

	@Test
	void aRefreshThatReadsAServiceImportedAgainAfterItsVersionHoldsItOnce() throws Exception {
		// The blind and English judged sets in one database: one withdraws its package
		// (the rows deleted), the next imports it again with the same ids, as new
		// services.
		RegisterService service = service("Halte Vorpalune");
		ServiceSearch search = new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
		try {
			search.refresh();
			assertThat(found(search, "vorpalune")).containsExactly(service.id());
			this.jdbc.sql("delete from service where id = :id").param("id", service.id()).update();
			importWhile(search, service, search::refresh);
			search.refresh();
			assertOnce(search, service, "vorpalune");
		}
		finally {
			search.close();
		}
	}

	@Test
	void aRefreshCutShortAfterAddingAnImportsServicesHoldsThemOnceWhenItRunsAgain() throws Exception {
		RegisterService service = unregistered("Halte Mirlitonde");
		ServiceSearch search = new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			search.refresh();
			importWhile(search, service, null);
			this.directory.search(SearchQuery.of("zzz", Place.NOWHERE));
			// The refresh adds the import's services, then waits for the thesaurus, and
			// its connection is lost: the refresh fails, the index stays at its version.
			List<Future<?>> refreshing = new ArrayList<>();
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("lock table search_synonym in access exclusive mode").update();
				refreshing.add(thread.submit(search::refresh));
				awaitWaiting("search_synonym", refreshing.get(0));
				this.jdbc
					.sql("select pg_terminate_backend(pid) from pg_locks where not granted"
							+ " and relation = cast('search_synonym' as regclass)")
					.query(Boolean.class)
					.list();
			});
			assertThat(catchThrowable(() -> refreshing.get(0).get(2, TimeUnit.MINUTES))).isNotNull();
			search.refresh();
			assertOnce(search, service, "mirlitonde");
		}
		finally {
			thread.shutdownNow();
			search.close();
		}
	}

	@Test
	void aRebuildWhileEditsLandHoldsEachServiceOnce() throws Exception {
		List<RegisterService> services = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			services.add(service("Halte Brindelune " + i));
		}
		ServiceSearch search = new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			search.refresh();
			Future<?> rebuilding = thread.submit(() -> {
				for (int i = 0; i < 4; i++) {
					search.rebuild();
				}
			});
			for (int round = 0; !rebuilding.isDone() || round < 10; round++) {
				RegisterService edited = services.get(round % services.size());
				this.jdbc.sql("update service set name = jsonb_build_object('fr', cast(:name as text)) where id = :id")
					.param("name", "Halte Brindelune " + round)
					.param("id", edited.id())
					.update();
				if (round % 3 == 0) {
					services.add(service("Halte Brindelune ajoutée " + round));
				}
				search.refresh();
			}
			rebuilding.get(5, TimeUnit.MINUTES);
			search.refresh();
			assertThat(IndexIds.twice(search)).isEmpty();
			assertThat((long) search.size()).isEqualTo(this.directory.countServices());
			SearchResults results = search.search(SearchQuery.of("brindelune", Place.NOWHERE), false);
			IndexIds.assertEachServiceOnce(results);
			assertThat(results.total()).isEqualTo(services.size());
		}
		finally {
			thread.shutdownNow();
			search.close();
		}
	}

	@Test
	void anIndexKeptOnDiskReopenedAfterTheChangeLogMovedHoldsEachServiceOnce() {
		RegisterService kept = service("Halte Quiberlune");
		RegisterService again = service("Halte Ostralune");
		ServiceSearch first = new ServiceSearch(this.dataSource, this.store, this.territory, this.places, this.folder);
		first.refresh();
		first.close();

		// While no instance runs on this folder: one renamed, one deleted and registered
		// again with the same id, one added.
		this.jdbc.sql("update service set name = jsonb_build_object('fr', 'Halte Quiberlune bis') where id = :id")
			.param("id", kept.id())
			.update();
		this.jdbc.sql("delete from service where id = :id").param("id", again.id()).update();
		this.directory.register(again, "test");
		service("Halte Ostralune nouvelle");

		ServiceSearch second = new ServiceSearch(this.dataSource, this.store, this.territory, this.places, this.folder);
		try {
			second.refresh();
			assertThat(second.made()).isEqualTo("reopened");
			assertThat(IndexIds.twice(second)).isEmpty();
			assertThat((long) second.size()).isEqualTo(this.directory.countServices());
			SearchResults results = second.search(SearchQuery.of("ostralune", Place.NOWHERE), false);
			IndexIds.assertEachServiceOnce(results);
			assertThat(results.total()).isEqualTo(2);
		}
		finally {
			second.close();
		}
	}

	/**
	 * Runs {@code reader} (a rebuild or a refresh of {@code search}, or none) while a
	 * transaction registers {@code service} and hands it to the index as an import does:
	 * the reader reads the directory's version before the commit and, held by the lock on
	 * {@code service} until then, the services after it.
	 */
	private void importWhile(ServiceSearch search, RegisterService service, Runnable reader) throws Exception {
		// The application's own index caught up first, so that the only reader waiting
		// for the table is this one.
		this.directory.search(SearchQuery.of("zzz", Place.NOWHERE));
		SearchIndexHandoff handoff = new SearchIndexHandoff(search, this.jdbc, this.store);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		List<Future<?>> reading = new ArrayList<>();
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("lock table service in access exclusive mode").update();
				this.directory.register(service, "test");
				Object[] logged = this.jdbc.sql("select directory_version_raise_now(), pg_current_xact_id()::text")
					.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
					.single();
				handoff.start(List.of(imported(service)), List.of()).logged((Long) logged[0], (String) logged[1]);
				if (reader != null) {
					reading.add(thread.submit(reader));
					awaitWaiting("service", reading.get(0));
				}
			});
			for (Future<?> read : reading) {
				read.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			thread.shutdownNow();
		}
	}

	/**
	 * Waits until {@code reader} waits for the lock on {@code table}, held by this
	 * transaction.
	 */
	private void awaitWaiting(String table, Future<?> reader) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.sql("select count(*) from pg_locks where not granted and relation = cast(:table as regclass)")
			.param("table", table)
			.query(Long.class)
			.single() == 0) {
			assertThat(System.nanoTime()).as("the reader waits for the table").isLessThan(until);
			assertThat(reader.isDone()).as("the reader waits for the table").isFalse();
			Thread.onSpinWait();
		}
	}

	private void assertOnce(ServiceSearch search, RegisterService service, String word) {
		assertThat(IndexIds.copies(search).get(service.id())).as("documents of the service").isEqualTo(1);
		assertThat(IndexIds.twice(search)).isEmpty();
		SearchResults results = search.search(SearchQuery.of(word, Place.NOWHERE), false);
		IndexIds.assertEachServiceOnce(results);
		assertThat(results.hits().stream().map(SearchHit::id)).containsExactly(service.id());
		assertThat(results.total()).isEqualTo(1);
	}

	private static List<UUID> found(ServiceSearch search, String text) {
		return search.search(SearchQuery.of(text, Place.NOWHERE), false).hits().stream().map(SearchHit::id).toList();
	}

	/** A service registered in an organisation of its own. */
	private RegisterService service(String name) {
		RegisterService service = unregistered(name);
		this.directory.register(service, "test");
		return service;
	}

	/** A service not registered yet, in an organisation of its own that is. */
	private RegisterService unregistered(String name) {
		RegisterOrganization organization = organization("Asbl " + name, "21015", 50.867, 4.378);
		this.directory.register(organization);
		this.organizations.add(organization.id());
		return french(organization, name, "Accompagnement", AreaLevel.REGION, List.of(), "seniors");
	}

	/** The service as an import hands it to the index. */
	private ImportedService imported(RegisterService service) {
		return new ImportedService(service.id(), service.organizationId(), "Asbl " + service.name().fr(),
				service.name(), service.description(), LocalizedText.of(null, null, null), "active", "service", "free",
				List.of("fr"), List.of("adults"), "REGION", List.of(), List.of(), Instant.parse("2026-11-01T10:00:00Z"),
				List.of(), null, null, List.of(), List.of());
	}

}
