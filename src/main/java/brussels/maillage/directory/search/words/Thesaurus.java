package brussels.maillage.directory.search.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of terms that name the same thing, in French, Dutch and English (logopède =
 * logopedist = speech therapist), edited in the directory; finds their mentions in typed
 * words. A group may have broader groups (like SKOS {@code skos:broader}: cocaine →
 * assuétudes), whose terms a mention also reaches, at a lower weight.
 */
public final class Thesaurus {

	public static final Thesaurus EMPTY = new Thesaurus(List.of());

	/**
	 * Marks, in a group's list of terms, a term of one of its broader groups
	 * ({@code ">assuetudes"}); a term as the search reads it never starts with it.
	 */
	public static final String BROADER = ">";

	/**
	 * Weight of a broader group's term against the words as typed: well below an
	 * equivalent's ({@code query.WordQueries#SYNONYM_WEIGHT}), so that a service naming
	 * the thing typed ranks above one naming only its broader concept.
	 */
	public static final float BROADER_WEIGHT = 0.15f;

	/** Each group's terms, each term as its words. */
	private final List<List<List<String>>> groups = new ArrayList<>();

	/** Each group's broader groups' terms, each term as its words. */
	private final List<List<List<String>>> broader = new ArrayList<>();

	/** Group and term index of the terms starting with a word's key. */
	private final Map<String, List<int[]>> byFirstWord = new HashMap<>();

	/**
	 * The groups, each its terms followed by its broader groups' terms marked with
	 * {@link #BROADER}.
	 */
	public Thesaurus(List<List<String>> groups) {
		for (List<String> terms : groups) {
			List<List<String>> words = terms.stream()
				.filter((term) -> !term.startsWith(BROADER))
				.map(Words::of)
				.filter((term) -> !term.isEmpty())
				.toList();
			List<List<String>> broaderWords = terms.stream()
				.filter((term) -> term.startsWith(BROADER))
				.map((term) -> Words.of(term.substring(BROADER.length())))
				.filter((term) -> !term.isEmpty())
				.distinct()
				.toList();
			// A group of one term says something only through its broader groups.
			if (words.size() < (broaderWords.isEmpty() ? 2 : 1)) {
				continue;
			}
			int group = this.groups.size();
			this.groups.add(words);
			this.broader.add(broaderWords);
			for (int term = 0; term < words.size(); term++) {
				this.byFirstWord.computeIfAbsent(Words.key(words.get(term).get(0)), (k) -> new ArrayList<>())
					.add(new int[] { group, term });
			}
		}
	}

	/** The terms of a group, each as its words. */
	public List<List<String>> terms(int group) {
		return this.groups.get(group);
	}

	/** The terms of a group's broader groups, each as its words (none for most). */
	public List<List<String>> broaderTerms(int group) {
		return this.broader.get(group);
	}

	/**
	 * The mentions of the groups in typed words, the longest term first at each word;
	 * terms of one group typed side by side ("cpas ocmw", "mr/mrs") are one mention. A
	 * term's words may be typed apart, with only stop words and fillers of the text's
	 * languages between them ({@link TermGaps}: "zich niet meer alleen wassen" names
	 * "zich wassen"); a term typed side by side wins over one of as many words typed
	 * apart.
	 */
	public List<Mention> find(List<String> words) {
		TermGaps gaps = TermGaps.of(words);
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int[] best = longest(words, i, -1, gaps);
			if (best != null && best[2] == 1 && Words.isStop(words.get(i))) {
				// A common word ("was", "at") alone is not a mention.
				best = null;
			}
			if (best == null) {
				i++;
				continue;
			}
			int group = best[0];
			List<String> own = new ArrayList<>();
			int end = own(words, i, best, gaps, own);
			int[] next;
			while (end < words.size() && (next = longest(words, end, group, gaps)) != null) {
				end = own(words, end, next, gaps, own);
			}
			mentions.add(new Mention(i, end, group, String.join(" ", own)));
			i = end;
		}
		return mentions;
	}

	/**
	 * Adds to {@code own} the typed words of the term found at {@code at} (its
	 * {@link #longest} answer) without the gap words between them; where it ends.
	 */
	private int own(List<String> words, int at, int[] found, TermGaps gaps, List<String> own) {
		List<String> term = this.groups.get(found[0]).get(found[3]);
		typed(term, words, at, gaps, own);
		return at + found[1];
	}

	/**
	 * Group, typed length, number of words and index of the longest term at {@code at}
	 * (of {@code group} if not -1): the term of most words, then the one typed in fewest.
	 */
	private int[] longest(List<String> words, int at, int group, TermGaps gaps) {
		int[] best = null;
		for (int[] candidate : this.byFirstWord.getOrDefault(Words.key(words.get(at)), List.of())) {
			if (group >= 0 && candidate[0] != group) {
				continue;
			}
			List<String> term = this.groups.get(candidate[0]).get(candidate[1]);
			if (at + term.size() > words.size() || (best != null && term.size() < best[2])) {
				continue;
			}
			int typed = typed(term, words, at, gaps, null);
			if (typed > 0 && (best == null || term.size() > best[2] || typed < best[1])) {
				best = new int[] { candidate[0], typed, term.size(), candidate[1] };
			}
		}
		return best;
	}

	/**
	 * How many typed words from {@code at} hold the term's words in order, with at most
	 * {@link TermGaps#MOST} words a gap may hold between two of them, or 0.
	 * @param own where the typed words of the term itself go (the gap words left out), or
	 * {@code null}
	 */
	private static int typed(List<String> term, List<String> words, int at, TermGaps gaps, List<String> own) {
		if (own != null) {
			own.add(words.get(at));
		}
		int p = at + 1;
		for (int k = 1; k < term.size(); k++) {
			String wanted = Words.key(term.get(k));
			int skipped = 0;
			while (p < words.size() && !Words.key(words.get(p)).equals(wanted)) {
				if (skipped == TermGaps.MOST || !gaps.skips(words.get(p))) {
					return 0;
				}
				skipped++;
				p++;
			}
			if (p == words.size()) {
				return 0;
			}
			if (own != null) {
				own.add(words.get(p));
			}
			p++;
		}
		return p - at;
	}

	/**
	 * Words {@code start} (included) to {@code end} (excluded) name a group's concept.
	 *
	 * @param typed the term's own words as typed, separated by spaces: without the words
	 * typed between them ({@link TermGaps}: "zich wassen" of "zich niet meer alleen
	 * wassen"), which are not searched
	 */
	public record Mention(int start, int end, int group, String typed) {
	}

}
