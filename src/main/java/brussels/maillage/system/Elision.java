package brussels.maillage.system;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * French elision and contraction before a name that a message receives: "de" becomes "d'"
 * and "le"/"la" become "l'" before a vowel or a mute h ("d'Aide à domicile",
 * "l'hôpital"), "de le"/"de les" become "du"/"des" ("du Phare", "des Glycines"). An
 * aspirated h ("de Haren", "le handicap"), a y before a vowel ("de yaourt"), "onze" and
 * "oui", a digit or a quotation mark keep the full word. For templates:
 * {@code ${@elision.de(name)}} gives the name with its "de" in French and the name alone
 * in other languages, whose messages hold their own preposition ("Visiteurs {0}" /
 * "Bezoekers van {0}").
 */
@Component("elision")
public class Elision {

	/** Words whose h is aspirated: no elision ("le hall", "de Haren"). */
	private static final List<String> ASPIRATED_H = List.of("hache", "haie", "haine", "hall", "halte", "hameau",
			"hamac", "hanche", "handicap", "hangar", "hanter", "harcel", "haricot", "harpe", "hasard", "hausse", "haut",
			"havre", "heros", "hetre", "hibou", "hierarch", "hockey", "hollande", "homard", "hongr", "honte", "hors",
			"houblon", "housse", "huit", "hurl", "hutte", "hainaut", "hal ", "halle", "haren", "heysel");

	/** Words that begin with a vowel and still take no elision. */
	private static final List<String> NO_ELISION = List.of("onze", "onzieme", "oui", "ouistiti");

	/**
	 * "de" and the name in the language of the current request: elided or contracted in
	 * French, the name alone in other languages.
	 */
	public String de(String name) {
		return de(name, LocaleContextHolder.getLocale());
	}

	/** "de" and the name in {@code locale}'s language (see {@link #de(String)}). */
	public static String de(String name, Locale locale) {
		return (locale != null && "fr".equals(locale.getLanguage())) ? deFrench(name) : name;
	}

	/**
	 * The French "de" before {@code name}: "d'Aide", "du Phare", "des Glycines", "de
	 * Jette".
	 */
	public static String deFrench(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String text = name.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("le ") && text.length() > 3) {
			return "du " + text.substring(3).strip();
		}
		if (lower.startsWith("les ") && text.length() > 4) {
			return "des " + text.substring(4).strip();
		}
		return elides(text) ? "d'" + text : "de " + text;
	}

	/** The French "le" before a masculine noun: "l'hôpital", "le handicap". */
	public static String leFrench(String noun) {
		return (noun != null && elides(noun.strip())) ? "l'" + noun.strip() : "le " + noun;
	}

	/** The French "la" before a feminine noun: "l'aide", "la halte". */
	public static String laFrench(String noun) {
		return (noun != null && elides(noun.strip())) ? "l'" + noun.strip() : "la " + noun;
	}

	/**
	 * Whether a French article or preposition is elided before this word: it begins with
	 * a vowel, a mute h, or a y before a consonant (Yser, Yvonne).
	 */
	static boolean elides(String word) {
		if (word == null || word.isEmpty()) {
			return false;
		}
		String plain = Normalizer.normalize(word, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae");
		char first = plain.charAt(0);
		if ("aeiou".indexOf(first) >= 0) {
			return NO_ELISION.stream().noneMatch((exception) -> startsWithWord(plain, exception));
		}
		if (first == 'y') {
			return plain.length() > 1 && Character.isLetter(plain.charAt(1)) && "aeiouy".indexOf(plain.charAt(1)) < 0;
		}
		if (first == 'h') {
			String padded = plain + " ";
			return plain.length() > 1 && ASPIRATED_H.stream().noneMatch(padded::startsWith);
		}
		return false;
	}

	private static boolean startsWithWord(String text, String word) {
		return text.startsWith(word)
				&& (text.length() == word.length() || !Character.isLetter(text.charAt(word.length())));
	}

}
