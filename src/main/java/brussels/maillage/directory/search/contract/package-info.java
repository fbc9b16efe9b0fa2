/**
 * What the search path, the index and the engine all speak, and which uses none of them:
 * the search engine's interface ({@link SearchEngine}), the request it runs, the answer
 * it gives, the documents it is fed and the rows it keeps of each service for the page.
 */
package brussels.maillage.directory.search.contract;
