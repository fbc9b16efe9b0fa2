package brussels.maillage.directory.search;

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

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\s'\"-]+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s'\"’-]+");

	/** French, Dutch and English words too common to search, unaccented. */
	private static final Set<String> STOP = stopWords();

	private Words() {
	}

	/** Lower case, without accents or punctuation that has no meaning for the search. */
	public static String normalize(String text) {
		String decomposed = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return UNSAFE.matcher(plain).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/** The words of a text, normalized. */
	public static List<String> of(String text) {
		return SEPARATORS.splitAsStream(normalize(text)).filter((word) -> !word.isEmpty()).toList();
	}

	/** Whether a word is too common to search (de, la, het, the, ...) or one letter. */
	static boolean isStop(String word) {
		return word.length() < 2 || STOP.contains(word);
	}

	/**
	 * A form for comparing words of the thesaurus with typed words: plural marks off
	 * ("logopedes" = "logopede", "therapists" = "therapist").
	 */
	static String key(String word) {
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

}
