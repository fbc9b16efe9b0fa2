package brussels.maillage.directory.taxonomy;

import java.time.Instant;
import java.util.List;

/**
 * Terms the search treats as the same (acronyms, French and Dutch names).
 *
 * @param id group id
 * @param terms the terms, lower-cased and without accents
 * @param createdBy the editor who added it, or {@code null} for the initial list
 * @param createdAt when
 */
record SynonymGroup(long id, List<String> terms, String createdBy, Instant createdAt) {
}
