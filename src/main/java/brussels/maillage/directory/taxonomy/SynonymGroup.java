package brussels.maillage.directory.taxonomy;

import java.time.Instant;
import java.util.List;

/**
 * Terms the search treats as the same (acronyms, French and Dutch names), and the broader
 * groups a search for them also reaches.
 *
 * @param id group id
 * @param terms the terms, lower-cased and without accents
 * @param createdBy the editor who added it, or {@code null} for the initial list
 * @param createdAt when
 * @param broader its broader groups (cocaine → assuétudes), usually none
 */
record SynonymGroup(long id, List<String> terms, String createdBy, Instant createdAt, List<Link> broader) {

	/**
	 * Another group, as a group's page names it.
	 *
	 * @param id its id
	 * @param terms its terms
	 */
	record Link(long id, List<String> terms) {
	}

}
