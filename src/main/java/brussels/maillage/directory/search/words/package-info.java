/**
 * The typed text read as a query: the analysers, French and Dutch words, spellings and
 * compounds, the thesaurus and its concepts, intents (audiences, times, units, languages
 * spoken) and place names, turned into the words' Lucene query.
 */
package brussels.maillage.directory.search.words;
