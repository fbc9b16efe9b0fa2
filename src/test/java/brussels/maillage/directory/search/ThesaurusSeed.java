package brussels.maillage.directory.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Words;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that adds terms to the directory search's thesaurus, read as a reviewer
 * reads it, and the checks every such migration passes; shared by the seed tests of V139,
 * V145, V146, V149 and V150 ({@link EnglishThesaurusSeedTests} and the others), which run
 * the checks every migration passes through {@link ThesaurusSeedChecks}.
 *
 * <p>
 * The migration's rows are read from its SQL text: an <em>extension</em> is a line
 * {@code \t('anchor', array['term', ...]),} or, with one list a language (V150),
 * {@code \t('anchor', array[fr...], array[nl...], array[en...]),} where a list may be
 * empty ({@code array[]::text[]}): an existing group, found by one of its terms, gets new
 * terms; a <em>new group</em> is a line
 * {@code \t(array[fr...], array[nl...], array[en...]),} and a <em>relation</em> a line
 * {@code \t('narrower term', 'broader term'),}. A seed test keeps
 * {@code static final ThesaurusSeed SEED = new ThesaurusSeed("db/migration/V...sql")},
 * asserts how many extensions or groups it expects ({@code SEED.extensions()},
 * {@code SEED.groups()}: a file read wrongly then fails), and calls in its tests the
 * checks that hold for its migration:
 * {@link #assertEveryExtensionFindsOneGroupHoldingItsTerms(JdbcClient)},
 * {@link #assertEveryNewGroupNamesItsConceptInFrenchDutchAndEnglish(JdbcClient)},
 * {@link #assertNoTermIsInTwoGroups(JdbcClient)},
 * {@link #assertNoTermIsAStopWordASingleLetterOrWrittenOtherwise()} and
 * {@link #assertNoSingleWordTermIsCommonInTheDescriptions(JdbcClient)} (see
 * {@link EnglishCompoundsSeedTests}); {@link #rows(JdbcClient)} gives the thesaurus's
 * groups after the migrations, for a test's own checks.
 */
final class ThesaurusSeed {

	/** A list of terms, possibly empty ({@code array[]::text[]}). */
	private static final String ARRAY = "array\\[((?:'(?:[^']|'')*'(?:, )?)*)\\](?:::text\\[\\])?";

	/**
	 * An existing group's new terms: the term that finds the group, then the terms in one
	 * list, or in three (fr, nl, en).
	 */
	private static final Pattern EXTENSION = Pattern
		.compile("^\\t\\('([^']+)', " + ARRAY + "(?:, " + ARRAY + ", " + ARRAY + ")?\\),?$", Pattern.MULTILINE);

	/** A broader relation: a term of the narrower group, a term of the broader one. */
	private static final Pattern RELATION = Pattern.compile("^\\t\\('([^']+)', '([^']+)'\\),?$", Pattern.MULTILINE);

	/** A new group: its French, Dutch and English terms. */
	private static final Pattern GROUP = Pattern.compile("^\\t\\(" + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$",
			Pattern.MULTILINE);

	private static final Pattern TERM = Pattern.compile("'((?:[^']|'')*)'");

	/** The migration's path on the class path ({@code db/migration/V...sql}). */
	private final String migration;

	ThesaurusSeed(String migration) {
		this.migration = migration;
	}

	/** The existing groups the migration extends: each anchor with its new terms. */
	Map<String, List<String>> extensions() throws IOException {
		Map<String, List<String>> extensions = new LinkedHashMap<>();
		Matcher rows = EXTENSION.matcher(migration());
		while (rows.find()) {
			List<String> terms = new ArrayList<>();
			for (int list = 2; list <= 4; list++) {
				if (rows.group(list) != null) {
					terms.addAll(terms(rows.group(list)));
				}
			}
			extensions.put(rows.group(1), terms);
		}
		return extensions;
	}

	/**
	 * The broader relations of the migration: each a narrower term, then a broader one.
	 */
	List<List<String>> relations() throws IOException {
		List<List<String>> relations = new ArrayList<>();
		Matcher rows = RELATION.matcher(migration());
		while (rows.find()) {
			relations.add(List.of(rows.group(1), rows.group(2)));
		}
		return relations;
	}

	/** The new groups of the migration: each its French, Dutch and English terms. */
	List<List<List<String>>> groups() throws IOException {
		List<List<List<String>>> groups = new ArrayList<>();
		Matcher rows = GROUP.matcher(migration());
		while (rows.find()) {
			groups.add(List.of(terms(rows.group(1)), terms(rows.group(2)), terms(rows.group(3))));
		}
		return groups;
	}

	/** Every term the migration adds: the extensions' terms, then the new groups'. */
	List<String> allTerms() throws IOException {
		List<String> terms = new ArrayList<>();
		extensions().values().forEach(terms::addAll);
		groups().forEach((group) -> group.forEach(terms::addAll));
		return terms;
	}

	/**
	 * The seed extends {@code groups} groups (so the file is read, not skipped), and the
	 * group the search reads for each anchor (the first holding it) holds the anchor's
	 * new terms; the thesaurus's rows, for the test's own readings.
	 */
	List<List<String>> assertTheGroupReadForEveryAnchorHoldsItsTerms(JdbcClient jdbc, int groups) throws IOException {
		Map<String, List<String>> extensions = extensions();
		assertThat(extensions).hasSize(groups);
		List<List<String>> rows = rows(jdbc);
		extensions.forEach((anchor, terms) -> {
			List<String> read = rows.stream().filter((row) -> row.contains(anchor)).findFirst().orElseThrow();
			assertThat(read).as("the group of %s", anchor).containsAll(terms);
		});
		return rows;
	}

	/** The thesaurus's groups after the migrations, oldest first. */
	static List<List<String>> rows(JdbcClient jdbc) {
		return jdbc.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
	}

	/**
	 * Each extension's anchor is in exactly one group, and that group holds its terms.
	 */
	void assertEveryExtensionFindsOneGroupHoldingItsTerms(JdbcClient jdbc) throws IOException {
		Map<String, List<String>> extensions = extensions();
		List<List<String>> rows = rows(jdbc);
		extensions.forEach((anchor, terms) -> {
			assertThat(terms).as("new terms of %s", anchor).isNotEmpty();
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(anchor)).toList();
			assertThat(holding).as("the group of %s", anchor).hasSize(1);
			assertThat(holding.get(0)).as("the group of %s", anchor).containsAll(terms);
		});
	}

	/**
	 * Each new group names its concept in French, Dutch and English, and one group of the
	 * thesaurus holds all its terms after the migrations.
	 */
	void assertEveryNewGroupNamesItsConceptInFrenchDutchAndEnglish(JdbcClient jdbc) throws IOException {
		List<List<String>> rows = rows(jdbc);
		for (List<List<String>> group : groups()) {
			assertThat(group).as("fr, nl, en of %s", group)
				.hasSize(3)
				.allSatisfy((terms) -> assertThat(terms).isNotEmpty());
			List<String> terms = group.stream().flatMap(List::stream).distinct().toList();
			assertThat(rows).as("the group %s", terms).filteredOn((row) -> row.containsAll(terms)).hasSize(1);
		}
	}

	/**
	 * No term of the migration is in two groups (it would only ever reach the first),
	 * compared as the thesaurus compares them: word by word, plural marks off.
	 */
	void assertNoTermIsInTwoGroups(JdbcClient jdbc) throws IOException {
		Map<String, Integer> groupsByKey = new HashMap<>();
		for (List<String> row : rows(jdbc)) {
			row.stream().map(ThesaurusSeed::key).distinct().forEach((key) -> groupsByKey.merge(key, 1, Integer::sum));
		}
		for (String term : allTerms()) {
			assertThat(groupsByKey.get(key(term))).as("groups holding \"%s\"", term).isEqualTo(1);
		}
	}

	/**
	 * No term is a stop word, a single letter or written otherwise than the search reads
	 * it.
	 */
	void assertNoTermIsAStopWordASingleLetterOrWrittenOtherwise() throws IOException {
		for (String term : allTerms()) {
			List<String> words = Words.of(term);
			assertThat(String.join(" ", words)).as("\"%s\" as the search reads it", term).isEqualTo(term);
			assertThat(words).as("words of \"%s\"", term)
				.anySatisfy((word) -> assertThat(Words.isStop(word) || EnglishWords.isFiller(word)).isFalse());
		}
	}

	/**
	 * No one-word term is in the descriptions of more than one service in twenty (a group
	 * makes each of its terms match every other).
	 */
	void assertNoSingleWordTermIsCommonInTheDescriptions(JdbcClient jdbc) throws IOException {
		int services = jdbc.sql("select count(*) from service").query(Integer.class).single();
		assertThat(services).as("services of the directory").isPositive();
		for (String term : allTerms()) {
			if (term.contains(" ")) {
				continue;
			}
			int holding = jdbc.sql("""
					select count(*) from service
					where lower(directory_unaccent(concat_ws(' ', description ->> 'fr', description ->> 'nl',
						description ->> 'en'))) ~ ('\\m' || ? || '\\M')""").param(term).query(Integer.class).single();
			assertThat(holding).as("services whose description holds \"%s\"", term).isLessThanOrEqualTo(services / 20);
		}
	}

	private static String key(String term) {
		return String.join(" ", Words.of(term).stream().map(Words::key).toList());
	}

	private static List<String> terms(String array) {
		List<String> terms = new ArrayList<>();
		Matcher term = TERM.matcher(array);
		while (term.find()) {
			terms.add(term.group(1).replace("''", "'"));
		}
		return terms;
	}

	private String migration() throws IOException {
		return new ClassPathResource(this.migration).getContentAsString(StandardCharsets.UTF_8);
	}

}
