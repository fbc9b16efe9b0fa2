package brussels.maillage.directory.search.query;

import java.util.List;

import brussels.maillage.directory.search.words.Thesaurus;

/**
 * Whether two thesaurus groups name one concept of a need: the same group, or one broader
 * than the other (one of its broader terms is a term of the other).
 */
final class ConceptGroups {

	private ConceptGroups() {
	}

	static boolean related(Thesaurus thesaurus, int a, int b) {
		return a == b || broader(thesaurus, a, b) || broader(thesaurus, b, a);
	}

	/** Whether group {@code wide} is broader than group {@code narrow}. */
	private static boolean broader(Thesaurus thesaurus, int narrow, int wide) {
		List<List<String>> terms = thesaurus.terms(wide);
		return thesaurus.broaderTerms(narrow).stream().anyMatch(terms::contains);
	}

}
