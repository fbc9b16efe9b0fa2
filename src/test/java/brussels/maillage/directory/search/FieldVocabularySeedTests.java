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
 * What a reviewer checks of the field's vocabulary that migration V150 adds to the
 * thesaurus (issue 17, session 19), as {@link ThesaurusSeedTests} checks V129: each
 * extension finds exactly one seeded group, which then holds its terms; each new group
 * names its concept in French, Dutch and English and has the broader concepts the file
 * gives it; no term is in two groups, none is a stop word, a word of a request, a single
 * letter or written otherwise than the search reads it, none is common on its own in the
 * directory's descriptions ({@link ThesaurusSeedChecks}); and each term, typed alone, is
 * read as its own group (no older or longer term takes it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldVocabularySeedTests implements ThesaurusSeedChecks {

	private static final ThesaurusSeed SEED = new ThesaurusSeed(
			"db/migration/V150__directory_thesaurus_field_vocabulary.sql");

	@Autowired
	JdbcClient jdbc;

	@Override
	public ThesaurusSeed seed() {
		return SEED;
	}

	@Test
	void everyExtensionFindsOneGroupThatNowHoldsItsTerms() throws IOException {
		// 40 groups extended: the file is read, not skipped.
		assertThat(SEED.extensions()).hasSize(40);
		SEED.assertEveryExtensionFindsOneGroupHoldingItsTerms(this.jdbc);
	}

	@Test
	void everyNewGroupNamesItsConceptInFrenchDutchAndEnglish() throws IOException {
		assertThat(SEED.groups()).hasSize(8);
		SEED.assertEveryNewGroupNamesItsConceptInFrenchDutchAndEnglish(this.jdbc);
	}

	@Test
	void everyRelationOfTheFileLinksTheNarrowerGroupToTheOldestGroupOfTheBroaderTerm() throws IOException {
		List<List<String>> relations = SEED.relations();
		for (List<String> relation : relations) {
			List<Long> linked = this.jdbc.sql("""
					select b.broader_id from search_synonym n
					left join search_synonym_broader b on b.narrower_id = n.id
						and b.broader_id = (select id from search_synonym where ? = any(terms) order by id limit 1)
					where ? = any(n.terms)""").params(relation.get(1), relation.get(0)).query(Long.class).list();
			assertThat(linked).as("the group of \"%s\" under \"%s\"", relation.get(0), relation.get(1))
				.hasSize(1)
				.doesNotContainNull();
		}
		assertThat(relations).hasSize(6);
	}

	@Test
	void everyTermTypedAloneIsReadAsItsOwnGroup() throws IOException {
		Thesaurus thesaurus = new Thesaurus(ThesaurusSeed.rows(this.jdbc));
		for (String term : SEED.allTerms()) {
			List<String> words = Words.of(term);
			List<Thesaurus.Mention> mentions = thesaurus.find(words);
			assertThat(mentions).as("mentions in \"%s\"", term).hasSize(1);
			assertThat(mentions.get(0).start()).isZero();
			assertThat(mentions.get(0).end()).as("words of \"%s\" read as one term", term).isEqualTo(words.size());
			assertThat(thesaurus.terms(mentions.get(0).group())).as("the group read for \"%s\"", term).contains(words);
		}
	}

}
