package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * What English typed text needs besides the thesaurus (issue 17). Brussels services are
 * written in French and Dutch, so an English word reaches them only through the
 * thesaurus; this class keeps English words from being lost on the way:
 * <ul>
 * <li>a possessive is not a word: "women's shelter" is read "women shelter";</li>
 * <li>a plural finds the term written once in the singular, the irregular English plurals
 * included ("families", "babies", "churches", "children", "women"): the thesaurus already
 * compares words with a final s off ({@link Words#key(String)});</li>
 * <li>the words of a request that say nothing of the help ("where can I get", "near me",
 * "for my", Snowball's English stop list and a few request words) are not searched;</li>
 * <li>"help", "advice", "care", "support", "counselling" rank the services but are not
 * needed to find them: they are the English of every service, but rare in an index of
 * French and Dutch texts; so do the nouns that carry no need ("people", "patients",
 * "problems", "issues");</li>
 * <li>a word is also looked up in its other spelling, British or American, and as the
 * base of an -ing form ({@link EnglishForms});</li>
 * <li>"speaks English", "in English", "English-speaking" also wishes the service's
 * language ({@link SpokenEnglish});</li>
 * <li>an English word of needs, people, places and care is never replaced by the closest
 * French or Dutch spelling ("where" is not "werk", "alone" not "alle", "wound" not
 * "woont").</li>
 * </ul>
 */
public final class EnglishWords {

	/** An apostrophe s after a letter: the English possessive (and a Dutch plural). */
	private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s(?![\\p{L}\\p{N}])");

	/** Irregular English plurals of the field, by their singular. */
	private static final Map<String, String> IRREGULAR = Map.of("children", "child", "women", "woman", "men", "man",
			"people", "person", "teeth", "tooth", "feet", "foot", "wives", "wife", "lives", "life", "elderlies",
			"elderly");

	/** Words of a request that say nothing of the help sought. */
	private static final Set<String> FILLERS = fillers();

	/**
	 * English words that name every kind of help, and nouns that carry no need: they
	 * rank, they are not needed.
	 */
	private static final Set<String> GENERIC = Set.of("help", "helps", "helping", "advice", "care", "support",
			"counselling", "counseling", "assistance", "people", "person", "persons", "patient", "patients", "problem",
			"problems", "issue", "issues", "healthcare");

	/**
	 * English words of needs, people, places and care that are not in every thesaurus
	 * group of their concept: never replaced by another spelling.
	 */
	private static final Set<String> KNOWN = Set.copyOf(List.of(EnglishLexicon.WORDS.strip().split("\\s+")));

	private EnglishWords() {
	}

	/** The words of a typed text ({@link Words#of(String)}), possessives off. */
	public static List<String> of(String text) {
		return Words.of(POSSESSIVE.matcher(text).replaceAll(""));
	}

	/**
	 * A word's English singular when it is a plural that the thesaurus would not compare
	 * with its singular ("families" → "family", "churches" → "church", "women" →
	 * "woman"), or the word itself.
	 */
	static String singular(String word) {
		String irregular = IRREGULAR.get(word);
		if (irregular != null) {
			return irregular;
		}
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
				|| word.endsWith("xes") || word.endsWith("zes"))) {
			return word.substring(0, word.length() - 2);
		}
		return word;
	}

	/**
	 * The thesaurus mentions in typed words: those of the words as typed, then those of
	 * their English singulars and their other English forms ({@link EnglishForms}: the
	 * other spelling, the base of an -ing form) where the words as typed name nothing, or
	 * only part of a longer term ("drop in" of "drop in center" = "drop in centre").
	 */
	public static List<Thesaurus.Mention> mentions(Thesaurus thesaurus, List<String> words) {
		List<Thesaurus.Mention> mentions = new ArrayList<>(thesaurus.find(words));
		List<List<String>> forms = new ArrayList<>();
		forms.add(words.stream().map(EnglishWords::singular).toList());
		for (UnaryOperator<String> form : EnglishForms.FORMS) {
			forms.add(words.stream().map(form).toList());
		}
		for (List<String> other : forms) {
			if (other.equals(words)) {
				continue;
			}
			for (Thesaurus.Mention mention : thesaurus.find(other)) {
				List<Thesaurus.Mention> overlapping = mentions.stream()
					.filter((found) -> mention.start() < found.end() && found.start() < mention.end())
					.toList();
				// A longer term holding the mentions found wins, as in the thesaurus.
				boolean longer = overlapping.stream()
					.allMatch((found) -> mention.start() <= found.start() && found.end() <= mention.end()
							&& found.end() - found.start() < mention.end() - mention.start());
				if (longer) {
					mentions.removeAll(overlapping);
					mentions.add(new Thesaurus.Mention(mention.start(), mention.end(), mention.group(),
							typed(words, other, mention)));
				}
			}
		}
		mentions.sort(Comparator.comparingInt(Thesaurus.Mention::start));
		return mentions;
	}

	/**
	 * The words as typed of a mention found in their other forms: those at the places of
	 * the term's own words ({@link Thesaurus.Mention#typed()}), without the words typed
	 * between them.
	 */
	private static String typed(List<String> words, List<String> forms, Thesaurus.Mention mention) {
		String[] own = mention.typed().split(" ");
		List<String> typed = new ArrayList<>();
		int k = 0;
		for (int p = mention.start(); p < mention.end() && k < own.length; p++) {
			if (forms.get(p).equals(own[k])) {
				typed.add(words.get(p));
				k++;
			}
		}
		return String.join(" ", typed);
	}

	/**
	 * The English word of the field a typo is one edit away from ("eldery" → "elderly"),
	 * or {@code null} ({@link EnglishSpelling}).
	 */
	public static String typo(String word) {
		return EnglishSpelling.closest(word);
	}

	/** Whether a word only says that something is asked ("where", "can", "get", "my"). */
	public static boolean isFiller(String word) {
		return FILLERS.contains(word);
	}

	/** Whether a word names every kind of help ("help", "advice", "care"). */
	public static boolean isGeneric(String word) {
		return GENERIC.contains(word);
	}

	/**
	 * Whether a word is English of the field or of a request, and so no misspelling of a
	 * French or Dutch word.
	 */
	public static boolean isKnown(String word) {
		return KNOWN.contains(word) || KNOWN.contains(singular(word)) || KNOWN.contains(Words.key(word))
				|| FILLERS.contains(word) || GENERIC.contains(word);
	}

	private static Set<String> fillers() {
		Set<String> words = new HashSet<>();
		try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
			CharArraySet set = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (Object word : set) {
				words.addAll(Words.of((word instanceof char[] chars) ? new String(chars) : word.toString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Words of a request, not of the need.
		words.addAll(List.of("can", "get", "gets", "getting", "got", "find", "finding", "want", "wants", "wanted",
				"search", "searching", "look", "please", "anyone", "anybody", "somebody", "somewhere", "anywhere",
				"nearby", "nearest", "close", "closest", "around", "best", "good", "recommend", "recommended", "know",
				"may", "might", "must", "shall", "also", "just", "really", "hi", "hello", "thanks", "thank", "brussels",
				"belgium", "speaking", "speaks", "speak", "spoken", "available"));
		// Contractions typed without their apostrophe, and words of telling (session 21).
		words.addAll(List.of("cant", "dont", "doesnt", "didnt", "wont", "isnt", "arent", "couldnt", "im", "ive",
				"anymore", "keep", "keeps", "start", "anyway", "towards", "toward"));
		// When it is asked, not what (session 23): "free food this week" is not
		// "week-end".
		words.addAll(List.of("week", "weeks", "month", "months", "tomorrow", "asap", "soon", "now"));
		words.removeIf((word) -> word.length() < 2);
		return Set.copyOf(words);
	}

}
