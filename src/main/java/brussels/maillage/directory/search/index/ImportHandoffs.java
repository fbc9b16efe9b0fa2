package brussels.maillage.directory.search.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import brussels.maillage.directory.search.contract.SearchEngine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The imports of this instance whose services are being indexed apart
 * ({@link SearchIndexHandoff}), each known by the directory version its change log was
 * written with and its transaction: {@link IndexSync} adds them to the index instead of
 * reading their services back once that version is committed, and forgets them once the
 * index is past it.
 */
final class ImportHandoffs {

	private static final Logger log = LoggerFactory.getLogger(ImportHandoffs.class);

	private final List<Handoff> pending = new ArrayList<>();

	/** An import's services, indexed apart or being indexed. */
	static final class Handoff {

		/** The services indexed apart, once done; {@code null} when it failed. */
		final CompletableFuture<Indexed> indexed = new CompletableFuture<>();

		/** Those services that were in the directory before the import. */
		final Collection<UUID> replaced;

		/** The version the import's change log was written with, -1 before. */
		volatile long version = -1;

		/** The import's transaction ({@code pg_current_xact_id()}). */
		volatile String transaction;

		volatile boolean cancelled;

		Handoff(Collection<UUID> replaced) {
			this.replaced = replaced;
		}

		/**
		 * Whether the import's transaction wrote the change log of its version: committed
		 * (the version was not taken by another transaction after it rolled back).
		 */
		boolean committed(JdbcClient jdbc) {
			return jdbc.sql("""
					select exists (select 1 from directory_change where version = :version
						and xid = cast(:transaction as xid8))""")
				.param("version", this.version)
				.param("transaction", this.transaction)
				.query(Boolean.class)
				.single();
		}

		/**
		 * The services indexed apart, waiting for them; {@code null} when indexing failed
		 * or the import gave up.
		 */
		Indexed await() {
			try {
				return this.cancelled ? null : this.indexed.get();
			}
			catch (ExecutionException ex) {
				log.warn("Import's services not indexed apart ({}): read from PostgreSQL instead",
						ex.getCause().toString());
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The services whose documents {@code indexed} replaces: every one of them, not
		 * only those the import found in the directory. A service the import added may be
		 * in the index already: a rebuild or a refresh records the version it read before
		 * reading the services, and reads the rows committed meanwhile, so it can index a
		 * service of an import committed after that version (a new one, or one deleted
		 * and imported again), which the import's version would then add a second time.
		 */
		private Set<UUID> replacing(Indexed indexed) {
			Set<UUID> ids = new HashSet<>(this.replaced);
			ids.addAll(indexed.ids());
			return ids;
		}

		/**
		 * Adds the services indexed apart to {@code engine}, in place of whatever it
		 * holds of them, once: a refresh cut short after this (PostgreSQL lost) and run
		 * again reads them back from PostgreSQL, as the change log lists them, rather
		 * than adding again segments already added and closed (which failed every refresh
		 * until a rebuild).
		 */
		void addTo(SearchEngine engine, Indexed indexed) {
			this.cancelled = true;
			engine.add(indexed.prepared(), replacing(indexed));
		}

		/** Forgets the services indexed apart, now or when they are done. */
		void discard() {
			this.cancelled = true;
			this.indexed.thenAccept((done) -> {
				if (done != null) {
					done.prepared().close();
				}
			});
		}

	}

	/**
	 * Services indexed apart.
	 *
	 * @param prepared the index apart
	 * @param ids the services it holds
	 */
	record Indexed(SearchEngine.Prepared prepared, Set<UUID> ids) {
	}

	synchronized void add(Handoff handoff) {
		this.pending.add(handoff);
	}

	/** Forgets an import that gave up. */
	synchronized void remove(Handoff handoff) {
		this.pending.remove(handoff);
		handoff.discard();
	}

	/**
	 * The imports whose change log is after {@code seen} and up to {@code current}, by
	 * version.
	 */
	synchronized List<Handoff> within(long seen, long current) {
		return this.pending.stream()
			.filter((handoff) -> handoff.version > seen && handoff.version <= current)
			.sorted(Comparator.comparingLong((Handoff handoff) -> handoff.version))
			.toList();
	}

	/** Forgets the imports up to {@code version}: added to the index, or read again. */
	synchronized void upTo(long version) {
		this.pending.removeIf((handoff) -> {
			if (handoff.version >= 0 && handoff.version <= version) {
				handoff.discard();
				return true;
			}
			return false;
		});
	}

	/** How many imports are waiting (for the tests). */
	synchronized int size() {
		return this.pending.size();
	}

}
