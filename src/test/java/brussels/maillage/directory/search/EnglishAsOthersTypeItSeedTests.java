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

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the English that migration V149 adds to the thesaurus (issue
 * 17, session 18, English as others type it), as {@link EnglishCompoundsSeedTests} checks
 * V145: each extension finds exactly one seeded group and its terms are in it after the
 * migrations; each new group holds its French, Dutch and English terms and has its
 * broader concept; no term is in two groups (it would only ever reach the first), none is
 * a stop word, a single letter or written otherwise than the search reads it, and no
 * one-word term is common in the directory's descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishAsOthersTypeItSeedTests {

	private static final String MIGRATION = "db/migration/V149__directory_thesaurus_english_as_others_type_it.sql";

	private static final String ARRAY = "array\\[((?:'(?:[^']|'')*'(?:, )?)+)\\]";

	/** An existing group's new terms: the term that finds the group, then the terms. */
	private static final Pattern EXTENSION = Pattern.compile("^\\t\\('([^']+)', " + ARRAY + "\\),?$",
			Pattern.MULTILINE);

	/** A new group: its French, Dutch and English terms. */
	private static final Pattern GROUP = Pattern.compile("^\\t\\(" + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$",
			Pattern.MULTILINE);

	private static final Pattern TERM = Pattern.compile("'((?:[^']|'')*)'");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		Map<String, List<String>> extensions = extensions();
		// 15 groups extended: the file is read, not skipped.
		assertThat(extensions).hasSize(15);
		List<List<String>> rows = rows();
		extensions.forEach((anchor, terms) -> {
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(anchor)).toList();
			assertThat(holding).as("the group of %s", anchor).hasSize(1);
			assertThat(holding.get(0)).as("the group of %s", anchor).containsAll(terms);
		});
	}

	@Test
	void everyNewGroupHoldsItsThreeLanguagesAndHasItsBroaderConcept() throws IOException {
		List<List<List<String>>> groups = groups();
		assertThat(groups).hasSize(3);
		List<List<String>> rows = rows();
		for (List<List<String>> group : groups) {
			assertThat(group).allSatisfy((terms) -> assertThat(terms).isNotEmpty());
			String first = group.get(0).get(0);
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(first)).toList();
			assertThat(holding).as("the group of %s", first).hasSize(1);
			group.forEach((terms) -> assertThat(holding.get(0)).containsAll(terms));
			int broader = this.jdbc.sql("""
					select count(*) from search_synonym_broader r join search_synonym n on n.id = r.narrower_id
					where ? = any(n.terms)""").param(first).query(Integer.class).single();
			assertThat(broader).as("broader concepts of %s", first).isEqualTo(1);
		}
	}

	@Test
	void noTermOfTheMigrationIsInTwoGroups() throws IOException {
		// Compared as the thesaurus compares them: word by word, plural marks off.
		Map<String, Integer> groupsByKey = new HashMap<>();
		for (List<String> row : rows()) {
			row.stream()
				.map(EnglishAsOthersTypeItSeedTests::key)
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
				.anySatisfy((word) -> assertThat(Words.isStop(word) || EnglishWords.isFiller(word)).isFalse());
		}
	}

	@Test
	void noSingleWordTermIsCommonInTheDirectorysDescriptions() throws IOException {
		int services = this.jdbc.sql("select count(*) from service").query(Integer.class).single();
		assertThat(services).as("services of the directory").isPositive();
		for (String term : allTerms()) {
			if (term.contains(" ")) {
				continue;
			}
			int holding = this.jdbc.sql("""
					select count(*) from service
					where lower(directory_unaccent(concat_ws(' ', description ->> 'fr', description ->> 'nl',
						description ->> 'en'))) ~ ('\\m' || ? || '\\M')""").param(term).query(Integer.class).single();
			assertThat(holding).as("services whose description holds \"%s\"", term).isLessThanOrEqualTo(services / 20);
		}
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
		extensions().values().forEach(terms::addAll);
		groups().forEach((group) -> group.forEach(terms::addAll));
		return terms;
	}

	private static Map<String, List<String>> extensions() throws IOException {
		Map<String, List<String>> extensions = new LinkedHashMap<>();
		Matcher rows = EXTENSION.matcher(migration());
		while (rows.find()) {
			extensions.put(rows.group(1), terms(rows.group(2)));
		}
		return extensions;
	}

	private static List<List<List<String>>> groups() throws IOException {
		List<List<List<String>>> groups = new ArrayList<>();
		Matcher rows = GROUP.matcher(migration());
		while (rows.find()) {
			groups.add(List.of(terms(rows.group(1)), terms(rows.group(2)), terms(rows.group(3))));
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

	private static String migration() throws IOException {
		return new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
	}

}
