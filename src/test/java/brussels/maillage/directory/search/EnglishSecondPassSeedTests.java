package brussels.maillage.directory.search;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the English that migration V157 adds to the thesaurus (issue
 * 17, session 21, English second pass), as {@link EnglishAsExpatsTypeItSeedTests} checks
 * V153: each extension finds exactly one seeded group and its terms are in it after the
 * migrations; no term is in two groups, none is a stop word, a single letter or written
 * otherwise than the search reads it, and no one-word term is common in the directory's
 * descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishSecondPassSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V157__directory_thesaurus_english_second_pass.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		// 1 group extended: the file is read, not skipped.
		assertThat(SEED.extensions()).hasSize(1);
		SEED.assertEveryExtensionFindsOneGroupHoldingItsTerms(this.jdbc);
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
