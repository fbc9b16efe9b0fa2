/**
 * The typed text read as the words' Lucene query ({@link WordQueries}, giving
 * {@link Typed}), which the engine runs: the units searched and the minimum to match,
 * respellings against the terms the index holds, the thesaurus concepts with their
 * broader ones, the languages asked for, and the share of the typed concepts a hit
 * answers ({@link Coverage}); it consults the English read ({@code english}), the intents
 * ({@code intents}), the place named ({@code place}) and the words.
 */
package brussels.maillage.directory.search.query;
