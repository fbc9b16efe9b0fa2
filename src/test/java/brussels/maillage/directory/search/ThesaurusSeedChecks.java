package brussels.maillage.directory.search;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks every migration that adds terms to the thesaurus passes, as tests: a seed
 * test implements it with its {@link ThesaurusSeed} and gets them (issue 18: they were
 * written again in each seed test). No term of the migration is in two groups (it would
 * only ever reach the first), none is a stop word, a single letter or written otherwise
 * than the search reads it, and no one-word term is common in the directory's
 * descriptions.
 */
interface ThesaurusSeedChecks {

	/** The migration the test checks. */
	ThesaurusSeed seed();

	@Test
	default void noTermOfTheMigrationIsInTwoGroups(@Autowired JdbcClient jdbc) throws IOException {
		seed().assertNoTermIsInTwoGroups(jdbc);
	}

	@Test
	default void noTermIsAStopWordASingleLetterOrWrittenOtherwiseThanSearched() throws IOException {
		seed().assertNoTermIsAStopWordASingleLetterOrWrittenOtherwise();
	}

	@Test
	default void noSingleWordTermIsCommonInTheDirectorysDescriptions(@Autowired JdbcClient jdbc) throws IOException {
		seed().assertNoSingleWordTermIsCommonInTheDescriptions(jdbc);
	}

}
