package brussels.maillage.directory.search;

import java.util.Map;
import java.util.UUID;

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
 * Queries that name several concepts (issue 17, session 19): a kind of service and who it
 * is for ("logopède pour mon fils de 5 ans", "thuisverpleging voor bejaarden", "dentist
 * for kids"), or a service and a condition ("soins dentaires sans mutuelle", "home nurse
 * for diabetes"), in French, Dutch and English, over the services of blind set 1's
 * package ({@code directory-blind}), judged by reading the services' texts
 * ({@code src/test/resources/directory-coverage/queries.txt}): a service answering every
 * concept gains 2, one answering one concept and close on the other 1. Asked through the
 * public HSDS API and scored on the package's first ten by {@link JudgedSet}, per
 * language; {@code -Dcoverage.explain=a;b} explains the first hits of texts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConceptCoverageTests {

	/** Lowest mean NDCG@10 (measured figures in docs/benchmarks.md, session 19). */
	static final double FLOOR = 0.82;

	private static final String SOURCE = "reperes-blind-test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSearch search;

	private JudgedSet set;

	private Map<UUID, String> keys;

	@BeforeAll
	void importThePackage() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, SOURCE, "concept coverage queries");
		this.keys = this.set.keys();
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		this.set.withdraw(this.jdbc);
	}

	@Test
	void ranksTheServicesAnsweringEveryConceptFirst() throws Exception {
		JudgedSet.Scores scores = this.set.score(JudgedSet.lines("/directory-coverage/queries.txt"));
		scores.print("Queries naming several concepts");
		for (String text : System.getProperty("coverage.explain", "").split(";")) {
			if (!text.isBlank()) {
				System.out.println(HitExplainer.explained(this.search, this.keys, text));
			}
		}
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FLOOR);
	}

}
