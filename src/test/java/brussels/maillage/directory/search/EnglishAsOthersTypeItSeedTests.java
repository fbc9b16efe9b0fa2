package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
class EnglishAsOthersTypeItSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V149__directory_thesaurus_english_as_others_type_it.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		// 15 groups extended: the file is read, not skipped.
		assertThat(SEED.extensions()).hasSize(15);
		SEED.assertEveryExtensionFindsOneGroupHoldingItsTerms(this.jdbc);
	}

	@Test
	void everyNewGroupHoldsItsThreeLanguagesAndHasItsBroaderConcept() throws IOException {
		List<List<List<String>>> groups = SEED.groups();
		assertThat(groups).hasSize(3);
		List<List<String>> rows = ThesaurusSeed.rows(this.jdbc);
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

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
