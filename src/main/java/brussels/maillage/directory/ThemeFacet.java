package brussels.maillage.directory;

import brussels.maillage.system.LocalizedText;

/**
 * How many hits a theme would have if the search were restricted to it.
 *
 * @param code theme code
 * @param label theme label
 * @param count number of matching services
 */
public record ThemeFacet(String code, LocalizedText label, long count) {
}
