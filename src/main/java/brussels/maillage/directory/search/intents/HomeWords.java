package brussels.maillage.directory.search.intents;

import java.util.List;
import java.util.Set;

/**
 * "Thuis", "at home", "à la maison" say where something happens as often as they wish for
 * care at home. The thesaurus reads them as care at home ("aide à domicile", "zorg
 * thuis", "help at home"); after a verb of violence or of another event ("mijn vader
 * slaat me thuis", "on le frappe à la maison", "he drinks at home") they only say where,
 * and were read as home care: home nursing came first for a teenager beaten at home.
 * There they are not searched; a care or help word just before them keeps them ("hij
 * drinkt, hulp thuis").
 */
final class HomeWords {

	/** Phrases of the home as a place (normalized words). */
	private static final List<List<String>> HOME = List.of(List.of("thuis"), List.of("aan", "huis"),
			List.of("at", "home"), List.of("a", "la", "maison"), List.of("a", "domicile"), List.of("chez", "moi"),
			List.of("chez", "nous"), List.of("chez", "lui"), List.of("chez", "elle"), List.of("chez", "eux"));

	/**
	 * Verbs (and the nouns of the same events) after which the home is where the event
	 * happens: hitting and abuse, shouting and fighting, drinking and using, locking in.
	 */
	private static final Set<String> EVENTS = Set.copyOf(List.of(
			// French
			"frappe", "frappes", "frappent", "frapper", "frappee", "frappait", "bat", "battu", "battue", "battre",
			"cogne", "gifle", "violente", "violentee", "viole", "violee", "insulte", "menace", "crie", "crient",
			"hurle", "dispute", "disputent", "boit", "buvait", "drogue", "enferme", "enfermee", "violence", "violences",
			"coups", "abuse", "maltraite", "maltraitance", "agressif", "agressive",
			// Dutch
			"slaat", "slaan", "sloeg", "geslagen", "schopt", "mishandelt", "mishandeld", "misbruikt", "bedreigt",
			"scheldt", "schreeuwt", "roept", "ruzie", "drinkt", "dronk", "gebruikt", "opgesloten", "geweld",
			"mishandeling", "agressief", "agressieve",
			// English
			"hits", "hit", "hitting", "beats", "beat", "beaten", "abuses", "abused", "abuse", "hurts", "threatens",
			"shouts", "yells", "screams", "fights", "fighting", "drinks", "drinking", "locked", "violence",
			"aggressive", "violent"));

	/**
	 * Care and help words that a home phrase qualifies ("aide à domicile", "hulp thuis").
	 */
	private static final Set<String> CARE = Set.of("soins", "soin", "aide", "aides", "aider", "accompagnement",
			"soutien", "infirmier", "infirmiere", "infirmieres", "kine", "garde", "zorg", "hulp", "verpleging",
			"verpleegkundige", "thuisverpleging", "begeleiding", "oppas", "care", "help", "nursing", "nurse", "support",
			"carer", "caregiver");

	/** How many words before the phrase a verb of an event is looked for. */
	private static final int REACH = 3;

	private HomeWords() {
	}

	/**
	 * Takes out of {@code words} each home phrase that follows a verb of an event within
	 * a few words, with no care or help word just before it.
	 */
	static void dropPlaces(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			for (List<String> phrase : HOME) {
				if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)
						&& afterAnEvent(words, i)) {
					words.subList(i, i + phrase.size()).clear();
					i--;
					break;
				}
			}
		}
	}

	private static boolean afterAnEvent(List<String> words, int start) {
		if (start > 0 && CARE.contains(words.get(start - 1))) {
			return false;
		}
		for (int k = start - 1; k >= Math.max(0, start - REACH); k--) {
			if (EVENTS.contains(words.get(k))) {
				return true;
			}
		}
		return false;
	}

}
