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
 * What a reviewer checks of the French words of a situation told that migration V154 adds
 * to the thesaurus (issue 17, session 21), as {@link FrenchDutchTypedWordsSeedTests}
 * checks V152: the group the search reads for each anchor holds its terms after the
 * migrations, and the checks of every seed ({@link ThesaurusSeedChecks}); "il boit" is
 * read as the alcohol concept, "tombée" as a fall.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrenchSituationWordsSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V154__directory_thesaurus_french_situations.sql");

	/** The groups V154 extends: the file is read, not skipped. */
	private static final int GROUPS = 16;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		List<List<String>> rows = SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, GROUPS);
		Thesaurus thesaurus = new Thesaurus(rows);
		assertThat(thesaurus.terms(thesaurus.find(Words.of("un voisin qui boit")).get(0).group()))
			.contains(List.of("alcoolisme"));
		assertThat(thesaurus.terms(thesaurus.find(Words.of("elle est tombée")).get(0).group()))
			.contains(List.of("chute"));
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
