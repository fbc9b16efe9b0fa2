/**
 * The directory's themes and sub-themes, and the search synonyms editors keep.
 */
package brussels.maillage.directory.taxonomy;
