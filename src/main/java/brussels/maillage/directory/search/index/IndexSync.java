package brussels.maillage.directory.search.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchEngine;
import brussels.maillage.directory.search.words.Thesaurus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the engine at the directory's version: before each search (and every second in
 * the background) the directory's version is read, and the services the change log
 * ({@code directory_change}, migration V50) lists since the engine's version are read
 * again, or everything when a theme changed. At a restart the index kept on disk is
 * reopened and brought up to date from the change log instead of being built again.
 */
public final class IndexSync {

	private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

	/**
	 * Services read ahead of the index's rebuild: two pages of {@link SearchDocuments}.
	 */
	private static final int READ_AHEAD = 10_000;

	private final JdbcClient jdbc;

	private final SearchDocuments documents;

	/** More changed services than this at once: the index is rebuilt. */
	static final int REBUILD_OVER = 20_000;

	private final SearchEngine engine;

	/** The directory version the engine holds, -1 before the first build. */
	private volatile long version = -1;

	/** Whether the index kept on disk was already considered (only at the start). */
	private boolean keptConsidered;

	/** How the index was last made: {@code built} or {@code reopened}. */
	private volatile String made = "not yet";

	private String database;

	private final ImportHandoffs handoffs = new ImportHandoffs();

	/** Services of imports added as indexed apart, since the start. */
	private volatile long handedOver;

