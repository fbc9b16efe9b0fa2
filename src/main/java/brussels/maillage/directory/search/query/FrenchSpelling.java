package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.DutchWords;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.FrenchWords;
import brussels.maillage.directory.search.words.TermGaps;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * A typo in a word of a thesaurus term, read as the term: "psycologue" as "psychologue",
 * "soins paliatifs" as "soins palliatifs", "planing familial" as "planning familial". The
 * respelling of {@link WordQueries} only replaces a word that is in no text of the
 * directory, by the closest word of the texts: "paliatifs", written so in one text, stays
 * as typed, and a respelled word is searched alone, without the equivalents of its
 * thesaurus group. Here a typed word that names no concept, is not a word of the texts
 * (in fewer than {@value #RARE} services) and is one letter away (one letter left out,
 * added, replaced, or two letters swapped) from a word that completes a thesaurus term at
 * its place becomes that word. The first letter and the last two stay as typed: people
 * seldom mistype them, and the forms of one word differ there ("aider" is not "aide",
 * "isolée" not "isolé"). Words of four letters or fewer, stop words, {@link FrenchWords}
 * fillers and words known in English ({@link EnglishWords#isKnown}) or Dutch
 * ({@link DutchWords}) are left alone. A word in no text that is one edit away from one
 * English word of the field becomes that word ({@link EnglishWords#typo}: "eldery" is
 * "elderly").
 */
final class FrenchSpelling {

	/** A word in this many services or more is a word of the texts, not a typo. */
	static final int RARE = 3;

	private static final int SHORTEST = 5;

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private static final String[] FIELDS = { "name" + Analysis.EXACT, "theme" + Analysis.EXACT,
			"body" + Analysis.EXACT };

	private FrenchSpelling() {
	}

	/** The words, each typo of a thesaurus term's word replaced by that word. */
	static List<String> corrected(List<String> words, Thesaurus thesaurus, IndexReader reader) {
		List<Thesaurus.Mention> mentions = thesaurus.find(words);
		// An English typo only in a text that is evidently neither French nor Dutch.
		boolean english = TermGaps.neitherFrenchNorDutch(words);
		List<String> out = null;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (covered(mentions, i) || !candidate(word) || frequent(word, reader)) {
				continue;
			}
			String better = termWord(words, i, thesaurus);
			if (better == null && english && !frequent(word, reader, 1)) {
				// A typo of an English word of the field ("eldery"), in no text.
				better = EnglishWords.typo(word);
			}
			if (better != null) {
				if (out == null) {
					out = new ArrayList<>(words);
				}
				out.set(i, better);
			}
		}
		return (out == null) ? words : List.copyOf(out);
	}

	/**
	 * Whether the words read differ from those of the text as typed: a typo was read as a
	 * term's word, and the page says what was searched, as for a word respelled.
	 */
	static boolean changed(String text, List<String> read) {
		return !Intents.read(EnglishWords.of(text)).words().equals(read);
	}

	private static boolean candidate(String word) {
		// A word known in English or Dutch is no typo of a French word: "filling" (in
		// forms) is not "feeling".
		return word.length() >= SHORTEST && !Words.isStop(word) && !FrenchWords.isFiller(word)
				&& !EnglishWords.isKnown(word) && !DutchWords.isFiller(word)
				&& word.chars().allMatch((c) -> c >= 'a' && c <= 'z');
	}

	private static boolean covered(List<Thesaurus.Mention> mentions, int i) {
		return mentions.stream().anyMatch((mention) -> mention.start() <= i && i < mention.end());
	}

	/** Whether a word is in {@value #RARE} services or more (in one of its fields). */
	private static boolean frequent(String word, IndexReader reader) {
		return frequent(word, reader, RARE);
	}

	/** Whether a word is in {@code services} services or more (in one of its fields). */
	private static boolean frequent(String word, IndexReader reader, int services) {
		try {
			for (String field : FIELDS) {
				// Counted in the services the index still holds: deleted ones are no
				// text (LiveTerms).
				Term term = new Term(field, word);
				if (reader.docFreq(term) >= services && LiveTerms.docFreq(reader, term) >= services) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one-letter variant of the word at {@code i} that makes it part of a thesaurus
	 * term (the longest term, then the first variant), or {@code null}.
	 */
	private static String termWord(List<String> words, int i, Thesaurus thesaurus) {
		int from = Math.max(0, i - 4);
		List<String> window = new ArrayList<>(words.subList(from, Math.min(words.size(), i + 5)));
		int at = i - from;
		String best = null;
		int bestLength = 0;
		for (String variant : variants(words.get(i))) {
			if (variant.length() < SHORTEST) {
				continue;
			}
			window.set(at, variant);
			for (Thesaurus.Mention mention : thesaurus.find(window)) {
				int length = mention.end() - mention.start();
				if (mention.start() <= at && at < mention.end() && length > bestLength) {
					best = variant;
					bestLength = length;
				}
			}
		}
		return best;
	}

	/**
	 * The words one letter away, with the same first letter and last two letters, in a
	 * fixed order.
	 */
	static List<String> variants(String word) {
		List<String> variants = new ArrayList<>();
		int n = word.length();
		// Edits between the first letter and the last two.
		for (int k = 1; k < n - 2; k++) {
			variants.add(word.substring(0, k) + word.substring(k + 1));
		}
		for (int k = 1; k < n - 3; k++) {
			variants.add(word.substring(0, k) + word.charAt(k + 1) + word.charAt(k) + word.substring(k + 2));
		}
		for (int k = 1; k < n - 2; k++) {
			for (char c : LETTERS.toCharArray()) {
				if (c != word.charAt(k)) {
					variants.add(word.substring(0, k) + c + word.substring(k + 1));
				}
			}
		}
		for (int k = 1; k <= n - 2; k++) {
			for (char c : LETTERS.toCharArray()) {
				variants.add(word.substring(0, k) + c + word.substring(k));
			}
		}
		return variants;
	}

}
