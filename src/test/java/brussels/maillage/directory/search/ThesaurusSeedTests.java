package brussels.maillage.directory.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the thesaurus groups that migration V129 adds (issue 17):
 * each names its concept in French, Dutch and English, every term is in the table once
 * the migrations ran, no term is in two groups (a term in two groups would only ever
 * reach the first), and no term is a stop word, a single letter or, on its own, a word
 * common in the directory's descriptions (a group makes each of its terms match every
 * other). The same holds for the narrow groups of V138, whose broader relations are all
 * in the table and make no cycle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThesaurusSeedTests {

	private static final String MIGRATION = "db/migration/V129__directory_thesaurus_needs_vocabulary.sql";

	/** The broader concepts (V137's relation): new narrow groups, then the relations. */
	private static final String BROADER = "db/migration/V138__directory_thesaurus_broader_concepts.sql";

	/** A relation: a term of the narrower group, a term of the broader one. */
	private static final Pattern RELATION = Pattern.compile("^\\t\\('((?:[^']|'')+)', '((?:[^']|'')+)'\\),?$",
			Pattern.MULTILINE);

	private static final String ARRAY = "array\\[((?:'(?:[^']|'')*'(?:, )?)+)\\]";

	/** A new group: its French, Dutch and English terms. */
	private static final Pattern GROUP = Pattern.compile("^\\t\\(" + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$",
			Pattern.MULTILINE);

	/** An existing group's new terms: the term that finds the group, then fr, nl, en. */
	private static final Pattern EXTENSION = Pattern
		.compile("^\\t\\('([^']+)', " + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$", Pattern.MULTILINE);

	private static final Pattern TERM = Pattern.compile("'((?:[^']|'')*)'");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyNewGroupNamesItsConceptInFrenchDutchAndEnglish() throws IOException {
		List<List<List<String>>> groups = parsed(MIGRATION, GROUP, 0);
		// 184 new groups and 77 extended: the file is read, not skipped.
		assertThat(groups).hasSizeGreaterThan(150);
		assertThat(parsed(MIGRATION, EXTENSION, 1)).hasSizeGreaterThan(50);
		for (List<List<String>> group : groups) {
			assertThat(group).as("fr, nl, en of %s", group)
				.hasSize(3)
				.allSatisfy((terms) -> assertThat(terms).isNotEmpty());
		}
		for (List<List<String>> extension : parsed(MIGRATION, EXTENSION, 1)) {
			assertThat(extension.stream().mapToInt(List::size).sum()).as("new terms of %s", extension).isPositive();
		}
	}

	@Test
	void everyTermIsInTheTableAfterTheMigrations() throws IOException {
		List<List<String>> rows = rows();
		for (List<List<String>> group : parsed(MIGRATION, GROUP, 0)) {
			List<String> terms = List.copyOf(new LinkedHashSet<>(flat(group)));
			assertThat(rows).as("the group %s", terms).filteredOn((row) -> row.containsAll(terms)).hasSize(1);
		}
		for (Map.Entry<String, List<String>> extension : extensions().entrySet()) {
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(extension.getKey())).toList();
			assertThat(holding).as("the group of %s", extension.getKey()).hasSize(1);
			assertThat(holding.get(0)).containsAll(extension.getValue());
		}
	}

	@Test
	void noTermOfTheMigrationIsInTwoGroups() throws IOException {
		// Compared as the thesaurus compares them: word by word, plural marks off.
		Map<String, Integer> groupsByKey = new HashMap<>();
		for (List<String> row : rows()) {
			row.stream()
				.map(ThesaurusSeedTests::key)
				.distinct()
				.forEach((key) -> groupsByKey.merge(key, 1, Integer::sum));
		}
		for (String term : allTerms()) {
			assertThat(groupsByKey.get(key(term))).as("groups holding \"%s\"", term).isEqualTo(1);
		}
	}

	@Test
	void noTermIsAStopWordASingleLetterOrWrittenOtherwiseThanSearched() throws IOException {
		for (String term : allTerms()) {
			List<String> words = Words.of(term);
			assertThat(String.join(" ", words)).as("\"%s\" as the search reads it", term).isEqualTo(term);
			assertThat(words).as("words of \"%s\"", term)
				.anySatisfy((word) -> assertThat(Words.isStop(word)).isFalse());
			if (words.size() == 1) {
				assertThat(Words.isStop(term)).as("\"%s\" is a stop word or a single letter", term).isFalse();
			}
		}
	}

	@Test
	void noSingleWordTermIsCommonInTheDirectorysDescriptions() throws IOException {
		// A term alone in a group is searched wherever any term of its group is typed: a
		// word found in many descriptions (rue, soir, personne) would pull them all in.
		int services = this.jdbc.sql("select count(*) from service").query(Integer.class).single();
		assertThat(services).as("services of the directory").isPositive();
		for (String term : allTerms()) {
			if (term.contains(" ") || term.chars().allMatch(Character::isDigit)) {
				continue;
			}
			int holding = this.jdbc.sql("""
					select count(*) from service
					where lower(directory_unaccent(concat_ws(' ', description ->> 'fr', description ->> 'nl',
						description ->> 'en'))) ~ ('\\m' || ? || '\\M')""").param(term).query(Integer.class).single();
			assertThat(holding).as("services whose description holds \"%s\"", term).isLessThanOrEqualTo(services / 20);
		}
	}

	@Test
	void everyNarrowGroupOfTheBroaderSeedNamesItsConceptInFrenchDutchAndEnglish() throws IOException {
		List<List<List<String>>> groups = parsed(BROADER, GROUP, 0);
		// The file is read, not skipped.
		assertThat(groups).hasSizeGreaterThan(50);
		List<List<String>> rows = rows();
		for (List<List<String>> group : groups) {
			assertThat(group).as("fr, nl, en of %s", group)
				.hasSize(3)
				.allSatisfy((terms) -> assertThat(terms).isNotEmpty());
			assertThat(rows).as("the group %s", flat(group))
				.filteredOn((row) -> row.containsAll(flat(group)))
				.hasSize(1);
		}
	}

	@Test
	void everyRelationOfTheSeedLinksEachGroupOfItsNarrowerTermToTheGroupOfItsBroaderTerm() throws IOException {
		Matcher relations = RELATION.matcher(migration(BROADER));
		int count = 0;
		while (relations.find()) {
			count++;
			String narrower = relations.group(1).replace("''", "'");
			String broader = relations.group(2).replace("''", "'");
			List<Long> linked = this.jdbc.sql("""
					select b.broader_id from search_synonym n
					left join search_synonym_broader b on b.narrower_id = n.id
						and b.broader_id = (select id from search_synonym where ? = any(terms) order by id limit 1)
					where ? = any(n.terms)""").params(broader, narrower).query(Long.class).list();
			assertThat(linked).as("groups of \"%s\" under \"%s\"", narrower, broader).isNotEmpty().doesNotContainNull();
		}
		// A few hundred relations: the file is read, not skipped.
		assertThat(count).isGreaterThan(250);
	}

	@Test
	void noGroupIsBroaderThanItself() {
		List<Long> inCycles = this.jdbc.sql("""
				with recursive up (start, id, path) as (
					select narrower_id, broader_id, array[narrower_id] from search_synonym_broader
					union all
					select up.start, b.broader_id, up.path || b.narrower_id
					from up join search_synonym_broader b on b.narrower_id = up.id
					where not b.narrower_id = any(up.path))
				select distinct start from up where id = start""").query(Long.class).list();
		assertThat(inCycles).isEmpty();
	}

	private List<List<String>> rows() {
		return this.jdbc.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
	}

	private static String key(String term) {
		return String.join(" ", Words.of(term).stream().map(Words::key).toList());
	}

	private static List<String> allTerms() throws IOException {
		List<String> terms = new ArrayList<>();
		parsed(MIGRATION, GROUP, 0).forEach((group) -> terms.addAll(flat(group)));
		parsed(BROADER, GROUP, 0).forEach((group) -> terms.addAll(flat(group)));
		extensions().values().forEach(terms::addAll);
		return List.copyOf(new LinkedHashSet<>(terms));
	}

	private static Map<String, List<String>> extensions() throws IOException {
		Map<String, List<String>> extensions = new HashMap<>();
		Matcher rows = EXTENSION.matcher(migration(MIGRATION));
		while (rows.find()) {
			List<String> terms = new ArrayList<>();
			for (int language = 2; language <= 4; language++) {
				terms.addAll(terms(rows.group(language)));
			}
			extensions.put(rows.group(1), terms);
		}
		return extensions;
	}

	/** Each row's three lists of terms (fr, nl, en), after {@code skip} other groups. */
	private static List<List<List<String>>> parsed(String migration, Pattern pattern, int skip) throws IOException {
		List<List<List<String>>> groups = new ArrayList<>();
		Matcher rows = pattern.matcher(migration(migration));
		while (rows.find()) {
			List<List<String>> languages = new ArrayList<>();
			for (int language = 1 + skip; language <= 3 + skip; language++) {
				languages.add(terms(rows.group(language)));
			}
			groups.add(languages);
		}
		return groups;
	}

	private static List<String> terms(String array) {
		List<String> terms = new ArrayList<>();
		Matcher term = TERM.matcher(array);
		while (term.find()) {
			terms.add(term.group(1).replace("''", "'"));
		}
		return terms;
	}

	private static List<String> flat(List<List<String>> group) {
		return group.stream().flatMap(List::stream).toList();
	}

	private static String migration(String migration) throws IOException {
		return new ClassPathResource(migration).getContentAsString(StandardCharsets.UTF_8);
	}

}
