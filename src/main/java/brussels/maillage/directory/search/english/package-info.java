/**
 * The needs English names in the search box (care, therapies, rehabilitation, lines,
 * workplaces, languages spoken) read as the thesaurus's concepts, made of the words'
 * English words, thesaurus and intents ({@code words}), which consult it one way through
 * {@code words.TypedEnglish}.
 */
package brussels.maillage.directory.search.english;
