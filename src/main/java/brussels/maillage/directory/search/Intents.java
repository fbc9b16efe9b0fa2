package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What typed words say besides the help sought, read like age and place: a wish for a
 * free or cheap service ("gratuit", "pas cher", "goedkoop", "low cost"), a need at night
 * ("la nuit", "ce soir", "24h/24", "'s nachts", "vannacht", "tonight", "at night"), and
 * the person the help is for ("pour mon frère", "voor mijn moeder", "for my brother"),
 * which says nothing of the help. Cost and time words stay searched, but as optional
 * words that rank (they are not needed to reach the minimum that should match), and they
 * favour the services that are free or cheap, or open at night; a relative named after a
 * possessive is not searched.
 */
final class Intents {

	/** Cost words and phrases (normalized words, see {@link Words#of(String)}). */
	private static final List<List<String>> COST = phrases("gratuit", "gratuite", "gratuits", "gratuites", "gratis",
			"kosteloos", "kosteloze", "free", "cheap", "cheaper", "affordable", "pas cher", "pas chere", "pas chers",
			"pas cheres", "peu cher", "peu chere", "moins cher", "moins chere", "bon marche", "abordable", "abordables",
			"tarif reduit", "prix reduit", "sans frais", "goedkoop", "goedkope", "goedkoper", "betaalbaar",
			"betaalbare", "low cost", "free of charge", "no cost");

	/** Time words and phrases of a need at night. */
	private static final List<List<String>> NIGHT = phrases("nuit", "nuits", "nocturne", "ce soir", "cette nuit",
			"24h 24", "24 24", "24h", "7j 7", "jour et nuit", "nacht", "nachts", "s nachts", "vannacht", "vanavond",
			"dag en nacht", "night", "nights", "tonight", "overnight", "at night", "24 7", "24 hours",
			"around the clock");

	/** Words that make the next word a relative of the person typing. */
	private static final Set<String> POSSESSIVES = Set
		.copyOf(List.of("mon", "ma", "mes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "ton", "ta", "tes",
				"mijn", "zijn", "haar", "onze", "ons", "uw", "je", "jouw", "my", "his", "her", "our", "your", "their"));

	/** Relatives, friends and neighbours (a person, not a need). */
	private static final Set<String> RELATIVES = Set.copyOf(List.of("frere", "freres", "soeur", "soeurs", "mere",
			"pere", "parents", "mari", "femme", "epouse", "epoux", "conjoint", "conjointe", "compagnon", "compagne",
			"ami", "amie", "amis", "copain", "copine", "voisin", "voisine", "voisins", "collegue", "cousin", "cousine",
			"oncle", "tante", "broer", "broers", "zus", "zussen", "zuster", "moeder", "vader", "ouders", "man", "vrouw",
			"echtgenoot", "echtgenote", "partner", "vriend", "vriendin", "vrienden", "buurman", "buurvrouw", "buren",
			"collega", "neef", "nicht", "oom", "tante", "brother", "brothers", "sister", "sisters", "mother", "mum",
			"mom", "father", "dad", "husband", "wife", "friend", "friends", "neighbour", "neighbor", "colleague",
			"cousin", "uncle", "aunt", "boyfriend", "girlfriend"));

	/** What a wish for a free or cheap service, or a need at night, adds to a match. */
	static final float BOOST = 1.5f;

	private static final int MINUTES_PER_DAY = 24 * 60;

	private Intents() {
	}

	/**
	 * The boosts of what the words say: services free or at a low threshold; services
	 * open at night (between 01:00 and 04:00 on some day, an opening that crosses
	 * midnight included).
	 */
	static List<Query> boosts(Read read) {
		List<Query> boosts = new ArrayList<>();
		if (read.cost()) {
			boosts.add(new BoostQuery(new ConstantScoreQuery(
					new BooleanQuery.Builder().add(new TermQuery(new Term("cost", "free")), Occur.SHOULD)
						.add(new TermQuery(new Term("cost", "low_threshold")), Occur.SHOULD)
						.build()),
					BOOST));
		}
		if (read.night()) {
			BooleanQuery.Builder night = new BooleanQuery.Builder();
			for (int day = 0; day < 7; day++) {
				night.add(
						IntRange.newIntersectsQuery("open", new int[] { day * MINUTES_PER_DAY + 60, Integer.MIN_VALUE },
								new int[] { day * MINUTES_PER_DAY + 240, Integer.MAX_VALUE }),
						Occur.SHOULD);
			}
			boosts.add(new BoostQuery(new ConstantScoreQuery(night.build()), BOOST));
		}
		return boosts;
	}

	/**
	 * Typed words read.
	 *
	 * @param words the words to search, relatives taken out
	 * @param optional for each of {@code words}, whether it is a cost or time word
	 * @param cost whether a free or cheap service is wished
	 * @param night whether the need is at night
	 */
	record Read(List<String> words, boolean[] optional, boolean cost, boolean night) {

		/** Whether the word at {@code i} is optional (a cost or time word). */
		boolean optional(int i) {
			return this.optional[i];
		}

	}

	/** Reads typed words (see {@link Words#of(String)}). */
	static Read read(List<String> typed) {
		List<String> words = new ArrayList<>(typed.size());
		for (int i = 0; i < typed.size(); i++) {
			String word = typed.get(i);
			if (RELATIVES.contains(word) && i > 0 && POSSESSIVES.contains(typed.get(i - 1))) {
				// "mon frère", "voor mijn moeder", "for my brother": the possessive is a
				// stop word already; a compound relative ("beau-frère") goes whole.
				continue;
			}
			if (i + 1 < typed.size() && (word.equals("beau") || word.equals("belle")) && i > 0
					&& POSSESSIVES.contains(typed.get(i - 1)) && RELATIVES.contains(typed.get(i + 1))) {
				i++;
				continue;
			}
			words.add(word);
		}
		boolean[] optional = new boolean[words.size()];
		boolean cost = mark(words, COST, optional);
		boolean night = mark(words, NIGHT, optional);
		return new Read(List.copyOf(words), optional, cost, night);
	}

	/** Marks the phrases found as optional; whether one was found. */
	private static boolean mark(List<String> words, List<List<String>> phrases, boolean[] optional) {
		boolean found = false;
		for (int i = 0; i < words.size(); i++) {
			for (List<String> phrase : phrases) {
				if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
					for (int k = i; k < i + phrase.size(); k++) {
						optional[k] = true;
					}
					found = true;
				}
			}
		}
		return found;
	}

	private static List<List<String>> phrases(String... phrases) {
		return java.util.Arrays.stream(phrases).map(Words::of).toList();
	}

}
