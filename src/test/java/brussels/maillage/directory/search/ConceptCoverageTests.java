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
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
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
 * Queries that name several concepts (issue 17, session 19): a kind of service and who it
 * is for ("logopède pour mon fils de 5 ans", "thuisverpleging voor bejaarden", "dentist
 * for kids"), or a service and a condition ("soins dentaires sans mutuelle", "home nurse
 * for diabetes"), in French, Dutch and English, over the services of blind set 1's
 * package ({@code directory-blind}), judged by reading the services' texts
 * ({@code src/test/resources/directory-coverage/queries.txt}): a service answering every
 * concept gains 2, one answering one concept and close on the other 1. Asked through the
 * public HSDS API as {@link FrenchProfessionalQueriesTests} asks its own; NDCG@10 on the
 * package's first ten, per language; {@code -Dcoverage.explain=a;b} explains the first
 * hits of texts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConceptCoverageTests {

	/** Lowest mean NDCG@10 (measured figures in docs/benchmarks.md, session 19). */
	static final double FLOOR = 0.82;

	private static final String SOURCE = "reperes-blind-test";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void ranksTheServicesAnsweringEveryConceptFirst() throws Exception {
		List<String> lines = new String(
				getClass().getResourceAsStream("/directory-coverage/queries.txt").readAllBytes(),
				StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		Map<String, List<Double>> byLanguage = new TreeMap<>();
		List<Double> scores = new ArrayList<>();
		long empty = 0;
		StringBuilder out = new StringBuilder("Queries naming several concepts, NDCG@10 (first ten of the package):\n");
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
			byLanguage.computeIfAbsent(parts[0], (k) -> new ArrayList<>()).add(ndcg);
			if (ranked.stream().noneMatch((gain) -> gain > 0)) {
				empty++;
			}
			out.append(String.format("%.3f  %s  %-45s", ndcg, parts[0], parts[1]));
			for (int i = 0; i < top.size(); i++) {
				out.append(' ').append(this.keys.get(top.get(i))).append('(').append(ranked.get(i)).append(')');
			}
			out.append('\n');
		}
		double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		out.append(String.format("Queries naming several concepts: mean NDCG@10 %.3f over %d queries; "
				+ "%d without a relevant service in their first ten%n", mean, scores.size(), empty));
		byLanguage.forEach((language, values) -> out.append(String.format("  %s: %.3f over %d queries%n", language,
				values.stream().mapToDouble(Double::doubleValue).average().orElse(0), values.size())));
		for (String text : System.getProperty("coverage.explain", "").split(";")) {
			if (!text.isBlank()) {
				out.append(explained(text));
			}
		}
		System.out.println(out);
		assertThat(empty).as("queries without a relevant service in their first ten").isZero();
		assertThat(mean).isGreaterThanOrEqualTo(FLOOR);
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
		session.post("/account/tokens", Map.of("name", "concept coverage queries", "days", "1"));
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
