package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the English that migration V151 adds to the thesaurus (issue
 * 17, session 20, English needs described), as {@link EnglishAsOthersTypeItSeedTests}
 * checks V149: each extension finds exactly one seeded group and its terms are in it
 * after the migrations; the new group holds its three languages; each broader relation
 * joins its two groups; no term is in two groups (it would only ever reach the first),
 * none is a stop word, a single letter or written otherwise than the search reads it, and
 * no one-word term is common in the directory's descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishNeedsDescribedSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V151__directory_thesaurus_english_needs_described.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		// 14 groups extended: the file is read, not skipped.
		assertThat(SEED.extensions()).hasSize(14);
		SEED.assertEveryExtensionFindsOneGroupHoldingItsTerms(this.jdbc);
	}

	@Test
	void eachBroaderRelationJoinsTwoGroups() {
		for (String[] relation : new String[][] { { "podoloog", "voetverzorging" }, { "dyslexie", "leerstoornis" },
				{ "huurwaarborg", "logement" } }) {
			int joined = this.jdbc.sql("""
					select count(*) from search_synonym_broader r join search_synonym n on n.id = r.narrower_id
					join search_synonym b on b.id = r.broader_id where ? = any(n.terms) and ? = any(b.terms)""")
				.params(relation[0], relation[1])
				.query(Integer.class)
				.single();
			assertThat(joined).as("%s under %s", relation[0], relation[1]).isEqualTo(1);
		}
	}

	@Test
	void theNewGroupHoldsItsThreeLanguages() throws IOException {
		List<List<List<String>>> groups = SEED.groups();
		assertThat(groups).hasSize(1);
		List<List<String>> rows = ThesaurusSeed.rows(this.jdbc);
		for (List<List<String>> group : groups) {
			assertThat(group).allSatisfy((terms) -> assertThat(terms).isNotEmpty());
			String first = group.get(0).get(0);
			List<List<String>> holding = rows.stream().filter((row) -> row.contains(first)).toList();
			assertThat(holding).as("the group of %s", first).hasSize(1);
			group.forEach((terms) -> assertThat(holding.get(0)).containsAll(terms));
		}
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
