/**
 * The directory's search engine: an Apache Lucene index of the services, built from
 * PostgreSQL and kept current by the directory, behind {@link SearchEngine} so that
 * another backend could replace it; no Lucene type leaves this package.
 */
package brussels.maillage.directory.search;
