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
 * What a reviewer checks of the field's vocabulary that migration V150 adds to the
 * thesaurus (issue 17, session 19), as {@link ThesaurusSeedTests} checks V129: each
 * extension finds exactly one seeded group, which then holds its terms; each new group
 * names its concept in French, Dutch and English and has the broader concepts the file
 * gives it; no term is in two groups, none is a stop word, a word of a request, a single
 * letter or written otherwise than the search reads it, none is common on its own in the
 * directory's descriptions; and each term, typed alone, is read as its own group (no
 * older or longer term takes it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldVocabularySeedTests {

	private static final String MIGRATION = "db/migration/V150__directory_thesaurus_field_vocabulary.sql";

	/** A list of terms, possibly empty ({@code array[]::text[]}). */
	private static final String ARRAY = "array\\[((?:'(?:[^']|'')*'(?:, )?)*)\\](?:::text\\[\\])?";

	/** An existing group's new terms: the term that finds the group, then fr, nl, en. */
	private static final Pattern EXTENSION = Pattern
		.compile("^\\t\\('([^']+)', " + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$", Pattern.MULTILINE);

	/** A new group: its French, Dutch and English terms. */
	private static final Pattern GROUP = Pattern.compile("^\\t\\(" + ARRAY + ", " + ARRAY + ", " + ARRAY + "\\),?$",
			Pattern.MULTILINE);

	/** A broader relation: a term of the narrower group, a term of the broader one. */
	private static final Pattern RELATION = Pattern.compile("^\\t\\('([^']+)', '([^']+)'\\),?$", Pattern.MULTILINE);

	private static final Pattern TERM = Pattern.compile("'((?:[^']|'')*)'");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		Map<String, List<String>> extensions = extensions();
		// 40 groups extended: the file is read, not skipped.
		assertThat(extensions).hasSize(40);
		List<List<String>> rows = rows();
		extensions.forEach((anchor, terms) -> {
			assertThat(terms).as("new terms of %s", anchor).isNotEmpty();
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(anchor)).toList();
			assertThat(holding).as("the group of %s", anchor).hasSize(1);
			assertThat(holding.get(0)).as("the group of %s", anchor).containsAll(terms);
		});
	}

	@Test
	void everyNewGroupNamesItsConceptInFrenchDutchAndEnglish() throws IOException {
		List<List<List<String>>> groups = groups();
		assertThat(groups).hasSize(8);
		List<List<String>> rows = rows();
		for (List<List<String>> group : groups) {
			assertThat(group).as("fr, nl, en of %s", group).allSatisfy((terms) -> assertThat(terms).isNotEmpty());
			List<String> terms = group.stream().flatMap(List::stream).distinct().toList();
			assertThat(rows).as("the group %s", terms).filteredOn((row) -> row.containsAll(terms)).hasSize(1);
		}
	}

	@Test
	void everyRelationOfTheFileLinksTheNarrowerGroupToTheOldestGroupOfTheBroaderTerm() throws IOException {
		Matcher relations = RELATION.matcher(migration());
		int count = 0;
		while (relations.find()) {
			count++;
			List<Long> linked = this.jdbc.sql("""
					select b.broader_id from search_synonym n
					left join search_synonym_broader b on b.narrower_id = n.id
						and b.broader_id = (select id from search_synonym where ? = any(terms) order by id limit 1)
					where ? = any(n.terms)""").params(relations.group(2), relations.group(1)).query(Long.class).list();
			assertThat(linked).as("the group of \"%s\" under \"%s\"", relations.group(1), relations.group(2))
				.hasSize(1)
				.doesNotContainNull();
		}
		assertThat(count).isEqualTo(6);
	}

	@Test
	void noTermOfTheMigrationIsInTwoGroups() throws IOException {
		// Compared as the thesaurus compares them: word by word, plural marks off.
		Map<String, Integer> groupsByKey = new HashMap<>();
		for (List<String> row : rows()) {
			row.stream()
				.map(FieldVocabularySeedTests::key)
				.distinct()
				.forEach((key) -> groupsByKey.merge(key, 1, Integer::sum));
		}
		for (String term : allTerms()) {
			assertThat(groupsByKey.get(key(term))).as("groups holding \"%s\"", term).isEqualTo(1);
		}
	}

	@Test
	void everyTermTypedAloneIsReadAsItsOwnGroup() throws IOException {
		Thesaurus thesaurus = new Thesaurus(rows());
		for (String term : allTerms()) {
			List<String> words = Words.of(term);
			List<Thesaurus.Mention> mentions = thesaurus.find(words);
			assertThat(mentions).as("mentions in \"%s\"", term).hasSize(1);
			assertThat(mentions.get(0).start()).isZero();
			assertThat(mentions.get(0).end()).as("words of \"%s\" read as one term", term).isEqualTo(words.size());
			assertThat(thesaurus.terms(mentions.get(0).group())).as("the group read for \"%s\"", term).contains(words);
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
			List<String> terms = new ArrayList<>();
			for (int language = 2; language <= 4; language++) {
				terms.addAll(terms(rows.group(language)));
			}
			extensions.put(rows.group(1), terms);
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
