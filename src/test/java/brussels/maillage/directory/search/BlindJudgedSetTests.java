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
 * The blind judged set of issue 17: 150 invented Brussels services published by a partner
 * directory as an HSDS 3.1 package ({@code src/test/resources/directory-blind}, written
 * without reading the search code, its thesaurus or the other judged set), imported
 * through the HSDS import API, and 60 queries typed as professionals type them (35
 * French, 15 Dutch, 10 English; 22 naming a place), judged by reading the services. Each
 * query is asked through the public HSDS API ({@code /api/hsds/services?search=}); the
 * services of other tests sharing the database are skipped, and NDCG@10 is computed on
 * the package's first ten ({@link JudgedSet}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindJudgedSetTests {

	/**
	 * Lowest mean NDCG@10 over all queries: measured 0.765 when the set was written (fr
	 * 0.767, nl 0.760, en 0.765), under the 0.80 per language, so the floor sits
	 * a little under the measure (other tests' services in the shared database move the
	 * scores slightly); raise it to 0.80 once the search reaches it. Values and the
	 * weakest queries in docs/benchmarks.md, "Session 14, a blind judged set".
	 */
	static final double FLOOR = 0.74;

	/** Lowest mean NDCG@10 of each language (see {@link #FLOOR}). */
	static final double LANGUAGE_FLOOR = 0.72;

	private static final String SOURCE = "reperes-blind-test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private JudgedSet set;

	@BeforeAll
	void importThePackageAsAPartnerPostsIt() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, SOURCE, "blind judged set");
		this.set.assertImported("Blind package", 150);
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		assertThat(this.set.withdraw(this.jdbc)).isEqualTo(150);
	}

	@Test
	void thePackageValidatesAgainstTheHsds31Schemas() {
		assertThat(BlindPackage.BLIND.schemaProblems()).isEmpty();
	}

	@Test
	void ranksTheBlindJudgedSetWellEnough() throws Exception {
		JudgedSet.Scores scores = this.set.score(BlindPackage.BLIND.queries());
		scores.print("Blind judged set");
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FLOOR);
		scores.byLanguage()
			.forEach((language, mean) -> assertThat(mean).as(language).isGreaterThanOrEqualTo(LANGUAGE_FLOOR));
	}

}
