package brussels.maillage.directory.search.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The base word of a Dutch diminutive as people type it of those they speak of and of
 * things ("zoontje", "dochtertje", "broertje", "zusje", "mannetje", "boompje"): the
 * suffix -je, -tje, -pje or -etje (after a doubled consonant) taken off, as Dutch grammar
 * forms it (ANS, "verkleinwoorden"). The Snowball stemmer does not, so "zoontje" found
 * nothing and was dropped, where "zoon" is a relative ({@code intents.Intents}).
 */
public final class DutchDiminutives {

	/** Shortest base word considered. */
	private static final int SHORTEST = 3;

	private DutchDiminutives() {
	}

	/**
	 * The possible base words of a typed word that ends like a diminutive, likeliest
	 * first (empty for any other word); plural diminutives ("zusjes") included.
	 */
	public static List<String> bases(String word) {
		List<String> bases = new ArrayList<>();
		String singular = word.endsWith("jes") ? word.substring(0, word.length() - 1) : word;
		if (!singular.endsWith("je")) {
			return bases;
		}
		if (singular.endsWith("etje")) {
			// "mannetje", "balletje": the consonant doubled before -etje.
			String stem = singular.substring(0, singular.length() - 4);
			if (stem.length() >= 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
				add(bases, stem.substring(0, stem.length() - 1));
			}
			add(bases, stem);
		}
		for (String suffix : List.of("tje", "pje", "je")) {
			if (singular.endsWith(suffix)) {
				add(bases, singular.substring(0, singular.length() - suffix.length()));
			}
		}
		return bases;
	}

	private static void add(List<String> bases, String base) {
		if (base.length() >= SHORTEST && !bases.contains(base)) {
			bases.add(base);
		}
	}

}
