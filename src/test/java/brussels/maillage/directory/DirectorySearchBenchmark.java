package brussels.maillage.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import brussels.maillage.directory.CapturingDataSource.Captured;
import brussels.maillage.directory.demo.SyntheticDirectory;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of the directory's search on large synthetic directories (issue 5): loads the
 * directory with COPY, then measures searches over HTTP on loopback, from one client and
 * from several concurrent clients, and the time the same searches spend inside
 * PostgreSQL: every statement the search runs is captured through the application's own
 * {@link ServiceSearch} and {@link DirectoryStore} over a recording data source, then
 * measured with {@code EXPLAIN (ANALYZE, TIMING OFF, SERIALIZE)} and replayed over JDBC
 * by as many concurrent connections as there are clients.
 * <p>
 * Excluded from the normal build. Run it alone (it adds rows to the test database and
 * removes them at the end):
 * {@code ./mvnw test -Dtest=DirectorySearchBenchmark -Dtest.excludedGroups=none}, with
 * {@code -Dbenchmark.directory.sizes=10000,100000,1000000} (cumulative sizes, default
 * 10,000 and 100,000), {@code -Dbenchmark.directory.clients=8} and
 * {@code -Dbenchmark.directory.requests=1600} (requests per concurrent run) and
 * {@code -Dbenchmark.directory.searches=240} (distinct searches in the mix); add
 * {@code -Dbenchmark.directory.quick=true} to measure each search once and leave the
 * search page out (for large sizes on a busy machine). Figures are printed and appended
 * to {@code target/benchmarks/directory-search.md}. No timed assertion: the targets (p95
 * ≤ 20 ms, request ≤ 1.5 × database) are read from the report.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySearchBenchmark {

	private static final long SEED = 5_000_000L;

	/**
	 * Added to the seed of each size: a kept database grown by earlier runs already holds
	 * the services of the first seeds (for example 2 after a run at 10,000 and 100,000).
	 */
	private static final int SEED_OFFSET = Integer.getInteger("benchmark.directory.seedOffset", 0);

	static {
		// Keep-alive connections kept per server: one per client (the default is 5).
		System.setProperty("http.maxConnections", "64");
	}

	private static final int SPECS = Integer.getInteger("benchmark.directory.searches", 240);

	private static final int PAGE_SIZE = 20;

	private static final int CLIENTS = Integer.getInteger("benchmark.directory.clients", 8);

	private static final int REQUESTS = Integer.getInteger("benchmark.directory.requests", 1600);

	/** Quick mode: every measure once, and the search page left out. */
	private static final boolean QUICK = Boolean.getBoolean("benchmark.directory.quick");

	/**
	 * Keep the loaded services at the end, and load only what a previous kept run did not
	 * (with a persistent database:
	 * {@code -Dmaillage.data-dir=... -Dmaillage.database.ephemeral=false}).
	 */
	private static final boolean KEEP = Boolean.getBoolean("benchmark.directory.keep");

	private static final int LOAD_CONNECTIONS = Integer.getInteger("benchmark.directory.loadConnections", 2);

	private static final Path REPORT = Path.of("target", "benchmarks", "directory-search.md");

	private static final List<String> FRENCH = List.of("aide familiale", "soins infirmiers à domicile",
			"soins palliatifs", "santé mentale", "psychologue", "maison médicale", "médecin généraliste",
			"repas à domicile", "maison de repos", "centre de jour", "aidants proches", "planning familial",
			"sans abri", "logement", "mutualité", "aide médicale urgente", "diabète", "assuétudes", "CPAS", "SSM",
			"AMU", "garde de médecine générale", "deuil", "infirmière", "sante mentale", "diabete",
			"medecin generaliste", "accompagnement des personnes âgées", "expulsion logement",
			"prise de sang sans rendez-vous");

	private static final List<String> DUTCH = List.of("gezinszorg", "thuisverpleging", "palliatieve zorg",
			"geestelijke gezondheid", "eerstelijnspsycholoog", "wijkgezondheidscentrum", "huisarts",
			"maaltijden aan huis", "woonzorgcentrum", "dagverzorgingscentrum", "mantelzorgers", "gezinsplanning",
			"daklozen", "huisvesting", "ziekenfonds", "dringende medische hulp", "diabetes", "verslaving", "OCMW",
			"CGG", "rouw", "huisartsenwachtdienst", "verpleegkundige", "ouderen", "drughulpverlening",
			"thuiszorg voor ouderen");

	private static final List<String> NAMES = List.of("La Boussole", "De Brug", "Colibri", "Le Phare Uccle",
			"Het Anker Schaarbeek", "Les Glycines", "Maison Ouverte", "Springplank", "Lanterne du Canal",
			"Trefpunt Jette");

	/** Mistyped queries: no full-text match, so the search falls back to trigrams. */
	private static final List<String> TYPOS = List.of("paliatif", "psycologue", "thuisverpelging", "diabtete",
			"mantelzrogers", "logemnet", "woonzrogcentrum", "gezinzorg", "maizon medicale", "aidnats proches",
			"verslavnig", "plannig familial", "huisats", "infirmiere a domicille");

	private static final List<String> THEMES = List.of("home_care", "family_help", "home_nursing", "palliative",
			"mental_health", "psychologist", "housing", "homelessness", "seniors", "nursing_homes", "general_practice",
			"medical_house", "social_services", "diabetes", "carers", "addictions");

	private static final List<String> LANGUAGES = List.of("fr", "nl", "en", "ar", "tr");

	private static final List<String> BASSINS = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	DirectoryService directory;

	@Autowired
	PlaceResolver places;

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	@Autowired
	JsonMapper json;

	/**
	 * One search of the mix.
	 *
	 * @param kind fr, nl, name, typo or browse
	 * @param text what is typed, or {@code null}
	 * @param lang the language of the reader
	 * @param place none, postcode, commune or bassin
	 * @param placeValue the postcode, NIS code or bassin code
	 * @param theme a theme code, or {@code null}
	 * @param language a language the service must speak (search page only), or
	 * {@code null}
	 */
	record Spec(String kind, String text, String lang, String place, String placeValue, String theme, String language) {

		String label() {
			return kind + " \"" + ((text != null) ? text : "") + "\""
					+ (place.equals("none") ? "" : " " + place + "=" + placeValue)
					+ ((theme != null) ? " theme=" + theme : "") + ((language != null) ? " language=" + language : "");
		}

	}

	/** The measures of one search of the mix. */
	static final class Measure {

		boolean approximate;

		long total;

		List<Captured> apiStatements;

		List<Captured> pageStatements;

		double apiDb;

		double pageDb;

		double apiSequential;

		Map<String, Double> apiStatementTimes = new LinkedHashMap<>();

	}

	@Test
	void searchesUnderConcurrentClients() throws Exception {
		List<Integer> sizes = Arrays.stream(System.getProperty("benchmark.directory.sizes", "10000,100000").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.sorted()
			.toList();
		DirectoryBulkLoad load = new DirectoryBulkLoad(this.dataSource, this.store);
		List<Spec> specs = specs(new Random(2026));
		long before = this.directory.countServices();
		int loaded = KEEP ? (int) this.jdbcCount() : 0;
		before -= loaded;
		try {
			for (int i = 0; i < sizes.size(); i++) {
				int size = sizes.get(i);
				String loadAverage = loadAverage();
				long start = System.nanoTime();
				if (size > loaded) {
					load.load(SEED + SEED_OFFSET + i, size - loaded, LOAD_CONNECTIONS);
				}
				double loadSeconds = (System.nanoTime() - start) / 1e9;
				loaded = size;
				measure(size, specs, loadSeconds, loadAverage);
			}
		}
		finally {
			if (!KEEP) {
				load.remove();
			}
		}
		if (!KEEP) {
			assertThat(this.directory.countServices()).isEqualTo(before);
		}
	}

	/** Services loaded by an earlier kept run. */
	private long jdbcCount() throws SQLException {
		return Long.parseLong(sql("select count(*) from service s join organization o on o.id = s.organization_id"
				+ " where o.created_at = '" + DirectoryBulkLoad.MARK + "'"));
	}

	private void measure(int size, List<Spec> specs, double loadSeconds, String loadDuringLoad) throws Exception {
		StringBuilder report = new StringBuilder();
		long services = this.directory.countServices();
		report.append(
				"\n## %,d generated services (%,d in the database), %s\n\n".formatted(size, services, Instant.now()));
		report.append("- machine: %d processors, %s; load average before loading: %s\n"
			.formatted(Runtime.getRuntime().availableProcessors(), cpuModel(), loadDuringLoad));
		report.append("- load: %.1f s with COPY on %d connections (%,.0f services/s), database %s, service table %s\n"
			.formatted(loadSeconds, LOAD_CONNECTIONS, size / loadSeconds,
					sql("select pg_size_pretty(pg_database_size(current_database()))"),
					sql("select pg_size_pretty(pg_total_relation_size('service'))")));
		System.out.print(report);
		// Every search computed (there is no cache of results: issue 17).
		Map<String, String> themeIds = new LinkedHashMap<>();
		this.directory.themes().forEach((theme) -> themeIds.put(theme.code(), theme.id().toString()));
		List<String> api = specs.stream().map((spec) -> apiUrl(spec, themeIds)).toList();
		List<String> page = specs.stream().map(this::pageUrl).toList();

		// Warm up: every search once through each door.
		for (int i = 0; i < specs.size(); i++) {
			get(api.get(i));
			if (!QUICK) {
				get(page.get(i));
			}
		}

		// What each search finds and the statements it runs, from the application's own
		// code.
		CapturingDataSource capturing = new CapturingDataSource(this.dataSource);
		DirectoryStore capturingStore = new DirectoryStore(JdbcClient.create(capturing), this.json);
		// A second engine, fed through the recording data source: what it reads at each
		// search (the version, the changes, the page's rows) is what is measured.
		ServiceSearch search = new ServiceSearch(JdbcClient.create(capturing), capturingStore, this.territory,
				this.places);
		long indexStarted = System.nanoTime();
		search.rebuild();
		System.out.printf("Search index built from PostgreSQL: %d services in %d ms%n", this.directory.countServices(),
				(System.nanoTime() - indexStarted) / 1_000_000);
		capturing.drain();
		List<Measure> measures = new ArrayList<>();
		for (Spec spec : specs) {
			Measure measure = new Measure();
			capturing.drain();
			if (spec.theme() != null) {
				capturingStore.themes();
			}
			// As the HSDS API runs it (DirectoryService.find): without the counts per
			// theme.
			SearchResults results = search.search(query(spec, false), false);
			measure.apiStatements = capturing.drain();
			measure.approximate = results.approximate();
			measure.total = results.total();
			if (!QUICK) {
				capturingStore.themes();
				search.search(query(spec, true));
			}
			measure.pageStatements = capturing.drain();
			measures.add(measure);
		}

		// Time inside PostgreSQL: EXPLAIN ANALYZE of every statement, median of three.
		// Each search's statements in one transaction, as the application runs them (its
		// transaction-local settings, set_config(..., true), then hold).
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			for (Measure measure : measures) {
				for (Captured statement : measure.apiStatements) {
					double ms = explain(connection, statement);
					measure.apiDb += ms;
					measure.apiStatementTimes.merge(statementKind(statement.sql()), ms, Double::sum);
				}
				connection.commit();
				for (Captured statement : measure.pageStatements) {
					measure.pageDb += explain(connection, statement);
				}
				connection.commit();
			}
		}

		System.out.println("progress: database time p50/p95 %.1f / %.1f ms".formatted(
				median(measures.stream().mapToDouble((m) -> m.apiDb).sorted().toArray()),
				percentile(measures.stream().mapToDouble((m) -> m.apiDb).sorted().toArray(), 95)));
		// One client: each search three times through the API, median.
		for (int i = 0; i < specs.size(); i++) {
			double[] times = new double[3];
			for (int r = 0; r < times.length; r++) {
				long start = System.nanoTime();
				get(api.get(i));
				times[r] = (System.nanoTime() - start) / 1e6;
				if (r == 0 && (QUICK || times[0] > SLOW)) {
					times[1] = times[0];
					break;
				}
			}
			Arrays.sort(times);
			measures.get(i).apiSequential = (times[0] == 0) ? times[2] : times[1];
		}

		System.out.println("progress: 1 client p50/p95 %.1f / %.1f ms".formatted(
				median(measures.stream().mapToDouble((m) -> m.apiSequential).sorted().toArray()),
				percentile(measures.stream().mapToDouble((m) -> m.apiSequential).sorted().toArray(), 95)));
		String loadBefore = loadAverage();
		Run apiRun = concurrent(api, CLIENTS, REQUESTS);
		System.out.println("progress: API %d clients p50/p95 %.1f / %.1f ms".formatted(CLIENTS,
				percentile(apiRun.sorted(), 50), percentile(apiRun.sorted(), 95)));
		Run jdbcRun = replay(measures, CLIENTS, REQUESTS);
		Run pageRun = QUICK ? new Run(new double[0], new int[0], 1, 0) : concurrent(page, CLIENTS, REQUESTS / 2);
		String loadAfter = loadAverage();

		double[] apiDb = measures.stream().mapToDouble((m) -> m.apiDb).sorted().toArray();
		double[] pageDb = measures.stream().mapToDouble((m) -> m.pageDb).sorted().toArray();
		double[] sequential = measures.stream().mapToDouble((m) -> m.apiSequential).sorted().toArray();
		double[] ratios = measures.stream().mapToDouble((m) -> m.apiSequential / m.apiDb).sorted().toArray();
		double sumSequential = measures.stream().mapToDouble((m) -> m.apiSequential).sum();
		double sumDb = measures.stream().mapToDouble((m) -> m.apiDb).sum();
		long approximate = measures.stream().filter((m) -> m.approximate).count();
		double statements = measures.stream().mapToInt((m) -> m.apiStatements.size()).average().orElse(0);

		report.append(("- mix: %d searches (%s), %d fell back to similar spellings; %.1f statements per API search;"
				+ " median hits %,.0f\n")
			.formatted(specs.size(), mixSummary(specs), approximate, statements,
					median(measures.stream().mapToDouble((m) -> m.total).sorted().toArray())));
		report.append("- load average during the measured runs: %s (before), %s (after)\n\n".formatted(loadBefore,
				loadAfter));
		report.append("| measure | p50 | p95 | p99 | mean | throughput |\n|---|---|---|---|---|---|\n");
		report.append(line("API, 1 client (median of 3 per search)", sequential, 0));
		report.append(line("API, inside PostgreSQL (EXPLAIN ANALYZE, sum of its statements)", apiDb, 0));
		report.append(line("API, %d concurrent clients".formatted(CLIENTS), apiRun.sorted(), apiRun.throughput()));
		report.append(line("same statements over JDBC, %d concurrent connections".formatted(CLIENTS), jdbcRun.sorted(),
				jdbcRun.throughput()));
		if (!QUICK) {
			report.append(line("search page (HTML, language filter), %d concurrent clients".formatted(CLIENTS),
					pageRun.sorted(), pageRun.throughput()));
			report.append(line("search page, inside PostgreSQL", pageDb, 0));
		}
		report.append("\n%d distinct searches in the mix.\n".formatted(specs.stream().distinct().count()));
		report.append(("\nRequest / database: %.2f (sum of 1-client API medians / sum of EXPLAIN times); per search"
				+ " median %.2f, p95 %.2f. Under %d clients: API p50 / JDBC p50 = %.2f, p95 / p95 = %.2f.\n")
			.formatted(sumSequential / sumDb, median(ratios), percentile(ratios, 95), CLIENTS,
					percentile(apiRun.sorted(), 50) / percentile(jdbcRun.sorted(), 50),
					percentile(apiRun.sorted(), 95) / percentile(jdbcRun.sorted(), 95)));
		report.append("\nBy kind of search (API, %d clients, p50 / p95 ms; database p50 ms):\n\n".formatted(CLIENTS));
		for (String group : List.of("fr", "nl", "name", "typo", "browse", "place:none", "place:postcode",
				"place:commune", "place:bassin", "theme", "no theme")) {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < specs.size(); i++) {
				if (in(group, specs.get(i))) {
					members.add(i);
				}
			}
			double[] latencies = apiRun.of(members);
			double[] db = members.stream().mapToDouble((i) -> measures.get(i).apiDb).sorted().toArray();
			report.append("- %s (%d): %.1f / %.1f; database %.1f\n".formatted(group, members.size(),
					percentile(latencies, 50), percentile(latencies, 95), percentile(db, 50)));
		}
		report.append("\nSlowest searches inside PostgreSQL (ms by statement):\n\n");
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(measures.get(b).apiDb, measures.get(a).apiDb));
		for (int i : order.subList(0, 8)) {
			Measure m = measures.get(i);
			report.append("- %.1f ms, %,d hits: %s — %s\n".formatted(m.apiDb, m.total, specs.get(i).label(),
					m.apiStatementTimes.entrySet()
						.stream()
						.map((e) -> e.getKey() + " %.1f".formatted(e.getValue()))
						.reduce((x, y) -> x + ", " + y)
						.orElse("")));
		}
		Measure slowest = measures.get(order.get(0));
		Captured heaviest = null;
		double heaviestTime = -1;
		for (Captured statement : slowest.apiStatements) {
			double time = timeOf(slowest, statement);
			if (time > heaviestTime) {
				heaviest = statement;
				heaviestTime = time;
			}
		}
		report.append("\nPlan of the heaviest statement of the slowest search:\n\n```\n")
			.append(plan(slowest, heaviest))
			.append("```\n");
		String text = report.toString();
		System.out.println(text);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		assertThat(apiRun.errors()).isZero();
		assertThat(pageRun.errors()).isZero();
		assertThat(measures.stream().filter((m) -> m.total > 0).count()).isGreaterThan(specs.size() / 2);
	}

	private double timeOf(Measure measure, Captured statement) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			settings(connection, measure);
			double time = explain(connection, statement);
			connection.rollback();
			return time;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean in(String group, Spec spec) {
		return switch (group) {
			case "theme" -> spec.theme() != null;
			case "no theme" -> spec.theme() == null;
			default -> group.startsWith("place:") ? spec.place().equals(group.substring(6)) : spec.kind().equals(group);
		};
	}

	private static String statementKind(String sql) {
		String s = sql.strip();
		if (s.startsWith("with hits")) {
			return "ranked page";
		}
		if (s.contains("as proximity")) {
			return "hits of a score";
		}
		if (s.contains("where s.id in (")) {
			return "page's rows";
		}
		if (s.contains("from search_word")) {
			return "vocabulary";
		}
		if (s.contains("set_config(")) {
			return "settings";
		}
		if (s.contains("search_synonym")) {
			return "synonyms";
		}
		if (s.contains("group by t.code") || s.contains("unnest(s.theme_codes)")) {
			return "facets";
		}
		if (s.startsWith("select count(*)") || s.startsWith("select n.c as names")) {
			return "count";
		}
		if (s.contains("taxonomy_term")) {
			return "themes";
		}
		return "other";
	}

	private static String mixSummary(List<Spec> specs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Spec spec : specs) {
			counts.merge(spec.kind(), 1, Integer::sum);
			counts.merge("place " + spec.place(), 1, Integer::sum);
			if (spec.theme() != null) {
				counts.merge("theme filter", 1, Integer::sum);
			}
			if (spec.language() != null) {
				counts.merge("language filter (page)", 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.map((e) -> e.getKey() + " " + e.getValue())
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	private static String line(String label, double[] sorted, double throughput) {
		return "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |\n".formatted(label, percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0),
				(throughput > 0) ? "%.0f/s".formatted(throughput) : "");
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
	}

	static double median(double[] sorted) {
		return percentile(sorted, 50);
	}

	/** Search requests issued by concurrent clients: latency of each, by search. */
	record Run(double[] latencies, int[] spec, double seconds, int errors) {

		double[] sorted() {
			double[] copy = this.latencies.clone();
			Arrays.sort(copy);
			return copy;
		}

		double throughput() {
			return this.latencies.length / this.seconds;
		}

		double[] of(List<Integer> specs) {
			List<Double> values = new ArrayList<>();
			for (int i = 0; i < this.latencies.length; i++) {
				if (specs.contains(this.spec[i])) {
					values.add(this.latencies[i]);
				}
			}
			return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		}

	}

	/**
	 * A shuffled sequence of {@code total} searches over the mix, the same for every run.
	 */
	private static int[] sequence(int specs, int total) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			order.add(i % specs);
		}
		Collections.shuffle(order, new Random(7));
		return order.stream().mapToInt(Integer::intValue).toArray();
	}

	private Run concurrent(List<String> urls, int clients, int total) throws Exception {
		int[] sequence = sequence(urls.size(), total);
		double[] latencies = new double[total];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long begin = System.nanoTime();
					if (get(urls.get(sequence[i])) != 200) {
						errors.incrementAndGet();
					}
					latencies[i] = (System.nanoTime() - begin) / 1e6;
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Run(latencies, sequence, seconds, errors.get());
	}

	/**
	 * The captured statements of each search replayed over JDBC, as the API runs them.
	 */
	private Run replay(List<Measure> measures, int clients, int total) throws Exception {
		int[] sequence = sequence(measures.size(), total);
		double[] latencies = new double[total];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				try (Connection connection = this.dataSource.getConnection()) {
					connection.setAutoCommit(false);
					for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
						long begin = System.nanoTime();
						for (Captured statement : measures.get(sequence[i]).apiStatements) {
							try (PreparedStatement prepared = statement.prepare(connection, "");
									ResultSet rows = prepared.executeQuery()) {
								while (rows.next()) {
									rows.getString(1);
								}
							}
						}
						connection.commit();
						latencies[i] = (System.nanoTime() - begin) / 1e6;
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Run(latencies, sequence, seconds, 0);
	}

	private static final Pattern PLANNING = Pattern.compile("\"Planning Time\": ([0-9.]+)");

	private static final Pattern EXECUTION = Pattern.compile("\"Execution Time\": ([0-9.]+)");

	/** Beyond this many ms a measure is taken once rather than three times. */
	private static final double SLOW = 200;

	/**
	 * Planning and execution time of a statement in ms, median of three (once if slow).
	 */
	private static double explain(Connection connection, Captured statement) throws SQLException {
		double[] times = new double[3];
		for (int r = 0; r < times.length; r++) {
			if (r == 1 && (QUICK || times[0] > SLOW)) {
				return times[0];
			}
			try (PreparedStatement prepared = statement.prepare(connection,
					"explain (analyze, timing off, serialize text, format json) ");
					ResultSet rows = prepared.executeQuery()) {
				rows.next();
				String plan = rows.getString(1);
				times[r] = number(PLANNING, plan) + number(EXECUTION, plan);
			}
		}
		Arrays.sort(times);
		return times[1];
	}

	/** The transaction-local settings a search made before its statements. */
	private static void settings(Connection connection, Measure measure) throws SQLException {
		for (Captured statement : measure.apiStatements) {
			if (statement.sql().startsWith("select set_config")) {
				try (PreparedStatement prepared = statement.prepare(connection, "");
						ResultSet rows = prepared.executeQuery()) {
					rows.next();
				}
			}
		}
	}

	private String plan(Measure measure, Captured statement) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			settings(connection, measure);
			String plan = plan(connection, statement);
			connection.rollback();
			return plan;
		}
	}

	private static String plan(Connection connection, Captured statement) throws SQLException {
		try (PreparedStatement prepared = statement.prepare(connection, "explain (analyze, buffers) ");
				ResultSet rows = prepared.executeQuery()) {
			StringBuilder plan = new StringBuilder();
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
			return plan.toString();
		}
	}

	private static double number(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private String sql(String query) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** The query the API (or the search page) builds for a search of the mix. */
	private SearchQuery query(Spec spec, boolean page) {
		Place place = this.places.resolve(spec.place().equals("postcode") ? spec.placeValue() : null,
				spec.place().equals("commune") ? spec.placeValue() : null,
				spec.place().equals("bassin") ? spec.placeValue() : null, null, null);
		return new SearchQuery(spec.text(), spec.theme(), page ? spec.language() : null, false, null, place, null, null,
				0, PAGE_SIZE);
	}

	private String apiUrl(Spec spec, Map<String, String> themeIds) {
		StringBuilder url = new StringBuilder("/api/hsds/services?per_page=" + PAGE_SIZE + "&lang=" + spec.lang());
		param(url, "search", spec.text());
		param(url, spec.place(), spec.placeValue());
		param(url, "taxonomy_term_id", (spec.theme() != null) ? themeIds.get(spec.theme()) : null);
		return url.toString();
	}

	private String pageUrl(Spec spec) {
		StringBuilder url = new StringBuilder("/repertoire?lang=" + spec.lang());
		param(url, "q", spec.text());
		param(url, spec.place(), spec.placeValue());
		param(url, "theme", spec.theme());
		param(url, "language", spec.language());
		return url.toString();
	}

	private static void param(StringBuilder url, String name, String value) {
		if (value != null && !name.equals("none")) {
			url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	/**
	 * One GET on loopback, its body read whole, over a blocking {@link HttpURLConnection}
	 * kept alive between requests of the same client thread (as wrk or ab would load a
	 * server). The JDK's {@code java.net.http.HttpClient} used before spent more CPU than
	 * the server itself on this 2-core machine, so that the clients measured themselves.
	 */
	private int get(String path) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + this.port + path)
			.toURL()
			.openConnection();
		connection.setConnectTimeout(5000);
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.readAllBytes();
			}
		}
		return status;
	}

	/** A reproducible mix of searches in French and Dutch, with and without filters. */
	static List<Spec> specs(Random random) {
		List<SyntheticDirectory.Commune> communes = SyntheticDirectory.communes();
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < SPECS; i++) {
			int roll = random.nextInt(100);
			String kind = (roll < 38) ? "fr"
					: (roll < 66) ? "nl" : (roll < 74) ? "name" : (roll < 90) ? "typo" : "browse";
			String text = switch (kind) {
				case "fr" -> pick(random, FRENCH);
				case "nl" -> pick(random, DUTCH);
				case "name" -> pick(random, NAMES);
				case "typo" -> pick(random, TYPOS);
				default -> null;
			};
			String lang = (kind.equals("nl") || (!kind.equals("fr") && random.nextInt(3) == 0)) ? "nl" : "fr";
			int where = random.nextInt(100);
			SyntheticDirectory.Commune commune = pick(random, communes);
			String place = (where < 35) ? "none" : (where < 60) ? "postcode" : (where < 80) ? "commune" : "bassin";
			String placeValue = switch (place) {
				case "postcode" -> commune.postcode();
				case "commune" -> commune.nis();
				case "bassin" -> pick(random, BASSINS);
				default -> null;
			};
			String theme = (kind.equals("browse") || random.nextInt(100) < 15) ? pick(random, THEMES) : null;
			String language = (random.nextInt(100) < 15) ? pick(random, LANGUAGES) : null;
			specs.add(new Spec(kind, text, lang, place, placeValue, theme, language));
		}
		return specs;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
