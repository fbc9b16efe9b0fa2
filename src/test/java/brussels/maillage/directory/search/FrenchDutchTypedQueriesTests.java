package brussels.maillage.directory.search;

import java.util.List;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and Dutch queries typed as Brussels social workers, GPs, nurses, CPAS/OCMW staff
 * and citizens type them (issue 17, session 20: sentences saying a need, the words of a
 * request, abbreviations, typos, a commune or a postcode), over the services of blind set
 * 1's package, judged by reading the services' texts
 * ({@code src/test/resources/directory-frnl-typed-2/}). Asked through the public HSDS API
 * ({@link JudgedSet}); NDCG@10 on the package's first ten. Each query's words and
 * thesaurus mentions are printed with its first ten; {@code -Dfrnl.explain=a;b} explains
 * the first hits of texts. The French queries that describe a situation are scored over
 * the same import ({@link FrenchSituationQueries}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchDutchTypedQueriesTests {

	/** Lowest mean NDCG@10 (0.815 when set; docs/benchmarks.md, session 20). */
	static final double FLOOR = 0.79;

	/** Lowest mean NDCG@10 of each language (French 0.827, Dutch 0.790 when set). */
	static final double LANGUAGE_FLOOR = 0.76;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@Autowired
	ServiceSearch search;

	private JudgedSet set;

	@BeforeAll
	void importThePackage() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, "reperes-blind-test",
				"French and Dutch typed queries");
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		this.set.withdraw(this.jdbc);
	}

	@Test
	void ranksTheFrenchAndDutchTypedQueriesWellEnough() throws Exception {
		Thesaurus thesaurus = new Thesaurus(ThesaurusSeed.rows(this.jdbc));
		List<String> lines = JudgedSet.lines("/directory-frnl-typed-2/queries.txt");
		JudgedSet.Scores scores = this.set.score(lines);
		StringBuilder out = new StringBuilder("French and Dutch typed queries, words read:\n");
		for (JudgedSet.Scored query : scores.queries()) {
			out.append(String.format("%.3f  %s%n", query.ndcg(), query.text()))
				.append(reading(query.text(), thesaurus));
		}
		for (String text : System.getProperty("frnl.explain", "").split(";")) {
			if (!text.isBlank()) {
				out.append(HitExplainer.explained(this.search, this.set.keys(), text));
			}
		}
		System.out.println(out);
		scores.print("French and Dutch typed queries");
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FLOOR);
		assertThat(scores.byLanguage().values())
			.allSatisfy((mean) -> assertThat(mean).isGreaterThanOrEqualTo(LANGUAGE_FLOOR));
	}

	@Test
	void ranksTheFrenchSituationsWellEnough() throws Exception {
		FrenchSituationQueries.assertRankedWellEnough(this.set);
	}

	/** The words read, the thesaurus mentions and the words searched when corrected. */
	private String reading(String text, Thesaurus thesaurus) {
		Intents.Read read = Intents.read(Words.of(text));
		List<String> mentions = thesaurus.find(read.words())
			.stream()
			.map((mention) -> mention.typed() + " → "
					+ thesaurus.terms(mention.group()).stream().map((term) -> String.join(" ", term)).limit(6).toList())
			.toList();
		SearchResults results = this.directory.search(SearchQuery.of(text, Place.NOWHERE));
		return "        words " + read.words() + "  mentions " + mentions + "  corrected " + results.corrected()
				+ "  place " + results.placeInText() + "  total " + results.total() + "\n";
	}

}
