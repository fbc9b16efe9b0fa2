package brussels.maillage.directory.search.words;

import java.util.Set;

/**
 * Dutch words of a typed sentence that say nothing of the help sought and that the Dutch
 * stop list (Lucene's, from Snowball) does not hold, read as {@link FrenchWords} reads
 * the French ones: the verbs of a request or of the situation told ("iemand die kan komen
 * poetsen", "waar kan ik ... vinden"), the question words, the person spoken of without a
 * need ("meneer", "mevrouw", "mensen") and the urgency of the request. Searched as words,
 * "komen" was respelled "komt" and "gezet" "gewest"; they are not searched and never
 * respelled, and inside a thesaurus term they still count ("mensen zonder papieren", "uit
 * huis gezet").
 */
public final class DutchWords {

	/** Normalized words (see {@link Words#of(String)}). */
	private static final Set<String> FILLERS = Set.of(
			// question words, adverbs
			"waar", "wanneer", "waarom", "welke", "welk", "graag", "eigenlijk", "misschien", "alstublieft", "aub",
			"dank", "bedankt", "hallo",
			// adverbs of degree, time and frequency ("praat nog bijna niet"), which the
			// Snowball list lacks: searched, "bijna" was respelled into the French "bien"
			"bijna", "amper", "nauwelijks", "soms", "vaak", "steeds", "weer", "alweer", "nooit", "echt", "erg", "zeer",
			"gewoon", "zelfs", "sinds", "vandaag", "gisteren", "morgen", "daarna", "eerst",
			// verbs of a request or of the situation told
			"komen", "komt", "gaan", "gaat", "vinden", "vind", "zoeken", "gezocht", "helpen", "helpt", "bellen",
			"contacteren", "woont", "gezet", "willen", "wilt", "moeten", "mag", "kunt", "weet", "weten",
			// the person spoken of, without a need
			"meneer", "mevrouw", "mensen", "clienten",
			// the urgency of the request
			"dringend", "snel", "dringende");

	private DutchWords() {
	}

	/** Whether a typed word says nothing of the help sought. */
	public static boolean isFiller(String word) {
		return FILLERS.contains(word);
	}

}
