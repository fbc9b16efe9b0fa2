package brussels.maillage.directory.search;

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
 * Dutch and English queries that describe a situation rather than name a service (issue
 * 17, session 22: "hij drinkt te veel", "mijn oma is al twee keer gevallen", "she cant
 * cope with the kids", "i cant pay my rent and my landlord wants me out"), over the
 * services of blind set 1's package, judged by reading the services' texts before any run
 * ({@code src/test/resources/directory-situations-nl-en/}, its README). Asked through the
 * public HSDS API ({@link JudgedSet}); NDCG@10 on the package's first ten, each query
 * printed with the services it showed first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SituationsDutchEnglishJudgedSetTests {

	/**
	 * Lowest mean NDCG@10: 0.344 when the set was written, 0.535 with migration V159
	 * (docs/benchmarks.md, "Session 22, situations told"), 0.629 with the Dutch sentence
	 * reading, the carers' sentences and V160; the floor sits a little under the measure,
	 * as other tests' services in the shared database move the scores slightly.
	 */
	static final double FLOOR = 0.60;

	/**
	 * Lowest mean NDCG@10 of each language (Dutch 0.515, English 0.564 with V159; Dutch
	 * 0.647, English 0.602 with V160).
	 */
	static final double LANGUAGE_FLOOR = 0.57;

	/**
	 * Queries left without a relevant service in their first ten: 12 when the set was
	 * written, 3 with V159 (a teenager hit at home, an exhausted carer, a child who
	 * barely speaks), 0 with V160.
	 */
	static final int WITHOUT_RELEVANT = 1;

	private static final String SOURCE = "reperes-blind-test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private JudgedSet set;

	@BeforeAll
	void importThePackageAsAPartnerPostsIt() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, SOURCE, "situations nl en");
		this.set.assertImported("Blind package", 150);
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		assertThat(this.set.withdraw(this.jdbc)).isEqualTo(150);
	}

	@Test
	void ranksTheDutchAndEnglishSituationsWellEnough() throws Exception {
		JudgedSet.Scores scores = this.set.score(JudgedSet.lines("/directory-situations-nl-en/queries.txt"));
		StringBuilder out = new StringBuilder("Dutch and English queries that describe a situation, first ten:\n");
		for (JudgedSet.Scored query : scores.queries()) {
			out.append(String.format("%.3f  %s%n        %s%n", query.ndcg(), query.text(), query.top()));
		}
		System.out.println(out);
		scores.print("Dutch and English situations");
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten")
			.isLessThanOrEqualTo(WITHOUT_RELEVANT);
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FLOOR);
		scores.byLanguage()
			.forEach((language, mean) -> assertThat(mean).as(language).isGreaterThanOrEqualTo(LANGUAGE_FLOOR));
	}

}
