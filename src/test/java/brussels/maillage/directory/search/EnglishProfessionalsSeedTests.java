package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the English that migration V162 adds to the thesaurus (issue
 * 17, session 24, English as professionals type it), as
 * {@link EnglishSecondPassSeedTests} checks V157: the group the search reads for each
 * anchor holds its terms after the migrations; no term is in two groups, none is a stop
 * word, a single letter or written otherwise than the search reads it, and no one-word
 * term is common in the directory's descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishProfessionalsSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V162__directory_thesaurus_english_professionals.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorHoldsItsTerms() throws IOException {
		// 17 groups extended: the file is read, not skipped.
		SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, 17);
	}

	@Test
	void thePsychiatricNurseHasPsychiatryAsABroaderConcept() throws IOException {
		assertThat(SEED.relations()).containsExactly(List.of("psychiatrisch verpleegkundige", "psychiatrie"));
		assertThat(this.jdbc.sql("""
				select count(*) from search_synonym_broader r
				join search_synonym n on n.id = r.narrower_id
				join search_synonym b on b.id = r.broader_id
				where 'psychiatrisch verpleegkundige' = any(n.terms) and 'psychiatrie' = any(b.terms)""")
			.query(Long.class)
			.single()).isPositive();
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
