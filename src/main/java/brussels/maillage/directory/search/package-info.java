/**
 * The directory's search engine: an Apache Lucene index of the services, built from
 * PostgreSQL and kept current by the directory, behind the engine's interface
 * ({@code contract.SearchEngine}) so that another backend could replace it; no Lucene
 * type leaves this package and its sub-features. The root holds the search path
 * ({@link ServiceSearch}, which implements the directory's search, and
 * {@link DirectoryApi}), which uses its sub-features one way: {@code contract} holds what
 * they share (the engine's interface, the request, the answer, the documents and rows),
 * {@code index} builds and syncs the index, {@code words} holds the analysers, the
 * French, Dutch and English words and the thesaurus, {@code intents} what the words say
 * besides the need, {@code place} the place named, {@code english} reads English,
 * {@code query} reads the typed text into a query, {@code engine} runs and ranks a
 * search, {@code admin} rebuilds the index on an administrator's request.
 */
package brussels.maillage.directory.search;