	public IndexSync(JdbcClient jdbc, SearchDocuments documents, SearchEngine engine) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.engine = engine;
	}

	/** The directory version the engine holds, -1 before the first build. */
	public long version() {
		return this.version;
	}

	public String made() {
		return this.made;
	}

	/**
	 * Brings the engine to the directory's current version: the services changed since
	 * (from the change log) are read again, or everything when a theme changed.
	 */
	public void refresh() {
		long current = currentVersion();
		if (current == this.version) {
			return;
		}
		synchronized (this) {
			if (current <= this.version) {
				return;
			}
			if (this.version < 0) {
				long kept = keptVersion(current);
				if (kept < 0) {
					rebuild(current);
					return;
				}
				this.version = kept;
				this.made = "reopened";
				this.engine.thesaurus(thesaurus(this.jdbc));
				log.info("Search index reopened from {}: {} services at version {} (directory at {})",
						this.engine.storage(), this.engine.size(), kept, current);
				if (kept == current) {
					return;
				}
			}
			List<ImportHandoffs.Handoff> handing = this.handoffs.within(this.version, current);
			Changes changes = changes(current, !handing.isEmpty());
			if (changes.everything()) {
				rebuild(current);
				return;
			}
			// An import's services indexed apart are added as they are, unless the change
			// log lists them at another version too (changed again since: read again).
			Set<UUID> toRead = new HashSet<>(changes.services().keySet());
			List<ImportHandoffs.Handoff> adding = new ArrayList<>();
			List<ImportHandoffs.Indexed> added = new ArrayList<>();
			for (ImportHandoffs.Handoff handoff : handing) {
				ImportHandoffs.Indexed indexed = handoff.await();
				if (indexed == null || !handoff.committed(this.jdbc)) {
					continue;
				}
				adding.add(handoff);
				added.add(indexed);
				for (UUID id : indexed.ids()) {
					long[] logged = changes.services().get(id);
					if (logged != null && logged[0] == handoff.version && logged[1] == handoff.version) {
						toRead.remove(id);
					}
					else {
						toRead.add(id);
					}
				}
			}
			if (toRead.size() > REBUILD_OVER) {
				rebuild(current);
				return;
			}
			long started = System.nanoTime();
			int handed = 0;
			for (int i = 0; i < adding.size(); i++) {
				handed += added.get(i).ids().size();
				adding.get(i).addTo(this.engine, added.get(i));
			}
			List<UUID> changed = List.copyOf(toRead);
			List<SearchDocument> read = this.documents.documents(changed);
			Set<UUID> found = read.stream().map(SearchDocument::id).collect(Collectors.toSet());
			this.engine.update(read, changed.stream().filter((id) -> !found.contains(id)).toList());
			this.engine.thesaurus(thesaurus(this.jdbc));
			this.engine.commit(kept(current));
			this.version = current;
			this.handoffs.upTo(current);
			if (handed > 0) {
				this.handedOver += handed;
				log.info(
						"Search index at version {}: {} services of imports added as indexed apart, {} read from "
								+ "PostgreSQL, in {} ms",
						current, handed, changed.size(), (System.nanoTime() - started) / 1_000_000);
			}
		}
	}

	/**
	 * The services the change log lists after the engine's version and up to
	 * {@code current}, each with the first and last version listing it when
	 * {@code versions} (else none), and whether everything changed.
	 */
	private Changes changes(long current, boolean versions) {
		Map<UUID, long[]> services = new HashMap<>();
		boolean[] everything = { false };
		long[] none = {};
		this.jdbc.sql(versions ? """
				select service_id, min(version) as first, max(version) as last from directory_change
				where version > :seen and version <= :current group by service_id""" : """
				select distinct service_id, null as first, null as last from directory_change
				where version > :seen and version <= :current""")
			.param("seen", this.version)
			.param("current", current)
			.query((rs, row) -> {
				UUID id = rs.getObject(1, UUID.class);
				if (id == null) {
					everything[0] = true;
				}
				else {
					services.put(id, versions ? new long[] { rs.getLong(2), rs.getLong(3) } : none);
				}
				return 1;
			})
			.list();
		return new Changes(services, everything[0]);
	}

	/**
	 * What the change log lists: the {@code services} changed, each with the first and
	 * last version listing it (when asked), or {@code everything} (a theme, a
	 * truncation).
	 */
	private record Changes(Map<UUID, long[]> services, boolean everything) {
	}

	/** The imports handing their services over. */
	ImportHandoffs handoffs() {
		return this.handoffs;
	}

	/** Services of imports added to the index as indexed apart, since the start. */
	public long handedOver() {
		return this.handedOver;
	}

	/**
	 * The version of the index kept from an earlier run when it can be brought up to date
	 * from the change log (same database, not ahead of it, the change log complete
	 * since), else -1.
	 */
	private long keptVersion(long current) {
		if (this.keptConsidered) {
			return -1;
		}
		this.keptConsidered = true;
		Map<String, String> kept = this.engine.kept();
		if (kept.isEmpty() || !database().equals(kept.get("database"))) {
			return -1;
		}
		long version = Long.parseLong(kept.getOrDefault("version", "-1"));
		if (version < 0 || version > current) {
			return -1;
		}
		Long oldest = this.jdbc.sql("select min(version) from directory_change").query(Long.class).single();
		if (version < current && (oldest == null || oldest > version + 1)) {
			return -1;
		}
		return version;
	}

	/** What is recorded with the index: the version it holds and the database. */
	private Map<String, String> kept(long version) {
		return Map.of("version", String.valueOf(version), "database", database());
	}

	/** The database the index was built from ({@link DatabaseIdentity}). */
	private String database() {
		if (this.database == null) {
			this.database = DatabaseIdentity.of(this.jdbc);
		}
		return this.database;
	}

	/** Rebuilds the whole index from PostgreSQL (also the administrators' button). */
	public synchronized int rebuild() {
		return rebuild(currentVersion());
	}

	private int rebuild(long current) {
		long started = System.nanoTime();
		this.version = -1;
		this.keptConsidered = true;
		long[] reading = { 0 };
		int[] count = { 0 };
		this.engine.rebuild(ReadAhead.of(this.documents.all(count, reading), READ_AHEAD), thesaurus(this.jdbc));
		this.engine.commit(kept(current));
		this.version = current;
		this.handoffs.upTo(current);
		this.made = "built";
		log.info("Search index built in {}: {} services in {} ms ({} ms reading PostgreSQL)", this.engine.storage(),
				count[0], (System.nanoTime() - started) / 1_000_000, reading[0] / 1_000_000);
		return count[0];
	}

	private long currentVersion() {
		return this.jdbc.sql("select version from directory_version").query(Long.class).single();
	}

	/**
	 * The thesaurus: the editors' synonym groups, each followed by its broader groups'
	 * terms marked as such (V137, {@link Thesaurus#BROADER}).
	 */
	static List<List<String>> thesaurus(JdbcClient jdbc) {
		return jdbc
			.sql("""
					select s.terms || array(select ? || t.term from search_synonym_broader b
						join search_synonym p on p.id = b.broader_id cross join unnest(p.terms) with ordinality as t(term, n)
						where b.narrower_id = s.id order by b.broader_id, t.n) as terms
					from search_synonym s order by s.id""")
			.param(Thesaurus.BROADER)
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
	}

	/** Releases the engine, once no refresh is under way. */
	public synchronized void close() {
		this.engine.close();
	}

}
