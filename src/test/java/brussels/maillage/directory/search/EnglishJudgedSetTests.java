package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;
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
 * The English judged set of issue 17 (session 17): 26 English queries typed as
 * English-speaking residents and professionals of Brussels type them
 * ({@code src/test/resources/directory-english/queries.txt}), judged by reading the
 * services of the blind set's package (French and Dutch texts), asked through the public
 * HSDS API as {@link BlindJudgedSetTests} asks its queries, NDCG@10 on the package's
 * first ten ({@link JudgedSet}). The package is imported with the blind set's source and
 * withdrawn after, so the two classes can run one after the other in one database. A
 * second set, typed by others (session 18), a third, needs described (session 20), and a
 * fourth, as expats type it (session 21), are scored over the same import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishJudgedSetTests {

	/**
	 * Lowest mean NDCG@10: measured 0.849 before session 17's English changes and 0.893
	 * after (docs/benchmarks.md, "Session 17, English queries"); a little under the
	 * measure, as other tests' services in the shared database move the scores slightly.
	 */
	static final double FLOOR = 0.86;

	/**
	 * Lowest mean NDCG@10 of the second set: a little under the figure measured after
	 * session 18's English changes (docs/benchmarks.md, "Session 18, English as others
	 * type it").
	 */
	static final double OTHERS_FLOOR = 0.78;

	/**
	 * Lowest mean NDCG@10 of the third set: a little under the figure measured after
	 * session 20's English changes (docs/benchmarks.md, "Session 20, English queries").
	 */
	static final double NEEDS_FLOOR = 0.76;

	/**
	 * Lowest mean NDCG@10 of the fourth set: a little under the figure measured after
	 * session 21's English changes (docs/benchmarks.md, "Session 21, English queries").
	 */
	static final double FOURTH_FLOOR = 0.82;

	/**
	 * Lowest mean NDCG@10 of the fifth set: a little under the figure measured after
	 * session 21's second pass on English (docs/benchmarks.md, "Session 21, English
	 * queries, second pass").
	 */
	static final double FIFTH_FLOOR = 0.77;

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
	void importThePackageAsAPartnerPostsIt() throws Exception {
		this.set = JudgedSet.importing(this.port, BlindPackage.BLIND, SOURCE, "english judged set");
		this.set.assertImported("Blind package", 150);
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		assertThat(this.set.withdraw(this.jdbc)).isEqualTo(150);
	}

	@Test
	void ranksTheEnglishJudgedSetWellEnough() throws Exception {
		scoreTheSet("/directory-english/queries.txt", "English judged set", FLOOR, false);
	}

	/**
	 * English as others type it (session 18): 29 English queries typed by an
	 * English-speaking GP, an expat family and a social worker of an international
	 * organisation in Brussels
	 * ({@code src/test/resources/directory-english-others/queries.txt}: short keywords,
	 * British and American spellings, plurals and -ing forms, a commune or a postcode,
	 * the English words for Belgian institutions), written by another author than the
	 * first set's and judged by reading the same package's services before the search was
	 * run on them; each query's reading is printed with it ({@code -Dreport.groups=true}
	 * prints the thesaurus's groups).
	 */
	@Test
	void ranksEnglishAsOthersTypeItWellEnough() throws Exception {
		scoreTheSet("/directory-english-others/queries.txt", "English as others type it", OTHERS_FLOOR, true);
	}

	/**
	 * English needs described (session 20): 42 queries written as expats, EU staff,
	 * migrants and international students type a need in English
	 * ({@code src/test/resources/directory-english-3/}, its README), judged by reading
	 * the same package's services before any run. One query still has no relevant service
	 * in its first ten, so only the mean is held. {@code -Denglish3.reading=true} prints
	 * each query's reading, {@code -Denglish3.explain='text;text'} explains the hits.
	 */
	@Test
	void ranksTheEnglishNeedsDescribedWellEnough() throws Exception {
		JudgedSet.Scores scores = scoreTheSet("/directory-english-3/queries.txt", "English judged set 3",
				Boolean.getBoolean("english3.reading"));
		for (String text : System.getProperty("english3.explain", "").split(";")) {
			if (!text.isBlank()) {
				System.out.println(HitExplainer.explained(this.search, this.set.keys(), text));
			}
		}
		assertThat(scores.mean()).isGreaterThanOrEqualTo(NEEDS_FLOOR);
	}

	/**
	 * English as expats and newcomers type it (session 21): 38 lower-case queries with
	 * everyday words for a profession or a place (gp, physio, shrink, chemist), a spoken
	 * language as a clause ("gp that speaks arabic"), a population in English and needs
	 * written as a sentence ({@code src/test/resources/directory-english-4/}, its
	 * README), judged by reading the same package's services before any run.
	 * {@code -Denglish4.reading=true} prints each query's reading.
	 */
	@Test
	void ranksTheFourthEnglishSetWellEnough() throws Exception {
		scoreTheSet("/directory-english-4/queries.txt", "English judged set 4", FOURTH_FLOOR,
				Boolean.getBoolean("english4.reading"));
	}

	/**
	 * English, second pass (session 21): 36 lower-case queries asking a profession for a
	 * population ("doctor for undocumented migrants"), a therapist who speaks a language,
	 * a telephone line of a topic ("suicide hotline") and plain English words for a kind
	 * of service (drop-in, soup kitchen, respite, rehab)
	 * ({@code src/test/resources/directory-english-5/}, its README), judged by reading
	 * the same package's services before any run. {@code -Denglish5.reading=true} prints
	 * each query's reading.
	 */
	@Test
	void ranksTheFifthEnglishSetWellEnough() throws Exception {
		JudgedSet.Scores scores = scoreTheSet("/directory-english-5/queries.txt", "English judged set 5",
				Boolean.getBoolean("english5.reading"));
		assertThat(scores.mean()).isGreaterThanOrEqualTo(FIFTH_FLOOR);
	}

	private void scoreTheSet(String resource, String title, double floor, boolean readingPrinted) throws Exception {
		JudgedSet.Scores scores = scoreTheSet(resource, title, readingPrinted);
		assertThat(scores.withoutRelevant()).as("queries without a relevant service in their first ten").isZero();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(floor);
	}

	private JudgedSet.Scores scoreTheSet(String resource, String title, boolean readingPrinted) throws Exception {
		Thesaurus thesaurus = new Thesaurus(ThesaurusSeed.rows(this.jdbc));
		if (readingPrinted && Boolean.getBoolean("report.groups")) {
			this.jdbc.sql("select array_to_string(terms, ' | ') from search_synonym order by id")
				.query(String.class)
				.list()
				.forEach((group) -> System.out.println("GROUP " + group));
		}
		List<JudgedSet.Scored> scored = new ArrayList<>();
		for (String line : JudgedSet.lines(resource)) {
			if (readingPrinted) {
				printReading(line.split("\\|", -1)[1], thesaurus);
			}
			scored.add(this.set.score(line));
		}
		JudgedSet.Scores scores = new JudgedSet.Scores(scored);
		scores.print(title);
		return scores;
	}

	/**
	 * How the text was read: its words, thesaurus mentions, corrected words and place.
	 */
	private void printReading(String text, Thesaurus thesaurus) {
		List<String> words = Intents.read(EnglishWords.of(text)).words();
		List<String> read = new ArrayList<>();
		for (Thesaurus.Mention mention : EnglishWords.mentions(thesaurus, words)) {
			read.add(mention.typed() + " → " + String.join(", ",
					thesaurus.terms(mention.group()).stream().limit(6).map((term) -> String.join(" ", term)).toList()));
		}
		SearchResults results = this.directory.search(SearchQuery.of(text, Place.NOWHERE));
		System.out.println("  read: " + text + " | words " + words + " | " + String.join("; ", read) + " | corrected "
				+ results.corrected() + " | place " + results.placeInText());
	}

}
