package brussels.maillage.directory.search.index;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The languages a text is evidently written in, whatever language it was given in: a
 * package declares one language for all its texts, and a Brussels publisher's texts are
 * often in the other language, or in both ("Accueil / Onthaal"). Read from the short
 * words only one of French and Dutch has (le, des, pour, avec / het, een, voor, met),
 * which every sentence holds: a few of them, and not far fewer than of the other
 * language.
 */
final class TextLanguages {

	private static final Set<String> FRENCH = onlyIn(FrenchAnalyzer.getDefaultStopSet(),
			DutchAnalyzer.getDefaultStopSet());

	private static final Set<String> DUTCH = onlyIn(DutchAnalyzer.getDefaultStopSet(),
			FrenchAnalyzer.getDefaultStopSet());

	/** The length of the longest of those words. */
	private static final int LONGEST = java.util.stream.Stream.concat(FRENCH.stream(), DUTCH.stream())
		.mapToInt(String::length)
		.max()
		.orElse(0);

	/** Fewest words of a language that make it evident. */
	private static final int EVIDENT = 2;

	private TextLanguages() {
	}

	/**
	 * {@code fr} and/or {@code nl} when the text evidently holds that language; empty for
	 * a name or a text too short to tell.
	 */
	static Set<String> of(String text) {
		return ofNormalized(Words.normalize(text));
	}

	/**
	 * The same of a text already normalized ({@link Words#normalize}), read word by word
	 * without splitting it (it runs on every text indexed).
	 */
	static Set<String> ofNormalized(String plain) {
		int french = 0;
		int dutch = 0;
		int start = 0;
		for (int i = 0; i <= plain.length(); i++) {
			if (i < plain.length() && !separator(plain.charAt(i))) {
				continue;
			}
			if (i > start && i - start <= LONGEST) {
				String word = plain.substring(start, i);
				if (FRENCH.contains(word)) {
					french++;
				}
				else if (DUTCH.contains(word)) {
					dutch++;
				}
			}
			start = i + 1;
		}
		Set<String> languages = new LinkedHashSet<>();
		if (french >= EVIDENT && french * 3 >= dutch) {
			languages.add("fr");
		}
		if (dutch >= EVIDENT && dutch * 3 >= french) {
			languages.add("nl");
		}
		return languages;
	}

	/** What separates words in a normalized text (as {@link Words#of(String)} splits). */
	private static boolean separator(char c) {
		return c == ' ' || c == '\'' || c == '"' || c == '-';
	}

	/**
	 * The words of {@code set} of two letters or more that {@code other} does not have.
	 */
	private static Set<String> onlyIn(CharArraySet set, CharArraySet other) {
		Set<String> words = new HashSet<>();
		for (Object word : set) {
			String text = new String((char[]) word);
			if (text.length() >= 2 && !other.contains(text)) {
				words.add(Words.normalize(text));
			}
		}
		return Set.copyOf(words);
	}

}
