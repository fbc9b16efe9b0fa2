/**
 * The directory as an exchange snapshot: read for the export and the import's checks, and
 * an import's snapshot staged with {@code COPY} and written through the repositories'
 * bulk paths, with its hand-over to the search index; it tells the import's
 * {@code ImportProgress} and returns what it wrote, which the import turns into its
 * report.
 */
package brussels.maillage.directory.exchange.store;
