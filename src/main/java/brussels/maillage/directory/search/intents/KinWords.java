package brussels.maillage.directory.search.intents;

import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.words.Words;

/**
 * Words of kin that {@link Intents} reads as the person the help is for, not as a need,
 * besides a relative after a possessive ("pour mon frère"): the first word of a compound
 * relative ("beau-frère", "petit-fils"), and a name of kin typed without a possessive
 * ("pour maman", "voor mama"; "maman" was respelled "matin"). A grandparent stays: it
 * says who the help is for ({@link Audiences}); so does "une maman" or "maman solo", a
 * mother as a parent.
 */
final class KinWords {

	/** The first word of a compound relative. */
	static final Set<String> COMPOUND = Set.of("beau", "belle", "beaux", "petit", "petite", "petits", "petites");

	/** Names of kin typed without a possessive. */
	private static final Set<String> KIN = Set.of("maman", "papa", "mama", "schoonmoeder", "schoonvader");

	private KinWords() {
	}

	/**
	 * Whether the word at {@code i} is a name of kin after a word that leads to a
	 * relative ("pour", "voor") or a possessive.
	 */
	static boolean kin(List<String> typed, int i, Set<String> leading, Set<String> possessives) {
		return KIN.contains(typed.get(i)) && i > 0
				&& (leading.contains(typed.get(i - 1)) || possessives.contains(typed.get(i - 1)));
	}

}
