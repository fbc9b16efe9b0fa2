package brussels.maillage.directory.search.index;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.search.ServiceSearch;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services handed to the index by an import are added only once the import's own
 * transaction has committed the version it logged them with: an import that rolls back,
 * or a version committed by another transaction, adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIndexHandoffTests {

	@Autowired
	SearchIndexHandoff handoff;

	@Autowired
	ServiceSearch search;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportThatRollsBackLeavesNothingToAdd() {
		this.search.refresh();
		this.transactions.executeWithoutResult((status) -> {
			this.handoff.start(List.of(service("Zorglubine rollback")), List.of()).logged(version() + 1, "1");
			status.setRollbackOnly();
		});
		assertThat(this.search.sync().handoffs().size()).isZero();
	}

	@Test
	void aVersionCommittedByAnotherTransactionDoesNotAddTheServices() {
		this.search.refresh();
		// An import's transaction that logged version n + 1 but committed nothing of it.
		this.transactions
			.executeWithoutResult((status) -> this.handoff.start(List.of(service("Zorglubine orpheline")), List.of())
				.logged(version() + 1, "1"));
		assertThat(this.search.sync().handoffs().size()).isEqualTo(1);
		// Another transaction commits the next version (an editor's save of a service).
		this.jdbc.sql("""
				update service set last_modified = last_modified
				where id = (select min(id::text)::uuid from service where status = 'active')""").update();
		List<SearchHit> hits = this.search.search(SearchQuery.of("zorglubine orpheline", Place.NOWHERE), false).hits();
		assertThat(hits).isEmpty();
		assertThat(this.search.sync().handoffs().size()).isZero();
	}

	private long version() {
		return this.jdbc.sql("select version from directory_version").query(Long.class).single();
	}

	private UUID organization() {
		return this.jdbc.sql("select min(id::text)::uuid from organization").query(UUID.class).single();
	}

	private ImportedService service(String name) {
		return new ImportedService(UUID.randomUUID(), organization(), "Asbl Zorglub",
				LocalizedText.of(name, null, null), LocalizedText.of("Un service qui n'existe pas", null, null),
				LocalizedText.of(null, null, null), "active", "service", "free", List.of("fr"), List.of(), "REGION",
				List.of(), List.of(), Instant.parse("2026-11-01T10:00:00Z"), List.of(), null, null, List.of(),
				List.of());
	}

}
