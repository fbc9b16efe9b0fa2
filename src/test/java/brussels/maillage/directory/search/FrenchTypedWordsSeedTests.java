package brussels.maillage.directory.search;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the French words typed into a search box that migration V146
 * adds to the thesaurus (issue 17, session 18), as {@link EnglishCompoundsSeedTests}
 * checks V145: the group the search reads for each anchor (the oldest holding it) holds
 * its terms after the migrations; no term is in two groups (it would only ever reach the
 * first), none is a stop word, a single letter or written otherwise than the search reads
 * it, and no one-word term is common in the directory's descriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrenchTypedWordsSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V146__directory_thesaurus_french_typed_words.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		// 10 groups extended: the file is read, not skipped.
		SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, 10);
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
