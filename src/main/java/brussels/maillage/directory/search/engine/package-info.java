/**
 * The Lucene search engine: runs a request on the index, with its filters, counts by part
 * of stepped care, ranks the hits (relevance blended with closeness, the kinds of
 * services) and explains why a hit was found.
 */
package brussels.maillage.directory.search.engine;
