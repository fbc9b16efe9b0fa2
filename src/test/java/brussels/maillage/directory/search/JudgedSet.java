package brussels.maillage.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import brussels.maillage.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judged set's package imported through the public HSDS import API, and its queries
 * asked through the public HSDS API ({@code /api/hsds/services?search=}) and scored with
 * NDCG@10 on the package's first ten services (the services of other tests sharing the
 * database are skipped). Shared by {@link BlindJudgedSetTests},
 * {@link EnglishJudgedSetTests}, {@link FrenchProfessionalQueriesTests} and
 * {@link HeldOutJudgedSetTests}; each keeps its queries file, floors and assertions.
 *
 * <p>
 * A queries file has one query a line, {@code language|text|place|key=gain,...}
 * ({@code #} starts a comment): the key names a service of the package, the gain is 2 for
 * what the person needs and 1 for a partial help; an unlisted service has gain 0. A test
 * class ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)},
 * {@code @TestInstance(PER_CLASS)}) uses it in three steps:
 * <ul>
 * <li>before all its tests,
 * {@code set = JudgedSet.importing(port, BlindPackage.BLIND, "reperes-blind-test", "my judged set")}
 * (then {@code set.assertImported("Blind package", 150)} to print the import's warnings
 * and check its count);</li>
 * <li>in a test,
 * {@code Scores scores = set.score(JudgedSet.lines("/directory-mine/queries.txt"))},
 * {@code scores.print("My judged set")}, then its own assertions on
 * {@code scores.mean()}, {@code scores.byLanguage()} and
 * {@code scores.withoutRelevant()};</li>
 * <li>after all its tests, {@code set.withdraw(jdbc)} (it returns the number of services
 * closed).</li>
 * </ul>
 * {@link Scores#print} prints one line a query ({@code 0.812  fr  text  key(gain) ...}),
 * the weakest 15, the mean and each language's mean; {@link #score(String)} scores one
 * query for a test that prints its own lines. Classes importing the same package under
 * the same source cannot run at once: each withdraws it after its tests.
 */
final class JudgedSet {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final BlindPackage judged;

	private final String source;

	private final String token;

	private final JsonNode report;

	private final Map<UUID, String> keys;

	/** The services by key, when judgements are read from the keys file alone. */
	private final Map<String, UUID> ids;

	private JudgedSet(int port, BlindPackage judged, String source, String token, JsonNode report,
			Map<UUID, String> keys, Map<String, UUID> ids) {
		this.port = port;
		this.judged = judged;
		this.source = source;
		this.token = token;
		this.report = report;
		this.keys = keys;
		this.ids = ids;
	}

	/**
	 * Imports the package as its publisher posts it (as {@code source}, in French, with
	 * an administrator's token named {@code tokenName}); the import must succeed without
	 * errors. A judgement's key names the service {@code svc-<key>} of the package (as
	 * the blind package's {@code services.py} names them).
	 */
	static JudgedSet importing(int port, BlindPackage judged, String source, String tokenName) throws Exception {
		String token = adminToken(port, tokenName);
		HttpResponse<String> imported = post(port, source, token, BlindPackage.zip(judged.files()));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode report = json.readTree(imported.body());
		assertThat(report.path("errors")).as(imported.body()).isEmpty();
		return new JudgedSet(port, judged, source, token, report, judged.serviceKeys(), null);
	}

	/**
	 * The same set, whose judgements name services by the keys of the package's keys
	 * ({@link BlindPackage#serviceKeys()}); a key not among them fails its query.
	 */
	JudgedSet judgedByKeys() {
		Map<String, UUID> ids = new HashMap<>();
		this.keys.forEach((id, key) -> ids.put(key, id));
		return new JudgedSet(this.port, this.judged, this.source, this.token, this.report, this.keys, ids);
	}

	/**
	 * Prints the import's warnings by kind ({@code <label> imported with warnings {...}})
	 * and checks that it added or kept the package's services and that its keys name them
	 * all.
	 */
	void assertImported(String label, int services) {
		Map<String, Integer> warnings = new TreeMap<>();
		this.report.path("warnings").forEach((warning) -> warnings.merge(kind(warning), 1, Integer::sum));
		System.out.println(label + " imported with warnings " + warnings);
		assertThat(this.report.path("added").asInt() + this.report.path("unchanged").asInt()).isEqualTo(services);
		assertThat(this.keys).hasSize(services);
	}

	/** The package's services by id, each with its key. */
	Map<UUID, String> keys() {
		return this.keys;
	}

	/**
	 * Withdraws the package: imports it emptied (the importer closes the services of a
	 * source absent from its package), then deletes its rows, as the database is shared
	 * with other tests.
	 * @return the number of services the emptied import closed
	 */
	int withdraw(JdbcClient jdbc) throws Exception {
		HttpResponse<String> emptied = post(this.port, this.source, this.token,
				BlindPackage.zip(this.judged.emptied()));
		assertThat(emptied.statusCode()).as(emptied.body()).isEqualTo(200);
		UUID[] services = this.keys.keySet().toArray(UUID[]::new);
		UUID[] organizations = jdbc.sql("select distinct organization_id from service where id = any(:ids)")
			.param("ids", services)
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		jdbc.sql("delete from service where id = any(:ids)").param("ids", services).update();
		jdbc.sql("delete from phone where organization_id = any(:ids)").param("ids", organizations).update();
		jdbc.sql("delete from location where organization_id = any(:ids)").param("ids", organizations).update();
		jdbc.sql("delete from organization where id = any(:ids)").param("ids", organizations).update();
		jdbc.sql("delete from package_taxonomy where source = :source").param("source", this.source).update();
		return json.readTree(emptied.body()).path("closed").asInt();
	}

	/** The lines of a queries file of the test resources, without comments. */
	static List<String> lines(String resource) throws IOException {
		try (InputStream in = JudgedSet.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	/** Scores each line of a queries file, in order. */
	Scores score(List<String> lines) throws Exception {
		List<Scored> scored = new ArrayList<>();
		for (String line : lines) {
			scored.add(score(line));
		}
		return new Scores(scored);
	}

	/** Asks one line's query and scores the package's first ten services. */
	Scored score(String line) throws Exception {
		String[] parts = line.split("\\|", -1);
		Map<UUID, Integer> gains = new HashMap<>();
		for (String judgement : parts[3].split(",")) {
			String[] kv = judgement.split("=");
			if (this.ids != null) {
				assertThat(this.ids).as(parts[1]).containsKey(kv[0]);
			}
			gains.put((this.ids != null) ? this.ids.get(kv[0]) : this.judged.id("svc-" + kv[0]),
					Integer.parseInt(kv[1]));
		}
		List<UUID> top = firstTen(parts[1]);
		List<Integer> ranked = top.stream().map((id) -> gains.getOrDefault(id, 0)).toList();
		double ndcg = DirectorySearchQualityTests.ndcg(ranked,
				gains.values().stream().sorted(Comparator.reverseOrder()).toList());
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			shown.add(this.keys.get(top.get(i)) + "(" + ranked.get(i) + ")");
		}
		return new Scored(parts[0], parts[1], ndcg, shown);
	}

	/**
	 * The first ten services of the package in the API's order (no service listed twice),
	 * reading pages of 100 until ten are found or the results end (other tests' services
	 * are skipped).
	 */
	List<UUID> firstTen(String text) throws Exception {
		List<UUID> found = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int page = 1; page <= 10 && found.size() < 10; page++) {
			JsonNode body = json.readTree(
					new WebSession(this.port)
						.get("/api/hsds/services?per_page=100&page=" + page + "&search="
								+ URLEncoder.encode(text, StandardCharsets.UTF_8))
						.body());
			for (JsonNode service : body.path("contents")) {
				UUID id = UUID.fromString(service.get("id").asString());
				assertThat(seen.add(id)).as("%s: service %s listed twice in the results", text, id).isTrue();
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

	/** One query's score and the package's services it showed first, as key(gain). */
	record Scored(String language, String text, double ndcg, List<String> top) {

		/** Whether none of the first ten is judged relevant (or none was found). */
		boolean withoutRelevant() {
			return this.top.stream().allMatch((hit) -> hit.endsWith("(0)"));
		}

	}

	/** The scores of a set's queries, in the file's order. */
	record Scores(List<Scored> queries) {

		/** The mean NDCG@10 over all queries. */
		double mean() {
			return this.queries.stream().mapToDouble(Scored::ndcg).average().orElse(0);
		}

		/** How many queries have no relevant service in their first ten. */
		long withoutRelevant() {
			return this.queries.stream().filter(Scored::withoutRelevant).count();
		}

		/** The mean NDCG@10 of each language, by language code. */
		Map<String, Double> byLanguage() {
			Map<String, Double> means = new TreeMap<>();
			languages().forEach((language, values) -> means.put(language,
					values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
			return means;
		}

		/**
		 * Prints each query's line ({@code 0.812  fr  text  key(gain) ...}), the weakest
		 * 15, the mean and each language's mean.
		 */
		void print(String title) {
			System.out.println(title + ", NDCG@10 per query (first ten of the package's services, gain):");
			this.queries.forEach((query) -> System.out.printf("%.3f  %s  %-55s %s%n", query.ndcg(), query.language(),
					query.text(), String.join(" ", query.top())));
			System.out.println("Weakest 15:");
			this.queries.stream()
				.sorted(Comparator.comparingDouble(Scored::ndcg))
				.limit(15)
				.forEach((query) -> System.out.printf("| %s | %s | %.3f | %s |%n", query.language(), query.text(),
						query.ndcg(), String.join(" ", query.top())));
			System.out.printf(
					"%s: mean NDCG@10 %.3f over %d queries; %d without a relevant service in their " + "first ten%n",
					title, mean(), this.queries.size(), withoutRelevant());
			printLanguages();
		}

		/** Prints each language's mean: {@code   fr: 0.812 over 35 queries}. */
		void printLanguages() {
			languages().forEach((language, values) -> System.out.printf("  %s: %.3f over %d queries%n", language,
					values.stream().mapToDouble(Double::doubleValue).average().orElse(0), values.size()));
		}

		private Map<String, List<Double>> languages() {
			Map<String, List<Double>> byLanguage = new TreeMap<>();
			this.queries.forEach((query) -> byLanguage.computeIfAbsent(query.language(), (k) -> new ArrayList<>())
				.add(query.ndcg()));
			return byLanguage;
		}

	}

	/** A warning's table and reason without its values, to count warnings by kind. */
	private static String kind(JsonNode warning) {
		return warning.path("table").asString() + ": "
				+ warning.path("reason").asString().replaceAll("\"[^\"]*\"|\\([^)]*\\)|[0-9a-f-]{36}", "...");
	}

	private static String adminToken(int port, String name) {
		return PackageUploads.token(port, "admin@demo.maillage.brussels", name);
	}

	private static HttpResponse<String> post(int port, String source, String token, byte[] zip) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/hsds/imports?language=fr&source=" + source))
				.header("Content-Type", "application/zip")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
