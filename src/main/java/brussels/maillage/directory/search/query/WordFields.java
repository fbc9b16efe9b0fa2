package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.words.Analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A typed word as the query of {@link WordQueries}: the best of its matches over the
 * fields (names weigh most, then theme labels, then texts; the exact form above the
 * French and Dutch stemmed forms), each term with its states in the index's segments.
 */
final class WordFields {

	static final String[] GROUPS = { "name", "theme", "body" };

	/** Weight of a word found in names, theme labels, texts: exact form, stemmed form. */
	private static final float[][] BOOSTS = { { 4f, 3f }, { 2.5f, 2f }, { 1.2f, 1f } };

	private final Analyzer french = Analysis.french();

	private final Analyzer dutch = Analysis.dutch(false);

	Query query(String word, IndexSearcher searcher) throws IOException {
		Set<Query> alternatives = new LinkedHashSet<>();
		List<String> fr = Analysis.terms(this.french, "x", word);
		List<String> nl = Analysis.terms(this.dutch, "x", word);
		for (int g = 0; g < GROUPS.length; g++) {
			String group = GROUPS[g];
			add(alternatives, searcher, group + Analysis.EXACT, word, BOOSTS[g][0]);
			for (String term : fr) {
				add(alternatives, searcher, group + Analysis.FR, term, BOOSTS[g][1]);
			}
			for (String term : nl) {
				add(alternatives, searcher, group + Analysis.NL, term, BOOSTS[g][1]);
			}
		}
		return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
	}

	private static void add(Set<Query> alternatives, IndexSearcher searcher, String field, String term, float boost)
			throws IOException {
		Term t = new Term(field, term);
		TermStates states = LiveTerms.states(searcher, t);
		if (states.docFreq() > 0) {
			alternatives.add(new BoostQuery(new TermQuery(t, states), boost));
		}
	}

}
