/**
 * The words of a text, indexed or typed: the analysers, the French, Dutch and English
 * words (fillers, spellings, forms, diminutives, compounds) and the thesaurus with its
 * groups of terms, which the index and every reading of the typed text use.
 */
package brussels.maillage.directory.search.words;
