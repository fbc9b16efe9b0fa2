package brussels.maillage.directory.search.query;

import java.util.List;

import org.apache.lucene.search.Query;

/**
 * Typed words read as a query.
 *
 * @param query the query
 * @param minimum how many words a service must hold
 * @param mentions the thesaurus concepts typed
 * @param corrected the words searched when some were corrected, or {@code null}
 * @param widens whether any one word would find more (more than one word is needed, or
 * cost and time words only rank)
 */
public record Typed(Query query, int minimum, List<Concept> mentions, String corrected, boolean widens) {

	/**
	 * A thesaurus mention: its words as typed, any term of its group, the explanation.
	 */
	public record Concept(Query typed, Query any, String explanation) {
	}

}
