package brussels.maillage.directory.search.english;

import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.intents.Intents;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * English as the language a person wants to be helped in (issue 17): "GP who speaks
 * English", "counselling in English", "English-speaking psychologist", "médecin qui parle
 * anglais", "psycholoog die Engels spreekt". Read so, "English" is no word of the need:
 * it ranks (a service writing "in English" in its text), it is not needed to find a
 * service, and the services that record English among their languages rank higher, as the
 * cost and night wishes do ({@link Intents#BOOST}). Elsewhere ("English classes", "cours
 * d'anglais") it stays a word of the need.
 */
final class SpokenEnglish {

	/** The name of the language, in English, French and Dutch. */
	private static final Set<String> ENGLISH = Set.of("english", "anglais", "engels");

	/** A word that makes the next one (the language) a wish: "speaks English". */
	private static final Set<String> BEFORE = Set.of("in", "speaks", "speak", "speaking", "spoken", "en", "parle",
			"parlent", "parlant", "het", "spreekt", "spreken", "sprekend", "sprekende");

	/** A word that makes the one before it (the language) a wish: "English-speaking". */
	private static final Set<String> AFTER = Set.of("speaking", "speaker", "speakers", "spoken", "spreekt", "parlant",
			"parlante", "sprekend", "sprekende", "talig", "talige");

	/** Words that say the wish alone. */
	private static final Set<String> ALONE = Set.of("anglophone", "anglophones", "engelstalig", "engelstalige",
			"engelssprekend", "engelssprekende");

	/** The language's code, as services record it. */
	static final String CODE = "en";

	private SpokenEnglish() {
	}

	/**
	 * For each word, whether it says the wish for English ("English classes" does not).
	 */
	static boolean[] wished(List<String> words) {
		boolean[] wished = new boolean[words.size()];
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (ALONE.contains(word)) {
				wished[i] = true;
			}
			else if (ENGLISH.contains(word) && ((i > 0 && BEFORE.contains(words.get(i - 1)))
					|| (i + 1 < words.size() && AFTER.contains(words.get(i + 1))))) {
				wished[i] = true;
			}
		}
		return wished;
	}

	/**
	 * What the wish adds to a query: the services that record English rank higher, or
	 * {@code null} when the words wish nothing.
	 */
	static Query boost(boolean[] wished) {
		for (boolean wish : wished) {
			if (wish) {
				return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("lang", CODE))), Intents.BOOST);
			}
		}
		return null;
	}

}
