package brussels.maillage.directory.search.words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The typed words that may stand between the words of a thesaurus term
 * ({@link Thesaurus}) without changing what it names: the stop words and fillers of the
 * languages the text is written in ("zich niet meer alleen wassen" is "zich wassen", "het
 * gas en de elektriciteit" is "gas en elektriciteit"), and a few adverbs that sit inside
 * a verb phrase ("alleen", "seule", "alone"). A conjunction never does ("monter les
 * escaliers ni entrer": two needs), nor a word of another language than the text's ("en"
 * is a conjunction in Dutch, a preposition in French). Languages are read from the words
 * only one of French, Dutch and English holds among its stop words and fillers; a text
 * without any is read in the three.
 */
public final class TermGaps {

	/** Most typed words skipped between two words of a term. */
	static final int MOST = 3;

	private static final Set<String> FRENCH_STOP = stop(FrenchAnalyzer.getDefaultStopSet());

	private static final Set<String> DUTCH_STOP = stop(DutchAnalyzer.getDefaultStopSet());

	/**
	 * Adverbs inside a verb phrase: "ne peut plus se laver seule", "niet meer alleen".
	 */
	private static final Set<String> ADVERBS = Set.of("seul", "seule", "jamais", "vraiment", "correctement", "alleen",
			"zelfstandig", "nooit", "goed", "echt", "bijna", "alone", "properly", "never");

	/** Conjunctions: two needs, not one term, on either side. */
	private static final Set<String> CONJUNCTIONS = Set.of("et", "ou", "ni", "mais", "car", "donc", "puis", "en", "of",
			"maar", "noch", "dus", "and", "or", "nor", "but", "then");

	/**
	 * Forms of "to be" and "to have": a finite verb between two words joins a clause's
	 * parts ("verslaafd is aan gamen", "uit zijn huis wordt gezet"), not a term's.
	 */
	private static final Set<String> VERBS = Set.of("est", "sont", "etait", "sera", "etre", "ont", "avait", "avoir",
			"is", "zijn", "wordt", "worden", "werd", "was", "waren", "heeft", "hebben", "had", "ben", "bent", "are",
			"were", "be", "been", "has", "have");

	/** Words that carry a need although a stop list has them. */
	private static final Set<String> KEPT = Set.of("thuis", "huis", "sans", "zonder", "without", "no", "not", "geen");

	private static final List<Language> LANGUAGES = List.of(
			new Language((word) -> FRENCH_STOP.contains(word) || FrenchWords.isFrench(word),
					Set.of("a", "au", "aux", "de", "du", "des", "d", "pour", "par", "sur", "dans", "avec", "chez",
							"vers", "en")),
			new Language((word) -> DUTCH_STOP.contains(word) || DutchWords.isFiller(word),
					Set.of("aan", "voor", "van", "in", "op", "met", "bij", "naar", "uit", "over", "tot", "door", "om",
							"te")),
			new Language(EnglishWords::isFiller, Set.of("at", "in", "for", "of", "to", "on", "with", "by", "from",
					"into", "about", "after", "over")));

	private final List<Language> languages;

	private TermGaps(List<Language> languages) {
		this.languages = languages;
	}

	/** The gaps of typed words, in the languages they are evidently written in. */
	static TermGaps of(List<String> words) {
		List<Language> evident = new ArrayList<>();
		for (Language language : LANGUAGES) {
			boolean only = words.stream()
				.anyMatch((word) -> language.words().test(word) && LANGUAGES.stream()
					.filter((other) -> other != language)
					.noneMatch((other) -> other.words().test(word)));
			if (only) {
				evident.add(language);
			}
		}
		return new TermGaps(evident.isEmpty() ? LANGUAGES : evident);
	}

	/**
	 * Whether typed words are evidently English and evidently no other language: they
	 * hold a word only English has among its stop words and fillers ("the", "my",
	 * "with"), and none only French or Dutch has.
	 */
	public static boolean english(List<String> words) {
		List<Language> evident = of(words).languages;
		return evident.size() == 1 && evident.get(0) == LANGUAGES.get(2);
	}

	/**
	 * Whether typed words are evidently neither French nor Dutch: they hold no word only
	 * one of them has among its stop words and fillers ("pour", "mon", "voor").
	 */
	public static boolean neitherFrenchNorDutch(List<String> words) {
		List<Language> evident = of(words).languages;
		return evident == LANGUAGES || !(evident.contains(LANGUAGES.get(0)) || evident.contains(LANGUAGES.get(1)));
	}

	/**
	 * Whether a typed word may stand between two words of a term: not a conjunction, nor
	 * a preposition of the text's languages ("care at home" is not "care home").
	 */
	boolean skips(String word) {
		if (CONJUNCTIONS.contains(word) || KEPT.contains(word) || VERBS.contains(word)
				|| this.languages.stream().anyMatch((language) -> language.prepositions().contains(word))) {
			return false;
		}
		return ADVERBS.contains(word) || this.languages.stream().anyMatch((language) -> language.words().test(word));
	}

	/** A language's stop words and fillers, and its prepositions. */
	private record Language(Predicate<String> words, Set<String> prepositions) {
	}

	private static Set<String> stop(CharArraySet stop) {
		Set<String> words = new HashSet<>();
		for (Object word : stop) {
			words.addAll(Words.of((word instanceof char[] chars) ? new String(chars) : word.toString()));
		}
		return Set.copyOf(words);
	}

}
