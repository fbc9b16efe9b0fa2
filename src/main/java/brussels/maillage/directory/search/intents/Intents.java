package brussels.maillage.directory.search.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.DutchDiminutives;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What typed words say besides the help sought, read like the place: a wish for a free or
 * cheap service ("gratuit", "pas cher", "goedkoop", "low cost"), a need at night ("la
 * nuit", "ce soir", "24h/24", "'s nachts", "vannacht", "tonight", "at night"), who the
 * help is for ("pour un enfant", "personne âgée", "jongeren", "elderly":
 * {@link Audiences}) and their age ("de 6 ans", "van 6 jaar", "6-year-old"), and the
 * relative the help is for ("pour mon frère", "voor mijn moeder", "for my brother"),
 * which says nothing of the help. Cost and time words stay searched, but as optional
 * words that rank (they are not needed to reach the minimum that should match), and they
 * favour the services that are free or cheap, or open at night. The words of a group stay
 * searched as they were typed, and the services meant for the group rank higher; services
 * that record no group are not passed over. An age is not searched as words: services
 * whose age range holds it rank higher, those whose range excludes it lower. A relative
 * named after a possessive is not searched, nor are the words that led to it ("pour
 * mon").
 */
public final class Intents {

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
			"collega", "neef", "nicht", "oom", "tante", "fils", "fille", "filles", "zoon", "zoons", "dochter",
			"dochters", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "mother",
			"mum", "mom", "father", "dad", "husband", "wife", "friend", "friends", "neighbour", "neighbor", "colleague",
			"cousin", "uncle", "aunt", "boyfriend", "girlfriend"));

	/** Words that lead to a relative: "pour", "voor", "for", "chez", "bij", ... */
	private static final Set<String> LEADING = Set.of("pour", "a", "chez", "avec", "de", "par", "voor", "aan", "bij",
			"met", "van", "door", "for", "to", "with", "of", "by");

	/** What a wish for a free or cheap service, or a need at night, adds to a match. */
	public static final float BOOST = 1.5f;

	/** What the group the help is for adds to a service meant for it. */
	static final float AUDIENCE_BOOST = 1.5f;

	/**
	 * What an age adds to a service whose age range holds it (or that has none), and what
	 * a range recorded and holding it adds again.
	 */
	static final float AGE_BOOST = 1.5f;

	static final float KNOWN_AGE_BOOST = 0.5f;

	private static final int MINUTES_PER_DAY = 24 * 60;

	private Intents() {
	}

	/**
	 * The boosts of what the words say: services free or at a low threshold; services
	 * open at night (between 01:00 and 04:00 on some day, an opening that crosses
	 * midnight included); services meant for the group named; services whose age range
	 * holds the age read, or that record none.
	 */
	public static List<Query> boosts(Read read) {
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
		for (Audiences.Group group : read.groups()) {
			// The services meant for a group are the same at every search until the index
			// changes: kept per segment (about a hundred terms and phrases).
			Query meant = new KeptMatches("audience:" + group.key(), audience(group));
			boosts.add(new BoostQuery(new ConstantScoreQuery(meant), AUDIENCE_BOOST));
		}
		if (read.ages() != null) {
			// Services without an age range contain every age: only the ranges that
			// exclude it come after them.
			boosts.add(new BoostQuery(new ConstantScoreQuery(contains(read.ages())), AGE_BOOST));
			boosts.add(new BoostQuery(new ConstantScoreQuery(knownAge(read.ages())), KNOWN_AGE_BOOST));
		}
		return boosts;
	}

	/**
	 * The services whose age range holds {@code ages}: services without one are indexed
	 * as 0 to 999, they contain every age.
	 */
	private static Query contains(Audiences.Ages ages) {
		return new BooleanQuery.Builder()
			.add(IntPoint.newRangeQuery("min_age", Integer.MIN_VALUE, ages.to()), Occur.FILTER)
			.add(IntPoint.newRangeQuery("max_age", ages.from(), Integer.MAX_VALUE), Occur.FILTER)
			.build();
	}

	/** The services whose age range, recorded, holds {@code ages}. */
	private static Query knownAge(Audiences.Ages ages) {
		return new BooleanQuery.Builder().add(contains(ages), Occur.FILTER)
			.add(new BooleanQuery.Builder().add(IntPoint.newExactQuery("min_age", 0), Occur.FILTER)
				.add(IntPoint.newExactQuery("max_age", 999), Occur.FILTER)
				.build(), Occur.MUST_NOT)
			.build();
	}

	/**
	 * Who the help is for as concepts of the need ({@code query.Coverage}): for each
	 * group read, the services meant for it, and for the group of the age typed, also the
	 * services whose age range, recorded, holds the age.
	 */
	public static List<Query> concepts(Read read) {
		List<Query> concepts = new ArrayList<>();
		Set<Audiences.Group> ofAge = (read.ages() != null) ? Audiences.ofAge(read.ages()) : Set.of();
		for (Audiences.Group group : read.groups()) {
			if (Audiences.KINDS_OF_HELP.contains(group.key())) {
				// Its words are units of the need.
				continue;
			}
			Query meant = new KeptMatches("audience:" + group.key(), audience(group));
			if (ofAge.contains(group)) {
				meant = new BooleanQuery.Builder().add(meant, Occur.SHOULD)
					.add(knownAge(read.ages()), Occur.SHOULD)
					.build();
			}
			concepts.add(meant);
		}
		return concepts;
	}

	/**
	 * The services meant for a group: recorded so (its audience code), or naming it in
	 * their names, themes or texts in any of the three languages ("elderly" finds
	 * "personnes âgées" and "ouderen").
	 */
	static Query audience(Audiences.Group group) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		if (group.code() != null) {
			any.add(new TermQuery(new Term("audience", group.code())), Occur.SHOULD);
		}
		for (String field : List.of("name", "theme", "body")) {
			for (List<String> words : group.words()) {
				any.add(words(field + Analysis.EXACT, words), Occur.SHOULD);
			}
		}
		return any.build();
	}

	/**
	 * Words in a field: a phrase where the field has positions (names, texts), all the
	 * words in the theme labels.
	 */
	private static Query words(String field, List<String> words) {
		if (words.size() == 1) {
			return new TermQuery(new Term(field, words.get(0)));
		}
		if (!field.startsWith("theme")) {
			return new PhraseQuery(field, words.toArray(String[]::new));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		words.forEach((word) -> all.add(new TermQuery(new Term(field, word)), Occur.FILTER));
		return all.build();
	}

	/**
	 * Typed words read.
	 *
	 * @param words the words to search, relatives and ages taken out
	 * @param optional for each of {@code words}, whether it is a cost or time word
	 * @param cost whether a free or cheap service is wished
	 * @param night whether the need is at night
	 * @param groups who the help is for (named, or of the age read)
	 * @param ages the age read, or {@code null}
	 */
	public record Read(List<String> words, boolean[] optional, boolean cost, boolean night, Set<Audiences.Group> groups,
			Audiences.Ages ages) {

		/** Whether the word at {@code i} is optional (a cost or time word). */
		public boolean optional(int i) {
			return this.optional[i];
		}

	}

	/** Reads typed words (see {@link Words#of(String)}). */
	public static Read read(List<String> text) {
		// The age first: "mon père âgé de 80 ans", "mijn 80-jarige vader".
		List<String> typed = new ArrayList<>(text);
		CarerWords.read(typed);
		Audiences.Ages ages = Audiences.readAge(typed);
		List<String> words = new ArrayList<>(typed.size());
		for (int i = 0; i < typed.size(); i++) {
			String word = typed.get(i);
			boolean afterPossessive = i > 0 && POSSESSIVES.contains(typed.get(i - 1));
			// "mijn zoontje": a Dutch diminutive of a relative is that relative.
			boolean relative = afterPossessive && (RELATIVES.contains(word)
					|| DutchDiminutives.bases(word).stream().anyMatch(RELATIVES::contains));
			if (afterPossessive && !relative && i + 1 < typed.size() && KinWords.COMPOUND.contains(word)
					&& RELATIVES.contains(typed.get(i + 1))) {
				// A compound relative ("beau-frère") goes whole.
				relative = true;
				i++;
			}
			// "pour maman": a name of kin said without a possessive.
			boolean kin = !relative && KinWords.kin(typed, i, LEADING, POSSESSIVES);
			if (relative || kin) {
				// "pour mon frère", "voor mijn moeder", "for my brother": the relative
				// goes,
				// and so do the words that only led to it, so that the words searched
				// read as a request ("psychologue pas cher", not "... pour mon").
				if (relative || (!words.isEmpty() && POSSESSIVES.contains(words.get(words.size() - 1)))) {
					words.remove(words.size() - 1);
				}
				if (!words.isEmpty() && LEADING.contains(words.get(words.size() - 1))) {
					words.remove(words.size() - 1);
				}
				continue;
			}
			words.add(word);
		}
		HomeWords.dropPlaces(words);
		boolean[] optional = new boolean[words.size()];
		boolean cost = mark(words, COST, optional);
		boolean night = mark(words, NIGHT, optional);
		mark(words, FrenchTimes.WORDS, optional);
		Set<Audiences.Group> groups = Audiences.read(words);
		if (ages != null) {
			groups.addAll(Audiences.ofAge(ages));
		}
		return new Read(List.copyOf(words), optional, cost, night, java.util.Collections.unmodifiableSet(groups), ages);
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
