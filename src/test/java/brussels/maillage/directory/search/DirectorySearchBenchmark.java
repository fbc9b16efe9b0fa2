package brussels.maillage.directory.search;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.directory.demo.SyntheticDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of the directory's search (issue 17) on large synthetic directories: loads N
 * services with PostgreSQL {@code COPY}, times the search index's build (in the running
 * application, into a folder, and its reopening at a restart), then sends searches over
 * HTTP on loopback to the HSDS API and the search page, from one client and from several
 * concurrent clients. Every request of the measured runs is a different search (words,
 * place, theme, language), so that nothing is served from a cache of results: each is a
 * first-time search. Each answer carries the server's own times in a
 * {@code Server-Timing} header ({@code engine}: the Lucene search; {@code search}: the
 * whole search, with the change-log check and the page's rows from PostgreSQL), which are
 * set against the request's time on the client.
 * <p>
 * Excluded from the normal build. Run it alone, with Java assertions off (surefire turns
 * them on, and Lucene's own assertions then cost more than the searches):
 * {@code ./mvnw test -Dtest=DirectorySearchBenchmark -Dtest.excludedGroups=none -DenableAssertions=false},
 * with {@code -Dbenchmark.directory.sizes=100000,1000000} (cumulative sizes, default
 * 100,000), {@code -Dbenchmark.directory.clients=8},
 * {@code -Dbenchmark.directory.requests=1600} (requests per concurrent run). With
 * {@code -Dbenchmark.directory.keep=true} and a persistent database
 * ({@code -Dmaillage.data-dir=... -Dmaillage.database.ephemeral=false}) the loaded
 * services stay for the next run, which loads only what is missing. Figures are printed
 * and appended to {@code target/benchmarks/directory-search.md}; no timed assertion.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The application's index in a folder (memory-mapped), as in production, not in
		// memory as with the throw-away test database.
		properties = "maillage.directory.search.index-folder=${java.io.tmpdir}/maillage-benchmark-index-${random.uuid}")
class DirectorySearchBenchmark {

	private static final long SEED = 5_000_000L;

	private static final int SEED_OFFSET = Integer.getInteger("benchmark.directory.seedOffset", 0);

	static {
		// Keep-alive connections kept per server: one per client (the default is 5).
		System.setProperty("http.maxConnections", "64");
	}

	private static final int PAGE_SIZE = 20;

	private static final int CLIENTS = Integer.getInteger("benchmark.directory.clients", 8);

	private static final int REQUESTS = Integer.getInteger("benchmark.directory.requests", 1600);

	private static final int SEQUENTIAL = Integer.getInteger("benchmark.directory.sequential", 300);

	private static final int WARMUP = Integer.getInteger("benchmark.directory.warmup", 600);

	private static final boolean KEEP = Boolean.getBoolean("benchmark.directory.keep");

	private static final int LOAD_CONNECTIONS = Integer.getInteger("benchmark.directory.loadConnections", 2);

	private static final Path REPORT = Path.of("target", "benchmarks", "directory-search.md");

	static final List<String> FRENCH = List.of("aide familiale", "soins infirmiers à domicile", "soins palliatifs",
			"santé mentale", "psychologue", "maison médicale", "médecin généraliste", "repas à domicile",
			"maison de repos", "centre de jour", "aidants proches", "planning familial", "sans abri", "logement",
			"mutualité", "aide médicale urgente", "diabète", "assuétudes", "CPAS", "SSM", "AMU",
			"garde de médecine générale", "deuil", "infirmière", "sante mentale", "diabete", "medecin generaliste",
			"accompagnement des personnes âgées", "expulsion logement", "prise de sang sans rendez-vous");

	static final List<String> DUTCH = List.of("gezinszorg", "thuisverpleging", "palliatieve zorg",
			"geestelijke gezondheid", "eerstelijnspsycholoog", "wijkgezondheidscentrum", "huisarts",
			"maaltijden aan huis", "woonzorgcentrum", "dagverzorgingscentrum", "mantelzorgers", "gezinsplanning",
			"daklozen", "huisvesting", "ziekenfonds", "dringende medische hulp", "diabetes", "verslaving", "OCMW",
			"CGG", "rouw", "huisartsenwachtdienst", "verpleegkundige", "ouderen", "drughulpverlening",
			"thuiszorg voor ouderen");

	static final List<String> NAMES = List.of("La Boussole", "De Brug", "Colibri", "Le Phare Uccle",
			"Het Anker Schaarbeek", "Les Glycines", "Maison Ouverte", "Springplank", "Lanterne du Canal",
			"Trefpunt Jette");

	static final List<String> TYPOS = List.of("paliatif", "psycologue", "thuisverpelging", "diabtete", "mantelzrogers",
			"logemnet", "woonzrogcentrum", "gezinzorg", "maizon medicale", "aidnats proches", "verslavnig",
			"plannig familial", "huisats", "infirmiere a domicille");

	static final List<String> THEMES = List.of("home_care", "family_help", "home_nursing", "palliative",
			"mental_health", "psychologist", "housing", "homelessness", "seniors", "nursing_homes", "general_practice",
			"medical_house", "social_services", "diabetes", "carers", "addictions");

	static final List<String> LANGUAGES = List.of("fr", "nl", "en", "ar", "tr");

	static final List<String> BASSINS = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	DirectoryService directory;

	@Autowired
	ServiceSearch search;

	@Autowired
	PlaceResolver places;

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	/** Every search sent so far: none is sent twice. */
	private final Set<String> sent = new HashSet<>();

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

		Spec withoutLanguage() {
			return new Spec(this.kind, this.text, this.lang, this.place, this.placeValue, this.theme, null);
		}

	}

	/** One request: its time on the client, and the server's own times. */
	record Timed(Spec spec, double request, double engine, double search, boolean ok) {
	}

	@Test
	void searchesUnderConcurrentClients() throws Exception {
		List<Integer> sizes = Arrays.stream(System.getProperty("benchmark.directory.sizes", "100000").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.sorted()
			.toList();
		DirectoryBulkLoad load = new DirectoryBulkLoad(this.dataSource, this.store);
		int loaded = KEEP ? (int) bulkLoaded() : 0;
		try {
			for (int i = 0; i < sizes.size(); i++) {
				int size = sizes.get(i);
				String loadAverage = loadAverage();
				long start = System.nanoTime();
				if (size > loaded) {
					load.load(SEED + SEED_OFFSET + i, size - loaded, LOAD_CONNECTIONS);
				}
				double loadSeconds = (System.nanoTime() - start) / 1e9;
				int added = Math.max(0, size - loaded);
				loaded = Math.max(loaded, size);
				measure(size, added, loadSeconds, loadAverage);
			}
		}
		finally {
			if (!KEEP) {
				load.remove();
			}
		}
		if (!KEEP) {
			assertThat(bulkLoaded()).isZero();
		}
	}

	/** Services loaded by the bulk load (an earlier kept run included). */
	private long bulkLoaded() throws SQLException {
		return Long.parseLong(sql("select count(*) from service s join organization o on o.id = s.organization_id"
				+ " where o.created_at = '" + DirectoryBulkLoad.MARK + "'"));
	}

	private void measure(int size, int added, double loadSeconds, String loadDuringLoad) throws Exception {
		StringBuilder report = new StringBuilder();
		long services = this.directory.countServices();
		report.append(
				"\n## %,d generated services (%,d in the database), %s\n\n".formatted(size, services, Instant.now()));
		report.append("- machine: %d processors (nproc), %s, %s memory, Java %s; load average before loading: %s\n"
			.formatted(Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
					System.getProperty("java.version"), loadDuringLoad));
		if (added > 0) {
			report.append("- load: %,d services in %.1f s with COPY on %d connections (%,.0f services/s)\n"
				.formatted(added, loadSeconds, LOAD_CONNECTIONS, added / loadSeconds));
		}
		report.append("- database %s, service table %s\n".formatted(
				sql("select pg_size_pretty(pg_database_size(current_database()))"),
				sql("select pg_size_pretty(pg_total_relation_size('service'))")));
		System.out.print(report);
		report.append(build());
		System.out.print(report);

		Map<String, String> themeIds = new LinkedHashMap<>();
		this.directory.themes().forEach((theme) -> themeIds.put(theme.code(), theme.id().toString()));
		Random random = new Random(SEED + size);
		// Warm-up (the JIT, Lucene's filter caches), not counted: other searches.
		List<Spec> warm = specs(random, WARMUP);
		concurrent(warm, (spec) -> apiUrl(spec, themeIds), CLIENTS);
		concurrent(warm.subList(0, warm.size() / 2), this::pageUrl, CLIENTS);

		long cpu = cpu();
		List<Timed> sequential = concurrent(specs(random, SEQUENTIAL), (spec) -> apiUrl(spec, themeIds), 1);
		double sequentialCpu = (cpu() - cpu) / 1e6 / sequential.size();
		String loadBefore = loadAverage();
		long started = System.nanoTime();
		cpu = cpu();
		List<Timed> api = concurrent(specs(random, REQUESTS), (spec) -> apiUrl(spec, themeIds), CLIENTS);
		double apiSeconds = (System.nanoTime() - started) / 1e9;
		double apiCpu = (cpu() - cpu) / 1e6 / api.size();
		String loadMiddle = loadAverage();
		started = System.nanoTime();
		cpu = cpu();
		List<Timed> page = concurrent(specs(random, REQUESTS / 2), this::pageUrl, CLIENTS);
		double pageSeconds = (System.nanoTime() - started) / 1e9;
		double pageCpu = (cpu() - cpu) / 1e6 / page.size();
		String loadAfter = loadAverage();

		report.append("- load average before / between / after the concurrent runs: %s / %s / %s\n"
			.formatted(loadBefore, loadMiddle, loadAfter));
		report.append(("- CPU of this JVM (server and clients; PostgreSQL apart) per request: API 1 client %.1f ms,"
				+ " API %d clients %.1f ms, search page %.1f ms\n\n")
			.formatted(sequentialCpu, CLIENTS, apiCpu, pageCpu));
		report.append("Every request a different search (first time asked). ms:\n\n");
		report.append("| run | requests | request p50 / p95 / p99 | engine p50 / p95 | whole search p50 / p95 "
				+ "| request / engine (sums) | throughput |\n|---|---|---|---|---|---|---|\n");
		report.append(row("API, 1 client", sequential, 0));
		report.append(row("API, %d clients".formatted(CLIENTS), api, api.size() / apiSeconds));
		report.append(row("search page, %d clients".formatted(CLIENTS), page, page.size() / pageSeconds));
		report.append("\nAPI, %d clients, by kind (request p50 / p95; engine p50 / p95):\n\n".formatted(CLIENTS));
		for (String group : List.of("fr", "nl", "name", "typo", "browse", "place:none", "place:postcode",
				"place:commune", "place:bassin", "theme")) {
			List<Timed> members = api.stream().filter((t) -> in(group, t.spec())).toList();
			report.append("- %s (%d): %.1f / %.1f; %.1f / %.1f\n".formatted(group, members.size(),
					pct(members, Timed::request, 50), pct(members, Timed::request, 95), pct(members, Timed::engine, 50),
					pct(members, Timed::engine, 95)));
		}
		report.append("\nSlowest API searches (request; engine; whole search):\n\n");
		api.stream()
			.sorted((a, b) -> Double.compare(b.request(), a.request()))
			.limit(8)
			.forEach((t) -> report
				.append("- %.1f; %.1f; %.1f ms: %s\n".formatted(t.request(), t.engine(), t.search(), t.spec())));
		String text = report.toString();
		System.out.println(text);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		assertThat(api).allMatch(Timed::ok);
		assertThat(page).allMatch(Timed::ok);
		assertThat(sequential).allMatch(Timed::ok);
	}

	/**
	 * The index built in the running application, then into a folder of its own, then
	 * that folder reopened as at a restart.
	 */
	private String build() throws Exception {
		StringBuilder out = new StringBuilder();
		// The application's own index catches up with the services just loaded first (its
		// background refresh would otherwise rebuild it during the build timed below).
		long caughtUp = System.nanoTime();
		this.search.refresh();
		out.append("- the application's index brought up to date with the load: %.1f s\n"
			.formatted((System.nanoTime() - caughtUp) / 1e9));
		out.append("- the application's index: %s, %,d services, %s at its start\n".formatted(this.search.storage(),
				this.search.size(), this.search.made()));
		long start;
		Path folder = Files.createTempDirectory("search-index-benchmark");
		try {
			ServiceSearch first = new ServiceSearch(this.dataSource, this.store, this.territory, this.places, folder);
			start = System.nanoTime();
			long cpu = cpu();
			first.refresh();
			double built = (System.nanoTime() - start) / 1e9;
			double builtCpu = (cpu() - cpu) / 1e9;
			first.close();
			ServiceSearch second = new ServiceSearch(this.dataSource, this.store, this.territory, this.places, folder);
			start = System.nanoTime();
			second.refresh();
			double reopened = (System.nanoTime() - start) / 1e9;
			out.append(("- index build at a first start, into a folder: %.1f s (%.1f s of CPU in this JVM);"
					+ " start again on that folder (%s, current with the change log): %.2f s, %,d services, %s on"
					+ " disk\n")
				.formatted(built, builtCpu, second.made(), reopened, second.size(), megabytes(folder)));
			second.close();
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
		return out.toString();
	}

	/** CPU time of this JVM (server and clients), ns. */
	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static String megabytes(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
			return "%.0f MB".formatted(bytes / 1e6);
		}
	}

	private static String row(String label, List<Timed> timed, double throughput) {
		double requests = timed.stream().mapToDouble(Timed::request).sum();
		double engine = timed.stream().mapToDouble(Timed::engine).sum();
		return "| %s | %d | %.1f / %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.2f | %s |\n".formatted(label,
				timed.size(), pct(timed, Timed::request, 50), pct(timed, Timed::request, 95),
				pct(timed, Timed::request, 99), pct(timed, Timed::engine, 50), pct(timed, Timed::engine, 95),
				pct(timed, Timed::search, 50), pct(timed, Timed::search, 95), requests / engine,
				(throughput > 0) ? "%.0f/s".formatted(throughput) : "");
	}

	static double pct(List<Timed> timed, java.util.function.ToDoubleFunction<Timed> value, double p) {
		double[] sorted = timed.stream().mapToDouble(value).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
	}

	private static boolean in(String group, Spec spec) {
		return switch (group) {
			case "theme" -> spec.theme() != null;
			default -> group.startsWith("place:") ? spec.place().equals(group.substring(6)) : spec.kind().equals(group);
		};
	}

	private List<Timed> concurrent(List<Spec> specs, Function<Spec, String> url, int clients) throws Exception {
		Timed[] timed = new Timed[specs.size()];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < specs.size(); i = next.getAndIncrement()) {
					timed[i] = get(specs.get(i), url.apply(specs.get(i)));
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return List.of(timed);
	}

	/**
	 * One GET on loopback, its body read whole, over a blocking {@link HttpURLConnection}
	 * kept alive between requests of the same client thread (as wrk or ab would load a
	 * server; the JDK's {@code HttpClient} spent more CPU than the server on 2 cores).
	 */
	private Timed get(Spec spec, String path) throws IOException {
		long begin = System.nanoTime();
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
		double request = (System.nanoTime() - begin) / 1e6;
		double engine = 0;
		double search = 0;
		List<String> timings = connection.getHeaderFields().getOrDefault("Server-Timing", List.of());
		for (String header : timings) {
			for (String metric : header.split(",")) {
				String[] parts = metric.strip().split(";dur=");
				if (parts.length == 2) {
					double ms = Double.parseDouble(parts[1]);
					if (parts[0].equals("engine")) {
						engine += ms;
					}
					else if (parts[0].equals("search")) {
						search += ms;
					}
				}
			}
		}
		return new Timed(spec, request, engine, search, status == 200 && !timings.isEmpty());
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
	 * {@code count} searches of the mix, none asked before in this run: French and Dutch
	 * words and acronyms, organisation names, mistyped words, browsing; a third without a
	 * place, the others with a postcode, a commune or a bassin; some with a theme, and
	 * (search page) a language.
	 */
	private List<Spec> specs(Random random, int count) {
		List<SyntheticDirectory.Commune> communes = SyntheticDirectory.communes();
		List<Spec> specs = new ArrayList<>();
		while (specs.size() < count) {
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
			Spec spec = new Spec(kind, text, lang, place, placeValue, theme, language);
			// The API does not read the language filter: it is part of the key only for
			// the search page.
			if (this.sent.add(spec.toString()) && this.sent.add("api " + spec.withoutLanguage())) {
				specs.add(spec);
			}
		}
		return specs;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String sql(String query) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
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

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal"))
				.map((line) -> "%.0f GiB".formatted(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0))
				.findFirst()
				.orElse("unknown");
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
