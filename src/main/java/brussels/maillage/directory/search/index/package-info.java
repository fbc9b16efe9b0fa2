/**
 * The search index: the services read from PostgreSQL as documents, the Lucene index that
 * holds them (in a folder or in memory), kept current from the directory's change log and
 * handed an import's services while it writes them.
 */
package brussels.maillage.directory.search.index;
