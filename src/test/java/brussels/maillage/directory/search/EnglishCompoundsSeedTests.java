package brussels.maillage.directory.search;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the English compound names of services that migration V145
 * adds to the thesaurus (issue 17, session 17), as {@link EnglishThesaurusSeedTests}
 * checks V139: each extension finds exactly one seeded group and its terms are in it
 * after the migrations; no term is in two groups (it would only ever reach the first),
 * none is a stop word, a single letter or written otherwise than the search reads it, and
 * no one-word term is common in the directory's descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishCompoundsSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V145__directory_thesaurus_english_compounds.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		// 4 groups extended: the file is read, not skipped.
		assertThat(SEED.extensions()).hasSize(4);
		SEED.assertEveryExtensionFindsOneGroupHoldingItsTerms(this.jdbc);
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
