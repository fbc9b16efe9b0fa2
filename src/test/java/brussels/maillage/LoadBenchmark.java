package brussels.maillage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load benchmark (issue 23): starts the packaged application
 * ({@code target/maillage.jar}, build it first with {@code ./mvnw -DskipTests package})
 * as a child process with the JDK that runs this test, a fresh data folder in the
 * system's temporary folder, a free port, demo data on and rate limits off, then lets
 * {@code benchmark.load.users} simulated users (virtual threads, default 200) work for
 * {@code benchmark.load.seconds} (default 300) after {@code benchmark.load.warmup}
 * seconds of warm-up (default 20). Nine users in ten are the public (directory searches
 * as pages and through the HSDS API, service pages, the agenda, registrations for events
 * through the API, each with its own e-mail), one in ten is staff of the Nord helpdesk
 * line (signed in through the login form: the request form, a saved request, the
 * dashboard, the helpdesk's home). Each user waits {@code benchmark.load.think}
 * milliseconds (default 1000, drawn uniformly between half and one and a half times)
 * between two requests.
 * <p>
 * It prints p50/p95/p99 per kind of request and overall, the errors (an answer other than
 * 2xx/3xx, a failed connection, a form answered with its errors), and the server's
 * resident memory and heap at start, middle and end. With
 * {@code -Dbenchmark.load.kill=true} the server is killed with SIGKILL in the middle and
 * started again on the same data folder; users retry what failed while it was down;
 * afterwards every acknowledged write (registrations answered 201, helpdesk requests
 * answered with a redirect to the saved request) is looked up in the embedded PostgreSQL.
 */
@Tag("benchmark")
class LoadBenchmark {

	static {
		// Keep-alive connections for every simulated user (the default keeps five).
		System.setProperty("http.maxConnections", "400");
	}

	private static final Pattern SERVICE_LINK = Pattern.compile("/repertoire/services/([0-9a-f-]{36})");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SAVED = Pattern.compile("/staff/helpdesk/requests/(\\d+)$");

	private static final List<String> WORDS = List.of("aide familiale", "soins à domicile", "santé mentale",
			"thuisverpleging", "diabète", "logement", "infirmier", "kinésithérapie", "psychologue", "gezinshulp",
			"aide alimentaire", "maison médicale", "soins palliatifs", "huisarts", "repas à domicile");

	private static final List<String> POSTCODES = List.of("1000", "1030", "1040", "1050", "1060", "1070", "1080",
			"1090", "1120", "1140", "1180", "1190", "1200", "1210");

	private static final String STAFF_EMAIL = "nord@demo.maillage.brussels";

	private static final String STAFF_PASSWORD = "demo-maillage-2026";

	private final int users = Integer.getInteger("benchmark.load.users", 200);

	private final int seconds = Integer.getInteger("benchmark.load.seconds", 300);

	private final int warmup = Integer.getInteger("benchmark.load.warmup", 20);

	private final int think = Integer.getInteger("benchmark.load.think", 1000);

	private final boolean kill = Boolean.getBoolean("benchmark.load.kill");

	private final String run = Long.toString(System.currentTimeMillis(), 36);

	private final AtomicLong emails = new AtomicLong();

	private volatile boolean measuring;

	private volatile boolean serverDown;

	private volatile long end = Long.MAX_VALUE;

	private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

	private final AtomicInteger outageRetries = new AtomicInteger();

	private final AtomicInteger relogins = new AtomicInteger();

	/** Registrations answered 201: event id and e-mail. */
	private final ConcurrentLinkedQueue<String[]> registered = new ConcurrentLinkedQueue<>();

	/** Helpdesk requests answered with a redirect to the saved request. */
	private final ConcurrentLinkedQueue<Long> savedRequests = new ConcurrentLinkedQueue<>();

	private Path dataDir;

	private Path logFile;

	private int port;

	private Process server;

	private List<String> serviceIds = List.of();

	private List<String> eventIds = List.of();

	@Test
	void usersWorkOnTheServer() throws Exception {
		Path jar = Path.of("target", "maillage.jar");
		assertThat(jar).as("build the jar first: ./mvnw -B -DskipTests package").exists();
		this.dataDir = Files.createTempDirectory("maillage-load-data");
		// Readable by the user PostgreSQL runs as when this runs as root (as
		// bench/startup.sh does).
		this.dataDir.toFile().setReadable(true, false);
		this.dataDir.toFile().setExecutable(true, false);
		this.logFile = Files.createTempFile("maillage-load", ".log");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		System.out.printf("load: %d users, %d s (+%d s warm-up), think %d ms, kill in the middle: %s%n", this.users,
				this.seconds, this.warmup, this.think, this.kill);
		System.out.printf("load: java %s (%s), cores %d, data %s, log %s%n", System.getProperty("java.version"),
				javaBin(), Runtime.getRuntime().availableProcessors(), this.dataDir, this.logFile);
		try {
			long started = startServer(jar);
			System.out.printf("load: first start %d ms%n", started);
			prepare();
			List<Thread> threads = new ArrayList<>();
			long end = System.nanoTime() + (this.warmup + this.seconds) * 1_000_000_000L;
			this.end = end;
			for (int i = 0; i < this.users; i++) {
				boolean staff = i % 10 == 9;
				threads.add(Thread.ofVirtual().name("user-" + i).start(() -> user(staff, end)));
			}
			Thread.sleep(this.warmup * 1000L);
			this.measuring = true;
			List<String> memory = new ArrayList<>();
			memory.add("start " + memory());
			Thread.sleep(this.seconds * 500L);
			memory.add("middle " + memory());
			if (this.kill) {
				this.serverDown = true;
				long killedAt = System.nanoTime();
				this.server.destroyForcibly().waitFor();
				System.out.println("load: server killed (SIGKILL)");
				long restarted = startServer(jar);
				this.serverDown = false;
				System.out.printf("load: restarted in %d ms (down %d ms)%n", restarted,
						(System.nanoTime() - killedAt) / 1_000_000);
				memory.add("after restart " + memory());
			}
			for (Thread thread : threads) {
				thread.join();
			}
			memory.add("end " + memory());
			this.measuring = false;
			report(memory);
			if (this.kill) {
				checkWrites();
			}
		}
		finally {
			if (this.server != null) {
				this.server.destroy();
				this.server.waitFor();
			}
			deleteQuietly(this.dataDir);
		}
	}

	private long startServer(Path jar) throws Exception {
		long start = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", jar.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		builder.environment().put("MAILLAGE_DATA_DIR", this.dataDir.toString());
		builder.environment().put("PORT", String.valueOf(this.port));
		builder.environment().put("MAILLAGE_DEMO_DATA", "true");
		builder.environment().put("MAILLAGE_RATE_LIMITS", "false");
		this.server = builder.start();
		while (true) {
			assertThat(this.server.isAlive()).as("the server stopped; see " + this.logFile).isTrue();
			try {
				if (call("GET", "/", null, null, null).status == 200) {
					return (System.nanoTime() - start) / 1_000_000;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Services to open and events open to registration, read as a user would find them.
	 */
	private void prepare() throws IOException {
		Set<String> services = new LinkedHashSet<>();
		// The search index is built on its own thread after the start: wait for it.
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (!SERVICE_LINK.matcher(call("GET", "/repertoire?q=aide&postcode=1030", null, null, null).body).find()) {
			assertThat(System.nanoTime()).as("no service found by a search after 180 s").isLessThan(deadline);
			pause(1000);
		}
		for (String word : WORDS) {
			Matcher matcher = SERVICE_LINK
				.matcher(call("GET", "/repertoire?q=" + encode(word) + "&postcode=1030", null, null, null).body);
			while (matcher.find()) {
				services.add(matcher.group(1));
			}
		}
		this.serviceIds = List.copyOf(services);
		Set<String> events = new LinkedHashSet<>();
		for (int page = 0; page < 5; page++) {
			Matcher matcher = ID.matcher(call("GET", "/api/events?size=50&page=" + page, null, null, null).body);
			while (matcher.find()) {
				events.add(matcher.group(1));
			}
		}
		List<String> open = new ArrayList<>();
		for (String event : events) {
			String email = nextEmail();
			Answer answer = call("POST", "/api/events/" + event + "/registrations", registration(email),
					"application/json", null);
			if (answer.status == 201) {
				open.add(event);
				this.registered.add(new String[] { event, email });
			}
		}
		this.eventIds = open;
		System.out.printf("load: %d services found by the searches, %d events read, %d open to registration%n",
				this.serviceIds.size(), events.size(), this.eventIds.size());
		assertThat(this.serviceIds).isNotEmpty();
		assertThat(this.eventIds).isNotEmpty();
	}

	private void user(boolean staff, long end) {
		Map<String, String> cookies = new HashMap<>();
		String[] csrf = new String[1];
		if (staff) {
			retrying("login", () -> login(cookies, csrf));
		}
		else {
			pause(ThreadLocalRandom.current().nextInt(Math.max(1, this.think)));
		}
		while (System.nanoTime() < end) {
			int draw = ThreadLocalRandom.current().nextInt(100);
			if (staff) {
				if (draw < 40) {
					retrying("staff: request form", () -> requestForm(cookies, csrf));
					pause(this.think);
					retrying("staff: request saved", () -> saveRequest(cookies, csrf));
				}
				else if (draw < 70) {
					retrying("staff: dashboard",
							() -> timed("staff: dashboard", "GET", "/staff/helpdesk/dashboard", null, null, cookies));
				}
				else {
					retrying("staff: helpdesk home",
							() -> timed("staff: helpdesk home", "GET", "/staff/helpdesk", null, null, cookies));
				}
			}
			else {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				if (draw < 30) {
					String path = "/repertoire?q=" + encode(WORDS.get(random.nextInt(WORDS.size()))) + "&postcode="
							+ POSTCODES.get(random.nextInt(POSTCODES.size()));
					retrying("search page", () -> timed("search page", "GET", path, null, null, null));
				}
				else if (draw < 50) {
					String path = "/api/hsds/services?search=" + encode(WORDS.get(random.nextInt(WORDS.size())));
					retrying("search API", () -> timed("search API", "GET", path, null, null, null));
				}
				else if (draw < 70) {
					String path = "/repertoire/services/" + this.serviceIds.get(random.nextInt(this.serviceIds.size()));
					retrying("service page", () -> timed("service page", "GET", path, null, null, null));
				}
				else if (draw < 85) {
					retrying("agenda", () -> timed("agenda", "GET", "/agenda", null, null, null));
				}
				else {
					String event = this.eventIds.get(random.nextInt(this.eventIds.size()));
					retrying("registration", () -> register(event));
				}
			}
			pause(this.think);
		}
	}

	private void register(String event) throws IOException {
		String email = nextEmail();
		Answer answer = timed("registration", "POST", "/api/events/" + event + "/registrations", registration(email),
				"application/json", null);
		if (answer.status == 201) {
			this.registered.add(new String[] { event, email });
		}
		else if (answer.status != 409) {
			// 409: the event closed or filled its waiting list meanwhile, an expected
			// answer.
			error("registration", answer.status + " " + answer.body);
		}
	}

	private void login(Map<String, String> cookies, String[] csrf) throws IOException {
		cookies.clear();
		Answer page = call("GET", "/login", null, null, cookies);
		csrf[0] = token(page.body);
		Answer answer = timed("staff: sign-in", "POST", "/login",
				form(Map.of("email", STAFF_EMAIL, "password", STAFF_PASSWORD, "_csrf", csrf[0])),
				"application/x-www-form-urlencoded", cookies);
		if (answer.status != 302 || answer.location.contains("error")) {
			error("staff: sign-in", answer.status + " " + answer.location);
		}
	}

	private void requestForm(Map<String, String> cookies, String[] csrf) throws IOException {
		Answer answer = timed("staff: request form", "GET", "/staff/helpdesk/requests/new", null, null, cookies);
		if (answer.status == 302 && answer.location.contains("/login")) {
			this.relogins.incrementAndGet();
			login(cookies, csrf);
			answer = timed("staff: request form", "GET", "/staff/helpdesk/requests/new", null, null, cookies);
		}
		String token = token(answer.body);
		if (token != null) {
			csrf[0] = token;
		}
	}

	private void saveRequest(Map<String, String> cookies, String[] csrf) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("line", "NORD");
		fields.put("channel", "PHONE");
		fields.put("receivedAt",
				LocalDateTime.now(ZoneId.of("Europe/Brussels"))
					.minusMinutes(5)
					.truncatedTo(ChronoUnit.MINUTES)
					.toString());
		fields.put("profession", "GP");
		fields.put("organisationType", "MEDICAL_HOUSE");
		fields.put("postcode", POSTCODES.get(ThreadLocalRandom.current().nextInt(POSTCODES.size())));
		fields.put("themes", "home_care");
		fields.put("kind", "INFORMATION");
		fields.put("summary", "Cherche une aide familiale pour un patient âgé qui rentre de l'hôpital.");
		fields.put("status", "CLOSED");
		fields.put("minutesSpent", "6");
		fields.put("_csrf", (csrf[0] != null) ? csrf[0] : "");
		Answer answer = timed("staff: request saved", "POST", "/staff/helpdesk/requests", form(fields),
				"application/x-www-form-urlencoded", cookies);
		Matcher saved = SAVED.matcher(answer.location);
		if (answer.status == 302 && saved.find()) {
			this.savedRequests.add(Long.parseLong(saved.group(1)));
		}
		else {
			error("staff: request saved", answer.status + " " + answer.location + " "
					+ answer.body.substring(0, Math.min(300, answer.body.length())));
		}
	}

	private interface Step {

		void run() throws IOException;

	}

	/**
	 * Runs a step; a failed connection is retried while the server is being killed and
	 * restarted, and counted as an error otherwise.
	 */
	private void retrying(String kind, Step step) {
		for (int attempt = 0;; attempt++) {
			try {
				step.run();
				return;
			}
			catch (IOException ex) {
				if (this.kill && System.nanoTime() < this.end && (this.serverDown || attempt < 300)) {
					this.outageRetries.incrementAndGet();
					// Wait until the restarted server answers its first page: users
					// retrying
					// the moment it listens deadlocked it once (see docs/benchmarks.md).
					do {
						pause(200);
					}
					while (this.serverDown);
					continue;
				}
				error(kind, "connection: " + ex);
				return;
			}
		}
	}

	private Answer timed(String kind, String method, String path, String body, String type, Map<String, String> cookies)
			throws IOException {
		long start = System.nanoTime();
		Answer answer = call(method, path, body, type, cookies);
		long micros = (System.nanoTime() - start) / 1000;
		if (this.measuring) {
			this.latencies.computeIfAbsent(kind, (k) -> new ConcurrentLinkedQueue<>()).add(micros);
		}
		if (answer.status >= 400 && !(kind.equals("registration") && answer.status == 409)) {
			error(kind, answer.status + " " + path);
		}
		return answer;
	}

	private void error(String kind, String what) {
		if (this.measuring) {
			this.errors.computeIfAbsent(kind, (k) -> new AtomicInteger()).incrementAndGet();
			if (this.errorSamples.size() < 20) {
				this.errorSamples.add(kind + ": " + what);
			}
		}
	}

	private record Answer(int status, String location, String body) {
	}

	private Answer call(String method, String path, String body, String type, Map<String, String> cookies)
			throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + this.port + path)
			.toURL()
			.openConnection();
		connection.setInstanceFollowRedirects(false);
		connection.setConnectTimeout(5000);
		connection.setReadTimeout(60000);
		connection.setRequestMethod(method);
		connection.setRequestProperty("Accept-Language", "fr");
		if (cookies != null && !cookies.isEmpty()) {
			connection.setRequestProperty("Cookie",
					cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		if (body != null) {
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", type);
			if (type.startsWith("application/json")) {
				connection.setRequestProperty("Accept", "application/json");
			}
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body.getBytes(StandardCharsets.UTF_8));
			}
		}
		int status = connection.getResponseCode();
		InputStream in = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
		String text = "";
		if (in != null) {
			try (in) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		if (cookies != null) {
			List<String> set = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
			for (String cookie : set) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
				}
			}
		}
		String location = connection.getHeaderField("Location");
		return new Answer(status, (location != null) ? location : "", text);
	}

	private String nextEmail() {
		return "load-" + this.run + "-" + this.emails.incrementAndGet() + "@example.org";
	}

	private static String registration(String email) {
		return "{\"name\":\"Personne de test " + email.substring(0, email.indexOf('@')) + "\",\"email\":\"" + email
				+ "\",\"organisation\":\"Maison médicale\",\"language\":\"fr\",\"consent\":true}";
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void pause(int meanMillis) {
		if (meanMillis <= 0) {
			return;
		}
		try {
			Thread.sleep(ThreadLocalRandom.current().nextInt(meanMillis / 2, meanMillis * 3 / 2 + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Resident memory of the server's process and its heap (jcmd GC.heap_info). */
	private String memory() {
		long pid = this.server.pid();
		String rss = "?";
		try {
			rss = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB")
				.findFirst()
				.orElse("?");
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		String heap = "?";
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(pid), "GC.heap_info")
				.redirectErrorStream(true)
				.start();
			String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			jcmd.waitFor();
			// "garbage-first heap total reserved ...K, committed ...K, used ...K"
			Matcher matcher = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(out);
			if (matcher.find()) {
				heap = Long.parseLong(matcher.group(2)) / 1024 + " MiB of " + Long.parseLong(matcher.group(1)) / 1024
						+ " MiB committed";
			}
		}
		catch (IOException | InterruptedException ex) {
			// no jcmd
		}
		return "RSS " + rss + ", heap used " + heap;
	}

	private void report(List<String> memory) {
		List<Long> all = new ArrayList<>();
		System.out.println("load: kind | requests | p50 | p95 | p99 | max (ms) | errors");
		long total = 0;
		for (String kind : this.latencies.keySet().stream().sorted().toList()) {
			List<Long> values = new ArrayList<>(this.latencies.get(kind));
			all.addAll(values);
			total += values.size();
			System.out.println("load: " + line(kind, values));
		}
		System.out.println("load: " + line("all", all));
		int errorCount = this.errors.values().stream().mapToInt(AtomicInteger::get).sum();
		System.out.printf("load: %d requests in %d s (%.1f/s), %d errors %s%n", total, this.seconds,
				total / (double) this.seconds, errorCount, this.errors);
		this.errorSamples.forEach((sample) -> System.out.println("load: error " + sample));
		System.out.printf("load: retries while the server was down %d, staff signed in again %d%n",
				this.outageRetries.get(), this.relogins.get());
		System.out.printf("load: registrations answered 201: %d, helpdesk requests saved: %d%n", this.registered.size(),
				this.savedRequests.size());
		memory.forEach((sample) -> System.out.println("load: memory " + sample));
	}

	private String line(String kind, List<Long> micros) {
		Collections.sort(micros);
		int errorCount = this.errors.getOrDefault(kind, new AtomicInteger()).get();
		if (kind.equals("all")) {
			errorCount = this.errors.values().stream().mapToInt(AtomicInteger::get).sum();
		}
		return String.format(Locale.ROOT, "%s | %d | %.1f | %.1f | %.1f | %.1f | %d", kind, micros.size(),
				percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), percentile(micros, 100),
				errorCount);
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
	}

	/** Every acknowledged write, looked up in the embedded PostgreSQL. */
	private void checkWrites() throws Exception {
		Properties lock = new Properties();
		try (InputStream in = Files.newInputStream(this.dataDir.resolve("maillage.lock"))) {
			lock.load(in);
		}
		String password = Files.readString(this.dataDir.resolve("postgres.password")).strip();
		String url = "jdbc:postgresql://127.0.0.1:" + lock.getProperty("postgres.port") + "/maillage";
		int missingRegistrations = 0;
		int missingRequests = 0;
		try (Connection db = DriverManager.getConnection(url, "postgres", password)) {
			Set<String> present = new java.util.HashSet<>();
			try (PreparedStatement select = db
				.prepareStatement("select event_id::text || ' ' || email from event_registration where email like ?")) {
				select.setString(1, "load-" + this.run + "-%");
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						present.add(rows.getString(1));
					}
				}
			}
			for (String[] write : this.registered) {
				if (!present.contains(write[0] + " " + write[1])) {
					missingRegistrations++;
				}
			}
			Set<Long> requests = new java.util.HashSet<>();
			try (PreparedStatement select = db.prepareStatement("select id from helpdesk_request");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					requests.add(rows.getLong(1));
				}
			}
			for (Long id : this.savedRequests) {
				if (!requests.contains(id)) {
					missingRequests++;
				}
			}
		}
		System.out.printf(
				"load: acknowledged writes checked in PostgreSQL: registrations %d, missing %d; helpdesk requests %d, missing %d%n",
				this.registered.size(), missingRegistrations, this.savedRequests.size(), missingRequests);
		assertThat(missingRegistrations).isZero();
		assertThat(missingRequests).isZero();
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// left for the system's cleaning
		}
	}

}
