/**
 * The place a typed text names (a commune, a sub-municipality or a bassin, in French or
 * Dutch, or a Brussels postcode), taken out of the words to search: the search path
 * places the person there, and the query ranks the services named after it.
 */
package brussels.maillage.directory.search.place;
