package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;

import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the words of French and Dutch situations told that migration
 * V163 adds to the thesaurus (issue 17, session 24), as {@link SituationsToldSeedTests}
 * checks V159: the group the search reads for each anchor holds its terms after the
 * migrations, and the checks of every seed ({@link ThesaurusSeedChecks}); "ne sait plus
 * payer son loyer" is read as debts, "alleenstaande mama" as a single parent rather than
 * isolation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrenchDutchToldSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V163__directory_thesaurus_french_dutch_told.sql");

	/** The groups V163 extends: the file is read, not skipped. */
	private static final int GROUPS = 9;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		List<List<String>> rows = SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, GROUPS);
		Thesaurus thesaurus = new Thesaurus(rows);
		assertThat(thesaurus.terms(thesaurus.find(Words.of("ne sait plus payer son loyer")).get(0).group()))
			.contains(List.of("schuldbemiddeling"));
		assertThat(thesaurus.terms(thesaurus.find(Words.of("alleenstaande mama met 3 kinderen")).get(0).group()))
			.contains(List.of("eenoudergezin"));
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
