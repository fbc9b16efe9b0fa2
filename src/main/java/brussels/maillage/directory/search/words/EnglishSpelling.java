package brussels.maillage.directory.search.words;

import java.util.List;

/**
 * A typo of an English word of the field (issue 17, session 23): "eldery" is "elderly",
 * "bereavment" "bereavement". A word of five letters or more that is neither English of
 * the field ({@link EnglishLexicon}) nor in any text of the directory becomes the one
 * word of the lexicon one edit away (a letter left out, added or replaced, or two letters
 * swapped), with the same first letter: a letter left out first, then two letters
 * swapped, one replaced, one added; when two are as close, it stays as typed. A word
 * whose other forms are English of the field ("falling": "fall") is no typo. The French
 * and Dutch respellings look for the closest word of the directory's texts, where an
 * English word seldom is: "eldery" was searched as "every".
 */
final class EnglishSpelling {

	private static final int SHORTEST = 5;

	private static final List<String> WORDS = List.of(EnglishLexicon.WORDS.strip().split("\\s+"));

	private EnglishSpelling() {
	}

	/** The lexicon's word one edit away from a typed word, or {@code null}. */
	static String closest(String word) {
		if (word.length() < SHORTEST || EnglishWords.isKnown(word)
				|| EnglishForms.FORMS.stream().map((form) -> form.apply(word)).anyMatch(EnglishWords::isKnown)) {
			return null;
		}
		// A letter left out first (the most frequent slip), then swapped, replaced,
		// added.
		for (int kind = 0; kind < 4; kind++) {
			String found = null;
			for (String known : WORDS) {
				if (known.length() >= SHORTEST - 1 && known.charAt(0) == word.charAt(0) && edit(word, known) == kind) {
					if (found != null && !found.equals(known)) {
						return null;
					}
					found = known;
				}
			}
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * The one edit that makes {@code b} of {@code a}: 0 a letter left out of {@code a}, 1
	 * two letters swapped, 2 a letter replaced, 3 a letter added to {@code a}; -1 for
	 * none.
	 */
	static int edit(String a, String b) {
		if (!oneEdit(a, b)) {
			return -1;
		}
		if (a.length() < b.length()) {
			return 0;
		}
		if (a.length() > b.length()) {
			return 3;
		}
		int i = 0;
		while (a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return a.substring(i + 1).equals(b.substring(i + 1)) ? 2 : 1;
	}

	/**
	 * Whether two different words are one letter left out, added, replaced or swapped
	 * apart.
	 */
	static boolean oneEdit(String a, String b) {
		int n = a.length();
		int m = b.length();
		if (a.equals(b) || Math.abs(n - m) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (n == m) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		return (n > m) ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
	}

}
