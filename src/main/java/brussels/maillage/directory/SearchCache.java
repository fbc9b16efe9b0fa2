package brussels.maillage.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search results already computed, served again while the directory has not changed.
 * <p>
 * Each result is kept under the directory's version it was computed from (table
 * {@code directory_version}, raised by every transaction that changes what a search
 * reads, in the same commit: migration V44). Every search first reads the version, so a
 * result is never served after a change, whichever instance or import made it; when the
 * version moves, everything kept is dropped and the synonyms are read again. The themes
 * (listed by every search page) are kept the same way.
 * <p>
 * A search inside a transaction that has already written something is neither served nor
 * kept: it may see changes that are not committed (and may never be). Searches with "open
 * now" carry their minute in the query, so they are kept for that minute only. The size
 * is bounded by the number of hits kept ({@code maillage.directory.search-cache.hits}; 0
 * turns the cache off).
 */
@Component
class SearchCache {

	private final JdbcClient jdbc;

	private final ServiceSearch search;

	private final Cache<Key, SearchResults> results;

	private final AtomicLong version = new AtomicLong(-1);

	/** The themes as of {@link #version} (every search page lists them). */
	private volatile Versioned<List<Theme>> themes;

	private final boolean configured;

	/** Whether results are kept and served (benchmarks measure both). */
	private volatile boolean enabled;

	SearchCache(JdbcClient jdbc, ServiceSearch search,
			@Value("${maillage.directory.search-cache.hits:20000}") long maximumHits, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.search = search;
		this.configured = maximumHits > 0;
		this.enabled = this.configured;
		this.results = Caffeine.newBuilder()
			.maximumWeight(Math.max(maximumHits, 1))
			.weigher((Key key, SearchResults value) -> 1 + value.hits().size())
			.recordStats()
			.build();
		// Hits, misses and size for operators (cache.gets, cache.size, ...).
		CaffeineCacheMetrics.monitor(meters, this.results, "directory.search");
	}

	/**
	 * The results of {@code query}, kept or computed by {@code compute} (which must run
	 * the search in the caller's transaction).
	 */
	SearchResults get(SearchQuery query, boolean facets, Supplier<SearchResults> compute) {
		if (!this.enabled) {
			return compute.get();
		}
		State state = state();
		if (!state.clean()) {
			return compute.get();
		}
		observe(state.version());
		Key key = new Key(query, facets, state.version());
		SearchResults kept = this.results.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		SearchResults computed = compute.get();
		if (state.version() == this.version.get()) {
			this.results.put(key, computed);
		}
		return computed;
	}

	/** The themes, kept like search results (read by {@code compute}). */
	List<Theme> themes(Supplier<List<Theme>> compute) {
		if (!this.enabled) {
			return compute.get();
		}
		State state = state();
		Versioned<List<Theme>> kept = this.themes;
		if (state.clean() && kept != null && kept.version() == state.version()) {
			return kept.value();
		}
		List<Theme> read = compute.get();
		if (state.clean()) {
			this.themes = new Versioned<>(state.version(), read);
		}
		return read;
	}

	private State state() {
		return this.jdbc.sql("select version, pg_current_xact_id_if_assigned() is null as clean from directory_version")
			.query((rs, row) -> new State(rs.getLong("version"), rs.getBoolean("clean")))
			.single();
	}

	/** Drops what was kept when the directory has moved on to a newer version. */
	private void observe(long seen) {
		long known = this.version.get();
		while (seen > known) {
			if (this.version.compareAndSet(known, seen)) {
				this.results.invalidateAll();
				this.search.forgetSynonyms();
				return;
			}
			known = this.version.get();
		}
	}

	/** Turns keeping results on or off (off drops what was kept). */
	void enabled(boolean enabled) {
		this.enabled = enabled && this.configured;
		this.results.invalidateAll();
		this.themes = null;
	}

	/** How many results are kept. */
	long size() {
		this.results.cleanUp();
		return this.results.estimatedSize();
	}

	private record State(long version, boolean clean) {
	}

	private record Versioned<T>(long version, T value) {
	}

	private record Key(SearchQuery query, boolean facets, long version) {
	}

}
