package brussels.maillage.directory.search.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchEngine;
import brussels.maillage.directory.services.DirectoryStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the search index the services an import writes, so that they are indexed apart
 * while the import writes them to PostgreSQL (the import's database work leaves the
 * processors to it), then added to the index as they are once the import's version of the
 * directory is committed, instead of being read back from PostgreSQL and indexed after
 * the commit. The change log is written as before: another instance on the same database
 * reads those services from it, and a service changed again by someone else meanwhile is
 * read again from PostgreSQL ({@link IndexSync}).
 */
@Component
public class SearchIndexHandoff {

	private final Search search;

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	public SearchIndexHandoff(Search search, JdbcClient jdbc, DirectoryStore store) {
		this.search = search;
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * Starts indexing apart, on threads of their own, the services an import writes in
	 * the caller's transaction. The directory's themes are read now, in that transaction,
	 * and cannot change until it ends; without a transaction nothing is handed over.
	 * @param services the services, made on the indexing thread as it indexes them
	 * @param replaced the ids of those of them that were in the directory before
	 */
	public Handoff start(Iterable<ImportedService> services, Collection<UUID> replaced) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Handoff.NONE;
		}
		Map<UUID, ImportedDocuments.Theme> themes = themes();
		ImportHandoffs.Handoff handoff = new ImportHandoffs.Handoff(List.copyOf(replaced));
		SearchEngine engine = this.search.engine();
		Thread.ofPlatform().daemon().name("search-index-import").start(() -> {
			try {
				Set<UUID> ids = new HashSet<>();
				Iterable<SearchDocument> documents = () -> new Iterator<>() {

					private final Iterator<ImportedService> each = services.iterator();

					@Override
					public boolean hasNext() {
						return !handoff.cancelled && this.each.hasNext();
					}

					@Override
					public SearchDocument next() {
						ImportedService service = this.each.next();
						ids.add(service.id());
						return ImportedDocuments.document(service, themes);
					}

				};
				handoff.indexed.complete(new ImportHandoffs.Indexed(engine.prepare(documents), ids));
			}
			catch (RuntimeException | Error ex) {
				handoff.indexed.completeExceptionally(ex);
			}
		});
		Handoff started = new Handoff(handoff, this.search.sync().handoffs());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED || handoff.version < 0) {
					started.cancel();
				}
			}

		});
		return started;
	}

	/** The directory's themes, kept from changing until the transaction ends. */
	private Map<UUID, ImportedDocuments.Theme> themes() {
		Map<UUID, ImportedDocuments.Theme> themes = new HashMap<>();
		this.jdbc.sql("select id, code, parent_id, label::text as label from taxonomy_term for share")
			.query((rs, row) -> new ImportedDocuments.Theme(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getObject("parent_id", UUID.class),
					ImportedDocuments.languages(this.store.text(rs.getString("label")))))
			.list()
			.forEach((theme) -> themes.put(theme.id(), theme));
		return themes;
	}

	/** An import's services being indexed apart. */
	public static final class Handoff {

		/** Nothing handed over: the index reads the services back. */
		static final Handoff NONE = new Handoff(null, null);

		private final ImportHandoffs.Handoff handoff;

		private final ImportHandoffs handoffs;

		private Handoff(ImportHandoffs.Handoff handoff, ImportHandoffs handoffs) {
			this.handoff = handoff;
			this.handoffs = handoffs;
		}

		/**
		 * The import wrote its change log with {@code version} in the transaction
		 * {@code transaction} ({@code pg_current_xact_id()}): once that version is
		 * committed, the index adds these services instead of reading them.
		 */
		public void logged(long version, String transaction) {
			if (this.handoff != null) {
				this.handoff.transaction = transaction;
				this.handoff.version = version;
				this.handoffs.add(this.handoff);
			}
		}

		/** The import gave up: the services indexed apart are forgotten. */
		public void cancel() {
			if (this.handoff != null) {
				this.handoffs.remove(this.handoff);
			}
		}

	}

	/**
	 * The search whose index an import's services are handed to: its engine and what
	 * keeps it current ({@code ServiceSearch}, on the search path, which uses this
	 * package one way).
	 */
	public interface Search {

		SearchEngine engine();

		IndexSync sync();

	}

}
