package brussels.maillage.directory.search.words;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Typed text as words: lower case, without accents, split on spaces, apostrophes, quotes,
 * dashes and every other sign without meaning for the search.
 */
public final class Words {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s'\"’-]+");

	/** French, Dutch and English words too common to search, unaccented. */
	private static final Set<String> STOP = stopWords();

	private Words() {
	}

	/**
	 * Lower case, without accents or punctuation that has no meaning for the search:
	 * every run of characters other than letters, digits, apostrophes, quotes and dashes
	 * becomes one space. One pass over the characters (it runs on every text indexed).
	 */
	public static String normalize(String text) {
		String plain = text;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				plain = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD);
				break;
			}
		}
		plain = plain.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length();) {
			int c = plain.codePointAt(i);
			i += Character.charCount(c);
			if (c < 128) {
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '"' || c == '-') {
					space = append(out, c, space);
				}
				else {
					space = true;
				}
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK) {
				continue;
			}
			if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
					|| type == Character.OTHER_NUMBER) {
				space = append(out, c, space);
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

	private static boolean append(StringBuilder out, int c, boolean space) {
		if (space && !out.isEmpty()) {
			out.append(' ');
		}
		out.appendCodePoint(c);
		return false;
	}

	/** The words of a text, normalized. */
	public static List<String> of(String text) {
		return SEPARATORS.splitAsStream(normalize(text)).filter((word) -> !word.isEmpty()).toList();
	}

	/** Whether a word is too common to search (de, la, het, the, ...) or one letter. */
	public static boolean isStop(String word) {
		return word.length() < 2 || STOP.contains(word);
	}

	/**
	 * A form for comparing words of the thesaurus with typed words: plural marks off
	 * ("logopedes" = "logopede", "therapists" = "therapist").
	 */
	public static String key(String word) {
		if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	private static Set<String> stopWords() {
		Set<String> words = new HashSet<>();
		for (CharArraySet set : List.of(FrenchAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(),
				EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
			for (Object word : set) {
				words.add(normalize((word instanceof char[] chars) ? new String(chars) : word.toString()));
			}
		}
		// Words of requests that say nothing of the help sought.
		words.addAll(List.of("cherche", "recherche", "besoin", "zoek", "zoekt", "nodig", "need", "needs", "looking",
				"pres", "near", "buurt", "quelqu", "iemand", "someone"));
		// Words that carry the need and must stay although a stop list has them.
		words.removeAll(List.of("thuis", "huis", "sans", "zonder", "without"));
		return Set.copyOf(words);
	}

	/** How many of {@code n} words a service must hold. */
	public static int minimumShouldMatch(int n) {
		if (n <= 2) {
			return 1;
		}
		if (n <= 4) {
			return 2;
		}
		return (n + 1) / 2;
	}

}
