/**
 * The crosswalk from imported packages' own taxonomy terms to the directory's themes.
 */
package brussels.maillage.directory.exchange.crosswalk;
