package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A typed Dutch compound that no service writes whole, read as its parts: the index
 * splits the services' compounds ({@link Analysis#dutch(boolean)}), never typed words, so
 * "drughulplijn" found nothing while "drugs hulplijn" found the drug lines (issue 17). A
 * word outside the directory's vocabulary is split into the fewest words it knows (of
 * four letters or more, a linking "s" between them: "thuisverpleging-s-dienst"), one of
 * them ending with a part of Dutch compounds (dutch-compound-parts.txt), before it is
 * respelled; a service must hold as many of its parts as of words typed apart, and one
 * holding them all ranks above. A known word is never split.
 */
public final class DutchCompounds {

	/** The shortest word a compound is split into. */
	private static final int SHORTEST = 4;

	/** Words of the Dutch compounds of the field, lower case, without accents. */
	private static final Set<String> PARTS = parts();

	private DutchCompounds() {
	}

	/** Whether a word is in the directory's vocabulary. */
	@FunctionalInterface
	interface Known {

		boolean is(String word) throws IOException;

	}

	/** A word's query, or {@code null} when no service holds it. */
	@FunctionalInterface
	public interface Lookup {

		Query of(String word, IndexSearcher searcher) throws IOException;

	}

	/**
	 * The word's query, or when no service holds it and it is a compound of known words,
	 * the query of its parts, or {@code null}.
	 */
	public static Query orParts(Query query, String word, Lookup lookup, IndexSearcher searcher) throws IOException {
		if (query != null) {
			return query;
		}
		List<String> parts = parts(word, (part) -> lookup.of(part, searcher) != null);
		if (parts.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		BooleanQuery.Builder most = new BooleanQuery.Builder();
		for (String part : parts) {
			Query of = lookup.of(part, searcher);
			all.add(of, Occur.MUST);
			most.add(of, Occur.SHOULD);
		}
		// As many parts as of words typed apart; a service holding them all
		// ("daklozen" and "opvang") above one holding a part ("thuisverpleging"
		// without "dienst").
		most.add(all.build(), Occur.SHOULD);
		return most.setMinimumNumberShouldMatch(Words.minimumShouldMatch(parts.size())).build();
	}

	/**
	 * The fewest known words (two or more) a word outside the vocabulary is made of, or
	 * none.
	 */
	static List<String> parts(String word, Known known) throws IOException {
		int n = word.length();
		if (n < 2 * SHORTEST || !word.chars().allMatch(Character::isLetter) || known.is(word)) {
			return List.of();
		}
		// fewest[i]: the fewest known words making the first i letters; from[i]: where
		// the last of them starts; part[i]: that word (without its linking "s").
		int[] fewest = new int[n + 1];
		int[] from = new int[n + 1];
		String[] part = new String[n + 1];
		java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
		fewest[0] = 0;
		for (int i = SHORTEST; i <= n; i++) {
			for (int j = 0; j + SHORTEST <= i; j++) {
				if (fewest[j] == Integer.MAX_VALUE || fewest[j] + 1 >= fewest[i] || (j == 0 && i == n)) {
					continue;
				}
				String piece = piece(word.substring(j, i), i == n, known);
				if (piece != null) {
					fewest[i] = fewest[j] + 1;
					from[i] = j;
					part[i] = piece;
				}
			}
		}
		if (fewest[n] == Integer.MAX_VALUE) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		for (int i = n; i > 0; i = from[i]) {
			parts.add(0, part[i]);
		}
		return parts.stream().anyMatch(DutchCompounds::endsWithAPart) ? List.copyOf(parts) : List.of();
	}

	/** The known word the letters are, with or without a linking "s", or {@code null}. */
	private static String piece(String letters, boolean last, Known known) throws IOException {
		if (!Words.isStop(letters) && !DutchWords.isFiller(letters) && known.is(letters)) {
			return letters;
		}
		String linked = letters.substring(0, letters.length() - 1);
		if (!last && letters.endsWith("s") && linked.length() >= SHORTEST && !Words.isStop(linked)
				&& !DutchWords.isFiller(linked) && known.is(linked)) {
			return linked;
		}
		return null;
	}

	private static boolean endsWithAPart(String word) {
		for (int i = 0; i + SHORTEST <= word.length(); i++) {
			if (PARTS.contains(word.substring(i))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> parts() {
		try (InputStream in = DutchCompounds.class.getResourceAsStream("dutch-compound-parts.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
