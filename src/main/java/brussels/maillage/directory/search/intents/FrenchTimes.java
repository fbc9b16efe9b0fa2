package brussels.maillage.directory.search.intents;

import java.util.List;

import brussels.maillage.directory.search.words.Words;

/**
 * French words of the time of day or the day of the week a professional types with a need
 * ("restaurant social le midi", "permanence le samedi", "pharmacie de garde dimanche").
 * Searched as needs, they matched names and places ("Gare du Midi", "Phare du Midi")
 * above the services of the need. Read like the cost and night words of {@link Intents}:
 * they rank the services that name them, but a service need not hold them.
 */
final class FrenchTimes {

	/** Normalized phrases (see {@link Words#of(String)}). */
	static final List<List<String>> WORDS = java.util.stream.Stream
		.of("matin", "matinee", "midi", "apres midi", "soir", "soiree", "week end", "weekend", "lundi", "mardi",
				"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ferie", "feries", "jour ferie", "jours feries")
		.map(Words::of)
		.toList();

	private FrenchTimes() {
	}

}
