package brussels.maillage.directory.search.words;

import java.util.Set;

/**
 * French words of a typed sentence that say nothing of the help sought, and that the
 * French stop list (Lucene's, from Snowball) does not hold: prepositions and adverbs
 * ("chez", "quand", "vers", "après", "très"), the verbs of a request or of a situation
 * told ("sait", "vit", "voudrais", "faut", "trouver", "orienter"), the person the
 * professional speaks of without naming a need ("patient", "dame", "monsieur") and the
 * urgency of the request ("urgent", "vite"). A professional types "patient alcoolique, où
 * l'orienter ?" or "dame de 85 ans qui vit seule": searched as words, "chez" matched a
 * theme label "sans-chez-soi", "sait" was respelled "saint", and "dame" the Dutch
 * "dagen". They are not searched and never respelled; inside a thesaurus term they still
 * count ("personne âgée", "aide médicale urgente"). Words that carry a need although they
 * are common are not here: "sans", "seul", "seule", "nuit", "jour", "femme", "enfant",
 * "jeune", "urgence".
 */
public final class FrenchWords {

	/** Normalized words (see {@link Words#of(String)}). */
	private static final Set<String> FILLERS = Set.of(
			// prepositions, adverbs, conjunctions, pronouns
			"chez", "quand", "lorsque", "comme", "tres", "plus", "aussi", "vers", "depuis", "pendant", "apres", "avant",
			"entre", "selon", "donc", "alors", "car", "ni", "si", "tout", "tous", "toute", "toutes", "bien", "peu",
			"beaucoup", "encore", "deja", "chaque", "quelque", "quelques", "plusieurs", "autre", "autres", "quoi",
			"dont", "ca", "comment", "pourquoi", "combien", "rien", "jamais", "toujours", "souvent", "parfois",
			"actuellement", "maintenant", "aujourd", "hui", "demain", "ainsi", "puis", "afin", "voici", "voila", "svp",
			"merci", "bonjour", "etc", "quelqu", "quelquun",
			// the abbreviations of a message typed in haste: pour, quelqu'un, quelque
			// chose,
			// dans, beaucoup, toujours, s'il te plaît, parce que
			"pr", "qqn", "qqun", "qq1", "qqch", "ds", "bcp", "tjs", "stp", "pcq", "psk",
			// verbs of a request or of the situation told
			"est", "etait", "sera", "etre", "ete", "avoir", "avait", "va", "vais", "vont", "aller", "peut", "peux",
			"pouvez", "pourrait", "pourriez", "pourrais", "doit", "dois", "devrait", "faut", "fallait", "fait", "faire",
			"sait", "sais", "savoir", "veut", "veux", "voudrais", "voudrait", "voudrions", "souhaite", "souhaiterait",
			"aimerais", "aimerait", "trouver", "trouve", "orienter", "oriente", "adresser", "connaissez", "connait",
			"existe", "vit", "vivent", "habite", "habitent", "demande",
			// "qui prend de nouveaux patients", "qui appeler", "qui accepte"
			"prend", "prennent", "prendre", "accepte", "acceptent", "accepter", "appeler", "appelle", "contacter",
			"joindre", "nouveau", "nouveaux", "nouvelle", "nouvelles",
			// the person spoken of, without a need
			"patient", "patiente", "patients", "patientes", "client", "cliente", "usager", "usagere", "beneficiaire",
			"monsieur", "madame", "mme", "dame", "gens",
			// the urgency of the request
			"urgent", "urgente", "urgents", "urgentes", "urgemment", "rapidement", "vite");

	private FrenchWords() {
	}

	/** Whether a typed word is one of the French fillers (not the Dutch ones). */
	static boolean isFrench(String word) {
		return FILLERS.contains(word);
	}

	/** Whether a typed word says nothing of the help sought. */
	public static boolean isFiller(String word) {
		return FILLERS.contains(word) || DutchWords.isFiller(word) || ToldWords.isFiller(word);
	}

	/**
	 * Whether a typed word of {@code words} is not searched: a stop word, a word of an
	 * English request, a bare number, or a French filler unless fillers are all that was
	 * typed besides stop words (and no thesaurus term was found).
	 */
	public static boolean notSearched(String word, java.util.List<String> words, boolean mentions) {
		return Words.isStop(word) || EnglishWords.isFiller(word) || word.chars().allMatch(Character::isDigit)
				|| (isFiller(word) && (mentions || !onlyFillers(words)));
	}

	/**
	 * Whether every word that would be searched is a filler ("urgent", "patient" typed
	 * alone): then they are searched as typed, rather than nothing.
	 */
	static boolean onlyFillers(java.util.List<String> words) {
		return words.stream().filter((word) -> !Words.isStop(word)).allMatch(FrenchWords::isFiller);
	}

}
