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
 * What a reviewer checks of the English as typed that migration V161 adds to the
 * thesaurus (issue 17, session 23), as {@link SituationsToldSeedTests} checks V159: the
 * group the search reads for each anchor holds its terms after the migrations, and the
 * checks of every seed ({@link ThesaurusSeedChecks}); "she cant cope with the kids" is
 * read as parenting support, its term's own words without the words typed between them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishAsTypedSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V161__directory_thesaurus_english_as_typed.sql");

	/** The groups V161 extends: the file is read, not skipped. */
	private static final int GROUPS = 3;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		List<List<String>> rows = SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, GROUPS);
		Thesaurus thesaurus = new Thesaurus(rows);
		Thesaurus.Mention cope = thesaurus.find(Words.of("she cant cope with the kids")).get(0);
		assertThat(thesaurus.terms(cope.group())).contains(List.of("opvoedingsondersteuning"));
		assertThat(cope.typed()).isEqualTo("cope with kids");
		assertThat(thesaurus.terms(thesaurus.find(Words.of("ot")).get(0).group())).contains(List.of("ergotherapeut"));
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
