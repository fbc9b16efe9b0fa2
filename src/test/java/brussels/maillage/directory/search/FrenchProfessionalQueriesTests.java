package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * French queries typed as Brussels social workers, GPs and nurses type them (issue 17,
 * session 17: sentences, missing accents, acronyms, derived forms such as "alcoolisme",
 * "isolement", "toxicomane"), over the services of blind set 1's package
 * ({@code directory-blind}), judged by reading the services' texts
 * ({@code src/test/resources/directory-fr-pro/queries.txt}). Asked through the public
 * HSDS API as {@link BlindJudgedSetTests} asks its own ({@link JudgedSet}); NDCG@10 on
 * the package's first ten. Each query's words, thesaurus mentions and corrected words are
 * printed with its first ten; with {@code -Dfrpro.blind=true} the French queries of blind
 * set 1 are printed the same way (to read, not scored here). The queries typed into a
 * search box (session 18) are scored over the same package in a second test, so that it
 * is imported once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchProfessionalQueriesTests {

	/** Lowest mean NDCG@10 (measured figures in docs/benchmarks.md, session 17). */
	static final double FLOOR = 0.80;

	/** Lowest mean NDCG@10 of the typed queries (docs/benchmarks.md, session 18). */
	static final double TYPED_FLOOR = 0.65;

	private static final String SOURCE = "reperes-blind-test";

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
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, SOURCE, "French professionals' queries");
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		this.set.withdraw(this.jdbc);
	}

	@Test
	void ranksTheFrenchProfessionalsQueriesWellEnough() throws Exception {
		scoreTheSet("/directory-fr-pro/queries.txt", "French professionals' queries", "frpro", FLOOR);
	}

	/**
	 * French queries typed into a search box (session 18: one to three keywords, the
	 * field's abbreviations and acronyms, typos and missing accents, everyday words, a
	 * commune or a postcode), over the same package, judged by reading the services'
	 * texts ({@code src/test/resources/directory-fr-typed/queries.txt});
	 * {@code -Dfrtyped.explain=a;b} explains the first hits of texts.
	 */
	@Test
	void ranksTheQueriesTypedInTheBoxWellEnough() throws Exception {
		scoreTheSet("/directory-fr-typed/queries.txt", "French typed queries", "frtyped", TYPED_FLOOR);
	}

	private void scoreTheSet(String resource, String title, String properties, double floor) throws Exception {
		Thesaurus thesaurus = new Thesaurus(ThesaurusSeed.rows(this.jdbc));
		List<JudgedSet.Scored> scored = new ArrayList<>();
		StringBuilder out = new StringBuilder(title + ", NDCG@10 (first ten of the package):\n");
		for (String line : JudgedSet.lines(resource)) {
			JudgedSet.Scored query = this.set.score(line);
			scored.add(query);
			out.append(String.format("%.3f  %-55s", query.ndcg(), query.text()));
			query.top().forEach((hit) -> out.append(' ').append(hit));
			out.append('\n').append(reading(query.text(), thesaurus));
		}
		if (Boolean.getBoolean(properties + ".blind")) {
			for (String line : BlindPackage.BLIND.queries()) {
				String[] parts = line.split("\\|", -1);
				if (parts[0].equals("fr")) {
					out.append("blind1  ").append(parts[1]).append('\n').append(reading(parts[1], thesaurus));
					out.append("        ");
					this.set.firstTen(parts[1]).forEach((id) -> out.append(' ').append(this.set.keys().get(id)));
					out.append('\n');
				}
			}
		}
		for (String text : System.getProperty(properties + ".explain", "").split(";")) {
			if (!text.isBlank()) {
				out.append(HitExplainer.explained(this.search, this.set.keys(), text));
			}
		}
		JudgedSet.Scores scores = new JudgedSet.Scores(scored);
		out.append(String.format(
				"%s: mean NDCG@10 %.3f over %d queries; %d without a " + "relevant service in their first ten%n", title,
				scores.mean(), scored.size(), scores.withoutRelevant()));
		System.out.println(out);
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(floor);
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
