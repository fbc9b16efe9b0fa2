package brussels.maillage.directory.search.words;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * After French light stemming, brings together the forms that the stemmer leaves apart
 * although a person searching means them alike: the feminine of nouns in -ier and -é
 * ("infirmière" and "infirmier", "âgée" and "âgé"), and a profession and its field
 * ("psychologue" and "psychologie", "kinésithérapeute" and "kinésithérapie", "pédiatre"
 * and "pédiatrie", "logopédiste" and "logopédie", "pharmacien" and "pharmacie"). The same
 * filter runs on the indexed text and on the typed words.
 */
final class FrenchForms extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	FrenchForms(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		this.term.setLength(stem(this.term.buffer(), this.term.length()));
		return true;
	}

	/** The new length of a light stem, its ending brought to the common form. */
	static int stem(char[] s, int length) {
		int len = length;
		// "agee" (âgée) -> "age" (âgé)
		if (len >= 4 && endsWith(s, len, "ee")) {
			len--;
		}
		// "infirmier" (infirmière) -> "infirmi" (infirmier), "conseiler" -> "conseil"
		if (len > 5 && endsWith(s, len, "er")) {
			len -= 2;
		}
		// "kinesitherapeut" (kinésithérapeute) -> "kinesitherap" (kinésithérapie)
		else if (len > 7 && endsWith(s, len, "eut")) {
			len -= 3;
		}
		// "psychologu" (psychologue) -> "psycholog" (psychologie)
		else if (len > 5 && endsWith(s, len, "gu")) {
			len--;
		}
		// "pediatr" (pédiatre) -> "pediat" (pédiatrie)
		else if (len > 5 && endsWith(s, len, "iatr")) {
			len--;
		}
		// "logopedist" (logopédiste) -> "logoped" (logopédie); not "dentist", "jurist"
		else if (len >= 9 && endsWith(s, len, "ist")) {
			len -= 3;
		}
		// "pharmacien" -> "pharmac" (pharmacie); not "soutien", "gardien"
		else if (len >= 9 && endsWith(s, len, "ien")) {
			len -= 3;
		}
		return len;
	}

	private static boolean endsWith(char[] s, int len, String end) {
		if (len < end.length()) {
			return false;
		}
		for (int i = 0; i < end.length(); i++) {
			if (s[len - end.length() + i] != end.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
