package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of terms that name the same thing, in French, Dutch and English (logopède =
 * logopedist = speech therapist), edited in the directory; finds their mentions in typed
 * words.
 */
final class Thesaurus {

	static final Thesaurus EMPTY = new Thesaurus(List.of());

	/** Each group's terms, each term as its words. */
	private final List<List<List<String>>> groups = new ArrayList<>();

	/** Group and term index of the terms starting with a word's key. */
	private final Map<String, List<int[]>> byFirstWord = new HashMap<>();

	Thesaurus(List<List<String>> groups) {
		for (List<String> terms : groups) {
			List<List<String>> words = terms.stream().map(Words::of).filter((term) -> !term.isEmpty()).toList();
			if (words.size() < 2) {
				continue;
			}
			int group = this.groups.size();
			this.groups.add(words);
			for (int term = 0; term < words.size(); term++) {
				this.byFirstWord.computeIfAbsent(Words.key(words.get(term).get(0)), (k) -> new ArrayList<>())
					.add(new int[] { group, term });
			}
		}
	}

	/** The terms of a group, each as its words. */
	List<List<String>> terms(int group) {
		return this.groups.get(group);
	}

	/**
	 * The mentions of the groups in typed words, the longest term first at each word;
	 * terms of one group typed side by side ("cpas ocmw", "mr/mrs") are one mention.
	 */
	List<Mention> find(List<String> words) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int[] best = longest(words, i, -1);
			if (best != null && best[1] == 1 && Words.isStop(words.get(i))) {
				// A common word ("was", "at") alone is not a mention.
				best = null;
			}
			if (best == null) {
				i++;
				continue;
			}
			int group = best[0];
			int end = i + best[1];
			int[] next;
			while (end < words.size() && (next = longest(words, end, group)) != null) {
				end += next[1];
			}
			mentions.add(new Mention(i, end, group, String.join(" ", words.subList(i, end))));
			i = end;
		}
		return mentions;
	}

	/**
	 * Group and length of the longest term at {@code at} (of {@code group} if not -1).
	 */
	private int[] longest(List<String> words, int at, int group) {
		int[] best = null;
		for (int[] candidate : this.byFirstWord.getOrDefault(Words.key(words.get(at)), List.of())) {
			if (group >= 0 && candidate[0] != group) {
				continue;
			}
			List<String> term = this.groups.get(candidate[0]).get(candidate[1]);
			if (at + term.size() > words.size() || (best != null && term.size() <= best[1])) {
				continue;
			}
			boolean same = true;
			for (int k = 0; k < term.size() && same; k++) {
				same = Words.key(term.get(k)).equals(Words.key(words.get(at + k)));
			}
			if (same) {
				best = new int[] { candidate[0], term.size() };
			}
		}
		return best;
	}

	/**
	 * Words {@code start} (included) to {@code end} (excluded) name a group's concept.
	 *
	 * @param typed the words as typed
	 */
	record Mention(int start, int end, int group, String typed) {
	}

}
