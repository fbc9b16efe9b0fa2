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
				System.out.println(explained(text));
			}
		}
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FLOOR);
	}

	/** The first hits of the words alone (no place, no stepped care), explained. */
	private String explained(String text) throws Exception {
		LuceneSearchEngine engine = (LuceneSearchEngine) this.search.engine();
		java.lang.reflect.Field field = LuceneSearchEngine.class.getDeclaredField("thesaurus");
		field.setAccessible(true);
		Thesaurus thesaurus = (Thesaurus) field.get(engine);
		return engine.index().withSearcher((searcher) -> {
			StringBuilder out = new StringBuilder("explain  " + text + "\n");
			Typed typed = new WordQueries().words(text, null, searcher, thesaurus, false);
			out.append("  query ").append(typed.query()).append('\n');
			int shown = 0;
			for (org.apache.lucene.search.ScoreDoc hit : searcher.search(typed.query(), 2000).scoreDocs) {
				String key = this.keys.get(id(searcher, hit.doc));
				if (key == null || shown++ >= 10) {
					continue;
				}
				out.append(String.format("  %.3f %s%n", hit.score, key));
				explain(searcher.explain(typed.query(), hit.doc), "    ", 0, out);
			}
			return out.toString();
		});
	}

	private static UUID id(org.apache.lucene.search.IndexSearcher searcher, int doc) throws java.io.IOException {
		for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
				org.apache.lucene.index.BinaryDocValues ids = leaf.reader().getBinaryDocValues("id");
				ids.advanceExact(doc - leaf.docBase);
				java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(ids.binaryValue().bytes, ids.binaryValue().offset,
						16);
				return new UUID(bytes.getLong(), bytes.getLong());
			}
		}
		return null;
	}

	private static void explain(org.apache.lucene.search.Explanation explanation, String indent, int depth,
			StringBuilder out) {
		if (depth > 3 || explanation.getValue().doubleValue() == 0) {
			return;
		}
		String description = explanation.getDescription();
		out.append(indent)
			.append(String.format("%.3f ", explanation.getValue().doubleValue()))
			.append(description, 0, Math.min(description.length(), 110))
			.append('\n');
		for (org.apache.lucene.search.Explanation detail : explanation.getDetails()) {
			explain(detail, indent + "  ", depth + 1, out);
		}
	}

}
