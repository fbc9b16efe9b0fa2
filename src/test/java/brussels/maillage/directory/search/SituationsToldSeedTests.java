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
 * What a reviewer checks of the words of situations told in French, Dutch and English
 * that migration V159 adds to the thesaurus (issue 17, session 22), as
 * {@link FrenchSituationWordsSeedTests} checks V154: the group the search reads for each
 * anchor holds its terms after the migrations, the new concept names itself in the three
 * languages and has its broader concepts, and the checks of every seed
 * ({@link ThesaurusSeedChecks}); "mijn partner slaat me" is read as violence, "my son
 * smokes weed" as cannabis rather than tobacco.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SituationsToldSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V159__directory_thesaurus_situations_told.sql");

	/** The groups V159 extends: the file is read, not skipped. */
	private static final int GROUPS = 20;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		List<List<String>> rows = SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, GROUPS);
		Thesaurus thesaurus = new Thesaurus(rows);
		assertThat(thesaurus.terms(thesaurus.find(Words.of("mijn partner slaat me")).get(0).group()))
			.contains(List.of("geweld"));
		assertThat(thesaurus.terms(thesaurus.find(Words.of("my son smokes weed")).get(0).group()))
			.contains(List.of("cannabis"));
	}

	@Test
	void theSpeechDelayIsANewConceptUnderLanguageDisordersAndSpeechTherapy() throws IOException {
		assertThat(SEED.groups()).hasSize(1);
		assertThat(SEED.relations()).hasSize(2);
		SEED.assertEveryNewGroupNamesItsConceptInFrenchDutchAndEnglish(this.jdbc);
		List<String> broader = this.jdbc.sql("""
				select array_to_string(b.terms, ' | ') from search_synonym_broader r
				join search_synonym n on n.id = r.narrower_id join search_synonym b on b.id = r.broader_id
				where 'taalachterstand' = any(n.terms)""").query(String.class).list();
		assertThat(broader).hasSize(2)
			.anySatisfy((terms) -> assertThat(terms).contains("taalstoornis"))
			.anySatisfy((terms) -> assertThat(terms).contains("logopedist"));
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
