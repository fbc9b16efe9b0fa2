/**
 * The directory's themes and sub-themes, the search synonyms editors keep, and the
 * mapping of other classifications (orientation lines) to themes.
 */
package brussels.maillage.directory.taxonomy;
