package brussels.maillage.directory.search.admin;

import brussels.maillage.directory.search.ServiceSearch;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;

/**
 * Rebuilds the directory's search index from PostgreSQL, timed and audited: the
 * administrators' button on the directory page and their API command run this same
 * rebuild.
 */
@Service
class SearchIndexRebuild {

	private final ServiceSearch search;

	private final AuditLog audit;

	SearchIndexRebuild(ServiceSearch search, AuditLog audit) {
		this.search = search;
		this.audit = audit;
	}

	/** Rebuilds the index and records who did it, with what it gave. */
	Rebuilt rebuild() {
		long started = System.nanoTime();
		int services = this.search.rebuild();
		Rebuilt rebuilt = new Rebuilt(services, (System.nanoTime() - started) / 1_000_000);
		this.audit.record("directory.search-index.rebuilt", "directory", "search-index",
				AuditLog.details("index-rebuilt", rebuilt.services(), rebuilt.milliseconds()));
		return rebuilt;
	}

	/**
	 * A rebuild done.
	 *
	 * @param services services indexed
	 * @param milliseconds time taken
	 */
	record Rebuilt(int services, long milliseconds) {

		/** The time taken in seconds, for people. */
		double seconds() {
			return this.milliseconds / 1000.0;
		}

	}

}
