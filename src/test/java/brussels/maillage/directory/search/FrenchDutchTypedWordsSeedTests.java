package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.List;

import brussels.maillage.directory.search.place.QueryReader;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer checks of the French and Dutch words as typed that migration V152 adds
 * to the thesaurus (issue 17, session 20), as {@link FrenchTypedWordsSeedTests} checks
 * V146: the group the search reads for each anchor (the oldest holding it) holds its
 * terms after the migrations; the new group (Logo Brussel) is there with its broader
 * concept; no term is in two groups, none is a stop word, a single letter or written
 * otherwise than the search reads it, and no one-word term is common in the directory's
 * descriptions; "Logo Brussel" is read as the partner, not as "logo" (a speech
 * therapist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrenchDutchTypedWordsSeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V152__directory_thesaurus_french_dutch_typed_words.sql");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGroupReadForEveryAnchorNowHoldsItsTerms() throws IOException {
		// 14 groups extended: the file is read, not skipped.
		List<List<String>> rows = SEED.assertTheGroupReadForEveryAnchorHoldsItsTerms(this.jdbc, 14);
	}

	@Test
	void logoBrusselIsReadAsThePartnerWithHealthPromotionAsItsBroaderConcept() {
		Thesaurus thesaurus = new Thesaurus(ThesaurusSeed.rows(this.jdbc));
		List<Thesaurus.Mention> mentions = thesaurus.find(Words.of("Logo Brussel"));
		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).typed()).isEqualTo("logo brussel");
		assertThat(thesaurus.terms(mentions.get(0).group())).doesNotContain(List.of("logopede"));
		assertThat(this.jdbc.sql("""
				select count(*) from search_synonym_broader b
				join search_synonym n on n.id = b.narrower_id join search_synonym p on p.id = b.broader_id
				where 'logo brussel' = any(n.terms) and 'gezondheidspromotie' = any(p.terms)""")
			.query(Integer.class)
			.single()).isEqualTo(1);
		// The place read out of the text is put back where it completes the name.
		assertThat(QueryReader.withPlaceInTerm("logo", "brussel", thesaurus)).isEqualTo("logo brussel");
		assertThat(QueryReader.withPlaceInTerm("logopede", "brussel", thesaurus)).isEqualTo("logopede");
	}

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

}
