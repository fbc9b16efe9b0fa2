/**
 * English as people type it in the search box: its words and forms, and the needs it
 * names (care, therapies, rehabilitation, workplaces, languages spoken) read as the
 * thesaurus's concepts.
 */
package brussels.maillage.directory.search.english;
