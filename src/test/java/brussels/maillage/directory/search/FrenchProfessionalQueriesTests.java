package brussels.maillage.directory.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * HSDS API as {@link BlindJudgedSetTests} asks its own; NDCG@10 on the package's first
 * ten. Each query's words, thesaurus mentions and corrected words are printed with its
 * first ten; with {@code -Dfrpro.blind=true} the French queries of blind set 1 are
 * printed the same way (to read, not scored here). The queries typed into a search box
 * (session 18) are scored over the same package in a second test, so that it is imported
 * once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchProfessionalQueriesTests {

	/** Lowest mean NDCG@10 (measured figures in docs/benchmarks.md, session 17). */
	static final double FLOOR = 0.80;

	/** Lowest mean NDCG@10 of the typed queries (docs/benchmarks.md, session 18). */
	static final double TYPED_FLOOR = 0.65;

	private static final String SOURCE = "reperes-blind-test";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@Autowired
	ServiceSearch search;

	private String token;

	private Map<UUID, String> keys;

	@BeforeAll
	void importThePackage() throws Exception {
		this.token = adminToken();
		HttpResponse<String> imported = post(BlindPackage.zip(BlindPackage.BLIND.files()));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(json.readTree(imported.body()).path("errors")).as(imported.body()).isEmpty();
		this.keys = BlindPackage.BLIND.serviceKeys();
	}

	@AfterAll
	void withdrawThePackage() throws Exception {
		HttpResponse<String> emptied = post(BlindPackage.zip(BlindPackage.BLIND.emptied()));
		assertThat(emptied.statusCode()).as(emptied.body()).isEqualTo(200);
		UUID[] services = this.keys.keySet().toArray(UUID[]::new);
		UUID[] organizations = this.jdbc.sql("select distinct organization_id from service where id = any(:ids)")
			.param("ids", services)
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		this.jdbc.sql("delete from service where id = any(:ids)").param("ids", services).update();
		this.jdbc.sql("delete from phone where organization_id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from location where organization_id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from organization where id = any(:ids)").param("ids", organizations).update();
		this.jdbc.sql("delete from package_taxonomy where source = :source").param("source", SOURCE).update();
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
		Thesaurus thesaurus = new Thesaurus(this.jdbc.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list());
		List<String> lines = new String(getClass().getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		List<Double> scores = new ArrayList<>();
		long empty = 0;
		StringBuilder out = new StringBuilder(title + ", NDCG@10 (first ten of the package):\n");
		for (String line : lines) {
			String[] parts = line.split("\\|", -1);
			Map<UUID, Integer> gains = new HashMap<>();
			for (String judgement : parts[3].split(",")) {
				String[] kv = judgement.split("=");
				gains.put(BlindPackage.BLIND.id("svc-" + kv[0]), Integer.parseInt(kv[1]));
			}
			List<UUID> top = firstTenOfThePackage(parts[1]);
			List<Integer> ranked = top.stream().map((id) -> gains.getOrDefault(id, 0)).toList();
			double ndcg = DirectorySearchQualityTests.ndcg(ranked,
					gains.values().stream().sorted(Comparator.reverseOrder()).toList());
			scores.add(ndcg);
			if (ranked.stream().noneMatch((gain) -> gain > 0)) {
				empty++;
			}
			out.append(String.format("%.3f  %-55s", ndcg, parts[1]));
			for (int i = 0; i < top.size(); i++) {
				out.append(' ').append(this.keys.get(top.get(i))).append('(').append(ranked.get(i)).append(')');
			}
			out.append('\n').append(reading(parts[1], thesaurus));
		}
		if (Boolean.getBoolean(properties + ".blind")) {
			for (String line : BlindPackage.BLIND.queries()) {
				String[] parts = line.split("\\|", -1);
				if (parts[0].equals("fr")) {
					out.append("blind1  ").append(parts[1]).append('\n').append(reading(parts[1], thesaurus));
					List<UUID> top = firstTenOfThePackage(parts[1]);
					out.append("        ");
					top.forEach((id) -> out.append(' ').append(this.keys.get(id)));
					out.append('\n');
				}
			}
		}
		for (String text : System.getProperty(properties + ".explain", "").split(";")) {
			if (!text.isBlank()) {
				out.append(explained(text));
			}
		}
		double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		out.append(String.format(
				"%s: mean NDCG@10 %.3f over %d queries; %d without a " + "relevant service in their first ten%n", title,
				mean, scores.size(), empty));
		System.out.println(out);
		assertThat(empty).as("queries without a relevant service in their first ten").isZero();
		assertThat(mean).isGreaterThanOrEqualTo(floor);
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

	/** The first ten services of the package in the API's order (others skipped). */
	private List<UUID> firstTenOfThePackage(String text) throws Exception {
		List<UUID> found = new ArrayList<>();
		for (int page = 1; page <= 10 && found.size() < 10; page++) {
			JsonNode body = json.readTree(
					new WebSession(this.port)
						.get("/api/hsds/services?per_page=100&page=" + page + "&search="
								+ URLEncoder.encode(text, StandardCharsets.UTF_8))
						.body());
			for (JsonNode service : body.path("contents")) {
				UUID id = UUID.fromString(service.get("id").asString());
				if (this.keys.containsKey(id) && found.size() < 10) {
					found.add(id);
				}
			}
			if (body.path("last_page").asBoolean(true)) {
				break;
			}
		}
		return found;
	}

	private String adminToken() {
		WebSession session = new WebSession(this.port);
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "French professionals' queries", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> post(byte[] zip) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + this.port + "/api/hsds/imports?language=fr&source=" + SOURCE))
				.header("Content-Type", "application/zip")
				.header("Authorization", "Bearer " + this.token)
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
