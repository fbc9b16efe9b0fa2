/**
 * The directory as an exchange snapshot: read for the export and the import's checks, and
 * an import's snapshot staged with {@code COPY} and written through the repositories'
 * bulk paths, with its hand-over to the search index.
 */
package brussels.maillage.directory.exchange.store;
