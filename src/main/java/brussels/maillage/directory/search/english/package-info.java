/**
 * The needs English names in the search box (care, therapies, rehabilitation, lines,
 * workplaces, languages spoken) read as the thesaurus's concepts
 * ({@link EnglishReading}), made of the English words and thesaurus of {@code words} and
 * the intents of {@code intents}; the query ({@code query.WordQueries}) consults it.
 */
package brussels.maillage.directory.search.english;
