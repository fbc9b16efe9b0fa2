/**
 * The typed text read as a query: the analysers, French, Dutch and English words,
 * spellings and compounds, the thesaurus and its concepts, intents (audiences, times,
 * units, languages spoken) and the place named, turned into the words' Lucene query
 * ({@link Typed}), which the engine runs.
 */
package brussels.maillage.directory.search.words;
