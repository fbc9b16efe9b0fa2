package brussels.maillage.directory.search;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The directory's search engine. PostgreSQL stays the source of truth: the directory
 * feeds the engine the services it reads and tells it which changed. The only
 * implementation runs Apache Lucene in the application ({@link LuceneSearchEngine}); a
 * deployment that outgrows one machine could implement it on OpenSearch.
 */
public interface SearchEngine {

	/** Runs a search. */
	SearchAnswer search(SearchRequest request);

	/** Replaces every service indexed by these (a full rebuild). */
	void rebuild(Iterable<SearchDocument> documents, List<List<String>> thesaurus);

	/** Indexes these services again (new or changed) and forgets the removed ones. */
	void update(Collection<SearchDocument> changed, Collection<UUID> removed);

	/** Replaces the thesaurus: groups of terms that mean the same. */
	void thesaurus(List<List<String>> groups);

	/** How many services are indexed. */
	int size();

}
