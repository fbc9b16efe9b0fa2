package brussels.maillage.directory.search.words;

import java.util.Set;

/**
 * Words of a situation told that say nothing of the help sought and that neither the stop
 * lists nor {@link FrenchWords} and {@link DutchWords} hold, read as their fillers: a
 * mother or father named without a possessive ("maman seule avec 3 enfants",
 * "alleenstaande mama"), a degree ("trop"), the verbs of getting help ("waar kan hij hulp
 * krijgen"), a verb of playing ("joue aux paris sportifs"). Searched as words, "maman"
 * was respelled "matin", "mama" "mars", "trop" "trois", "joue" "jour" and "krijgen"
 * "krijgt". They are not searched and never respelled; inside a thesaurus term they still
 * count, and {@code intents.Audiences} still reads "maman" as a family.
 */
final class ToldWords {

	/** Normalized words (see {@link Words#of(String)}). */
	private static final Set<String> FILLERS = Set.of(
			// a parent named without a possessive (a person, not a need)
			"maman", "mamans", "papa", "papas", "mama", "mamas",
			// a degree
			"trop",
			// the verbs of getting help
			"krijgen", "krijgt", "kreeg",
			// a verb of playing, said of a game named after it
			"joue", "jouent");

	private ToldWords() {
	}

	/** Whether a typed word says nothing of the help sought. */
	static boolean isFiller(String word) {
		return FILLERS.contains(word);
	}

}
