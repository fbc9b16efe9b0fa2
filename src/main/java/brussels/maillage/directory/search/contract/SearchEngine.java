package brussels.maillage.directory.search.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The directory's search engine. PostgreSQL stays the source of truth: the directory
 * feeds the engine the services it reads and tells it which changed. The only
 * implementation runs Apache Lucene in the application
 * ({@code engine.LuceneSearchEngine}); a deployment that outgrows one machine could
 * implement it on OpenSearch.
 */
public interface SearchEngine {

	/** Runs a search. */
	SearchAnswer search(SearchRequest request);

	/** Replaces every service indexed by these (a full rebuild). */
	void rebuild(Iterable<SearchDocument> documents, List<List<String>> thesaurus);

	/** Indexes these services again (new or changed) and forgets the removed ones. */
	void update(Collection<SearchDocument> changed, Collection<UUID> removed);

	/**
	 * Indexes these services apart from the searched index, on the caller's thread and
	 * without waiting for the index (an import's services, while it writes them); they
	 * are searched once {@link #add added}, and forgotten when the result is closed.
	 */
	Prepared prepare(Iterable<SearchDocument> documents);

	/**
	 * Adds services indexed apart by {@link #prepare}, after forgetting the earlier
	 * versions of {@code replaced}; closes {@code prepared}.
	 */
	void add(Prepared prepared, Collection<UUID> replaced);

	/** Replaces the thesaurus: groups of terms that mean the same. */
	void thesaurus(List<List<String>> groups);

	/**
	 * The words of the places a person may name, which a word typed outside the
	 * directory's vocabulary is never respelled into (they are read as places, not
	 * needs).
	 */
	default void placeWords(Set<String> words) {
	}

	/** How many services are indexed. */
	int size();

	/** Where the index is kept (a folder, or memory), for the logs. */
	String storage();

	/**
	 * What the directory recorded with the index at its last {@link #commit} (for example
	 * the directory's version it holds), when the engine kept an index from an earlier
	 * run; empty when it starts empty.
	 */
	Map<String, String> kept();

	/** Makes what is indexed durable, with what the directory records along with it. */
	void commit(Map<String, String> data);

	/** Releases the index (its folder's lock). */
	void close();

	/** Services indexed apart, not searched yet. */
	interface Prepared extends AutoCloseable {

		/** How many services it holds. */
		int size();

		/** Forgets them (when added, or given up). */
		@Override
		void close();

	}

}
