package brussels.maillage.directory.search.query;

import java.util.List;

/**
 * How a thesaurus mention explains the hits it found rather than the words as typed
 * ("crack → cocaine, coke ⊂ assuetudes, verslaving"), the text of
 * {@link Typed.Concept#explanation}; the engine says which hits it applies to.
 */
final class ConceptExplanation {

	/** At most this many terms of each list in a hit's explanation, then "…". */
	static final int SHOWN_TERMS = 4;

	private ConceptExplanation() {
	}

	/**
	 * "crack → cocaine, coke ⊂ assuetudes, verslaving": the word typed, then its first
	 * equivalents and broader terms, not the whole group (a group may hold fifty terms).
	 */
	static String of(String typed, List<String> equivalents, List<String> broader) {
		return typed + (equivalents.isEmpty() ? "" : " → " + first(equivalents))
				+ (broader.isEmpty() ? "" : " ⊂ " + first(broader));
	}

	private static String first(List<String> listed) {
		// "sans-abri" and "sans abri" read the same once normalised: named once.
		List<String> terms = listed.stream().distinct().toList();
		return (terms.size() <= SHOWN_TERMS) ? String.join(", ", terms)
				: String.join(", ", terms.subList(0, SHOWN_TERMS)) + ", …";
	}

}
