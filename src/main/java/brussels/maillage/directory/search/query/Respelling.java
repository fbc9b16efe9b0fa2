package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.Locale;

import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.DutchDiminutives;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.FrenchWords;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The closest spelling of a typed word outside the directory's vocabulary, among the
 * words of the names, theme labels or texts ({@link WordQueries}).
 */
final class Respelling {

	/** Suggestions asked, of which the first that would be searched is kept. */
	private static final int SUGGESTIONS = 5;

	private Respelling() {
	}

	/** The first of the suggestions that would be searched as a word, if any. */
	private static SuggestWord[] searched(SuggestWord[] suggestions) {
		for (SuggestWord suggestion : suggestions) {
			if (searched(suggestion)) {
				return new SuggestWord[] { suggestion };
			}
		}
		return new SuggestWord[0];
	}

	/** Whether a suggestion would be searched as a word (no stop word, no filler). */
	private static boolean searched(SuggestWord suggestion) {
		String word = suggestion.string.toLowerCase(Locale.ROOT);
		return !Words.isStop(word) && !FrenchWords.isFiller(word) && !EnglishWords.isFiller(word);
	}

	/**
	 * The closest word of the groups of fields, names first, or {@code null}. A Dutch
	 * diminutive ("zoontje") is its base word when the index holds it ("zoon"). A word
	 * that says nothing of the help sought in any language (a stop word or a filler:
	 * "bien", "niet") is no spelling: a Dutch sentence's "bijna" was searched as the
	 * French "bien", and found the services of "Bien-être psychique".
	 */
	static String closest(String word, IndexReader reader, String[] groups) throws IOException {
		for (String base : DutchDiminutives.bases(word)) {
			for (String group : groups) {
				Term term = new Term(group + Analysis.EXACT, base);
				if (reader.docFreq(term) > 0 && (!reader.hasDeletions() || LiveTerms.inALiveDocument(reader, term))) {
					return base;
				}
			}
		}
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(4);
		SuggestWord best = null;
		for (String group : groups) {
			Term term = new Term(group + Analysis.EXACT, word);
			SuggestWord[] suggestions = reader.hasDeletions() ? live(checker, term, reader) : searched(
					checker.suggestSimilar(term, SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
			if (suggestions.length > 0 && (best == null || suggestions[0].score > best.score)) {
				best = suggestions[0];
			}
			if (best != null && !group.equals("name")) {
				break;
			}
		}
		return (best != null) ? best.string.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * As above on an index holding deleted services: a word only they held is outside the
	 * vocabulary, and a spelling only they held is no spelling ({@link LiveTerms}), so
	 * that an edited index respells as a rebuilt one does.
	 */
	private static SuggestWord[] live(DirectSpellChecker checker, Term term, IndexReader reader) throws IOException {
		if (reader.docFreq(term) > 0 && LiveTerms.inALiveDocument(reader, term)) {
			return new SuggestWord[0];
		}
		for (SuggestWord suggestion : checker.suggestSimilar(term, SUGGESTIONS, reader, SuggestMode.SUGGEST_ALWAYS)) {
			if (!suggestion.string.equals(term.text()) && searched(suggestion)
					&& LiveTerms.inALiveDocument(reader, new Term(term.field(), suggestion.string))) {
				return new SuggestWord[] { suggestion };
			}
		}
		return new SuggestWord[0];
	}

}
