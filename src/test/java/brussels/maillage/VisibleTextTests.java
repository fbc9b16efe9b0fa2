package brussels.maillage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label a person reads is in their language: this test walks every page of the demo
 * it can reach by following links (as the public, a bassin's staff member and an
 * administrator, in French and in Dutch), downloads every CSV and XLSX export it finds,
 * and fails on what a person should never read: a message key
 * ({@code directory.status.ACTIVE}), a {@code ??key??} marker of a missing message, or a
 * code of the application's own ({@code home_care}, {@code MEDICAL_HOUSE},
 * {@code CENTRE_OUEST}). The codes are read from the application itself (the names of its
 * enum constants), not listed by hand; exports may keep codes in columns whose header
 * says they are codes.
 */
// The demo as a newcomer finds it, without what other tests typed (an account named "Test
// ADMIN" is not a code the application shows): in the application the other tests use,
// before any of them (@Order, OutputReadersLast). A start of its own (PostgreSQL,
// migrations, demo data, about 40 s of the test JVM's CPU) is paid in full on a suite
// bound by its CPU (docs/testing.md).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Order(1)
class VisibleTextTests {

	/** Pages of one shape (ids replaced) visited at most this many times per visitor. */
	private static final int PER_SHAPE = 2;

	private static final int MAX_PAGES = 700;

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"#]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Pattern DOTTED_KEY = Pattern
		.compile("(?<![\\w@./:-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9_]*){2,}(?![\\w@/-])");

	private static final Pattern SNAKE = Pattern.compile("(?<![\\w@./:-])[a-z]+(?:_[a-z0-9]+)+(?![\\w@/-])");

	private static final Pattern SCREAMING = Pattern
		.compile("(?<![\\w@./:-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w@/-])");

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_@./-])[A-Z][A-Z]+(?![\\p{L}\\d_])");

	// The runs before "@" and "." are possessive ("++"): a shorter run would end before
	// one of its own characters, not before "@" or ".", so they match the same, without
	// backtracking into every word of every page.
	private static final Pattern URL_OR_MAIL = Pattern.compile(
			"(https?://\\S+|www\\.\\S+|[\\w.+-]++@[\\w.-]+|\\b[\\w-]++\\.(brussels|be|org|com|eu|net|jar|csv|pdf|ics|xlsx|json|html|zip)\\b)");

	/** What {@link #visibleText} leaves out, replaces and reads, compiled once. */
	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template|code|kbd|samp)\\b.*?</\\1>");

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("\\b(alt|title|aria-label|placeholder|aria-description)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern SUBMIT = Pattern
		.compile("<input\\b[^>]*type=\"(?:submit|button)\"[^>]*value=\"([^\"]*)\"");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** What {@link Crawl#admit} replaces to get a path's shape, compiled once. */
	private static final Pattern UUID_IN_PATH = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern PARAMETER_VALUE = Pattern.compile("=[^&]*");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** Upper-case words that are words or acronyms people read, not codes. */
	private static final Set<String> ACRONYMS = Set.of("CPAS", "OCMW", "HSDS", "CSV", "XLSX", "PDF", "API", "ICS", "FR",
			"NL", "EN", "DE", "ASBL", "VZW", "BE", "BRU", "GP", "AA", "WCAG", "RSS", "JSON", "SMTP", "IMAP", "URL",
			"CAB", "CAR", "RIZIV", "INAMI", "NISS", "INSZ", "BIS", "TOTP", "QR", "OK", "ID", "UTC", "CET", "CEST",
			"HTML", "SVG", "PNG", "WGS", "NIS", "BCE", "KBO", "MR", "MRS", "RVT", "ROB", "SSM", "CGSS", "COCOM", "GGC",
			"COCOF", "VGC", "SISD", "GDT", "LUSS", "ADC", "RDV", "IT", "TV", "SOS", "SAMU", "CHU", "UZ", "VUB", "ULB",
			"AZ", "HIS", "IRIS", "MS", "VIH", "HIV", "SIDA", "AIDS", "IST", "SOA", "SDF", "TMS", "PMS", "CLB", "ONE",
			"CAW", "NB", "PS", "AM", "PM", "KB", "MB", "GB", "TB", "VIP", "EU", "UE");

	@LocalServerPort
	int port;

	@Test
	void everyPageAndExportOfTheDemoSpeaksTheReadersLanguage() throws Exception {
		Set<String> codes = applicationCodes();
		List<Crawl> crawls = new ArrayList<>();
		for (String language : List.of("fr", "nl")) {
			for (String account : new String[] { null, "nord@demo.maillage.brussels",
					"admin@demo.maillage.brussels" }) {
				crawls.add(new Crawl(language, account));
			}
		}
		// The six crawls share nothing (each its own client, cookies, pages seen and
		// findings) and only read: they run at once, each one request after another, as
		// six people would, instead of the server waiting for the test's scan and the
		// test for the server. Their findings are reported in the same order as before.
		List<String> findings = new ArrayList<>();
		int pages = 0;
		int exports = 0;
		try (ExecutorService visitors = Executors.newFixedThreadPool(crawls.size())) {
			List<Future<List<String>>> runs = new ArrayList<>();
			for (Crawl crawl : crawls) {
				runs.add(visitors.submit(() -> crawl.run(codes)));
			}
			for (int i = 0; i < crawls.size(); i++) {
				try {
					findings.addAll(runs.get(i).get());
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw (ex.getCause() instanceof Exception cause) ? cause : ex;
				}
				pages += crawls.get(i).pages;
				exports += crawls.get(i).exports;
			}
		}
		assertThat(pages).as("pages read").isGreaterThan(60);
		assertThat(exports).as("exports read").isGreaterThan(3);
		assertThat(findings).as("codes or message keys a person would read (%d pages, %d exports)", pages, exports)
			.isEmpty();
	}

	/** The names of the application's enum constants: codes nobody should read. */
	private static Set<String> applicationCodes() throws IOException, ClassNotFoundException {
		Set<String> codes = new HashSet<>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (var resource : resolver.getResources("classpath*:brussels/maillage/**/*.class")) {
			String url = resource.getURL().toString();
			if (url.contains("/test-classes/")) {
				continue;
			}
			String name = url.substring(url.indexOf("brussels/maillage/")).replace(".class", "").replace('/', '.');
			Class<?> type = Class.forName(name, false, VisibleTextTests.class.getClassLoader());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					String code = ((Enum<?>) constant).name();
					if (code.length() >= 3 && !ACRONYMS.contains(code)) {
						codes.add(code);
					}
				}
			}
		}
		return codes;
	}

	/** Visible text of a page: text nodes and the attributes people read or hear. */
	static String visibleText(String html) {
		// Codes shown as codes (a theme's code for its editors, a setting's name) are
		// marked up as such.
		String text = COMMENT.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
		StringBuilder attributes = new StringBuilder();
		Matcher attribute = READ_ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			attributes.append(' ').append(attribute.group(2));
		}
		Matcher submit = SUBMIT.matcher(text);
		while (submit.find()) {
			attributes.append(' ').append(submit.group(1));
		}
		text = TAG.matcher(text).replaceAll(" ") + attributes;
		return unescape(text);
	}

	private static String unescape(String text) {
		return text.replace("&nbsp;", " ")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** What in {@code text} a person should not read; empty when nothing. */
	static List<String> problems(String text, Set<String> codes) {
		// Each pattern needs a character its text may not hold ("??", a dot, an
		// underscore, two capitals in a row), and taking out addresses only puts spaces
		// in: a pattern whose character the text lacks finds nothing, so it is not run
		// (most cells of the exports hold none of them).
		boolean missing = text.contains("??");
		boolean dotted = text.indexOf('.') >= 0;
		boolean underscore = text.indexOf('_') >= 0;
		boolean capitals = twoCapitals(text);
		List<String> found = new ArrayList<>();
		if (!missing && !dotted && !underscore && !capitals) {
			return found;
		}
		String clean = URL_OR_MAIL.matcher(text).replaceAll(" ");
		if (missing) {
			find(MISSING_MESSAGE, clean, found);
		}
		if (dotted) {
			find(DOTTED_KEY, clean, found);
		}
		if (underscore) {
			find(SNAKE, clean, found);
			find(SCREAMING, clean, found);
		}
		if (capitals) {
			Matcher word = WORD.matcher(clean);
			while (word.find()) {
				if (codes.contains(word.group())) {
					found.add(word.group());
				}
			}
		}
		return found;
	}

	private static void find(Pattern pattern, String text, List<String> found) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
	}

	/**
	 * Whether two letters A to Z follow each other, as in every match of {@link #WORD}.
	 */
	private static boolean twoCapitals(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (isCapital(text.charAt(i)) && isCapital(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private final class Crawl {

		private final String language;

		private final String account;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		private final Map<String, Integer> shapes = new HashMap<>();

		private final Set<String> seen = new HashSet<>();

		int pages;

		int exports;

		Crawl(String language, String account) {
			this.language = language;
			this.account = account;
		}

		List<String> run(Set<String> codes) throws IOException, InterruptedException {
			List<String> findings = new ArrayList<>();
			Deque<String> queue = new ArrayDeque<>();
			queue.add("/?lang=" + this.language);
			if (this.account != null) {
				signIn();
				// The account's own language may have been applied at sign-in: read in
				// the
				// language of this crawl.
				get("/?lang=" + this.language);
				queue.add("/staff");
				queue.add("/admin");
				// What administrators read in the audit log (actions and records, issue
				// 16).
				queue.add("/admin/audit");
				queue.add("/account");
				Stream.of("CSV", "XLSX")
					.forEach((format) -> queue
						.add("/staff/directory/export/download?format=" + format + "&language=" + this.language));
				queue.add("/staff/events/figures.csv?by=event");
				queue.add("/staff/events/figures.xlsx?by=event");
				queue.add("/staff/events/figures.csv?by=kind");
				queue.add("/staff/governance");
			}
			Stream
				.of("/repertoire", "/agenda", "/territoire", "/focus", "/territoire/placer?postcode=1000",
						"/prevention", "/prevention/nord/rendez-vous", "/publications", "/programmes",
						"/repertoire?q=aide+familiale&postcode=1030", "/gouvernance/syntheses")
				.forEach(queue::add);
			while (!queue.isEmpty() && this.pages < MAX_PAGES) {
				String path = queue.poll();
				if (!this.seen.add(path) || !admit(path)) {
					continue;
				}
				String where = this.language + " " + ((this.account != null) ? this.account : "public") + " " + path;
				HttpResponse<byte[]> response;
				try {
					response = get(path);
				}
				catch (IOException ex) {
					findings.add(where + ": the page broke off (" + ex.getMessage() + ")");
					continue;
				}
				String type = response.headers().firstValue("Content-Type").orElse("");
				if (response.statusCode() >= 500) {
					findings.add(where + ": " + response.statusCode());
				}
				if (response.statusCode() != 200) {
					continue;
				}
				if (type.startsWith("text/html")) {
					this.pages++;
					String html = new String(response.body(), StandardCharsets.UTF_8);
					if (!html.contains("<html lang=\"" + this.language + "\"")) {
						findings.add(where + ": the page is not in the language asked for");
					}
					String text = SPACES.matcher(visibleText(html)).replaceAll(" ");
					for (String problem : new LinkedHashSet<>(problems(text, codes))) {
						int at = text.indexOf(problem);
						findings.add(where + ": " + problem + " in \"" + text.substring(Math.max(0, at - 40),
								Math.min(text.length(), at + problem.length() + 40)) + "\"");
					}
					Matcher link = LINK.matcher(html);
					while (link.find()) {
						String href = unescape(link.group(1));
						if (href.startsWith("/") && !href.startsWith("//")) {
							queue.add(href);
						}
					}
				}
				else if (type.startsWith("text/csv")) {
					this.exports++;
					checkCsv(new String(response.body(), StandardCharsets.UTF_8), codes, where, findings);
				}
				else if (type.contains("spreadsheetml")) {
					this.exports++;
					checkXlsx(response.body(), codes, where, findings);
				}
			}
			return findings;
		}

		/**
		 * Whether to visit: once per shape of path, never a link that changes anything.
		 */
		private boolean admit(String path) {
			String lower = path.toLowerCase(Locale.ROOT);
			if (Stream
				.of("logout", "cancel", "annul", "delete", "remove", "resend", "/api/", "/actuator", "/webjars/",
						"/assets/", "/css/", "/js/", ".ics", ".pdf", "/brochure", "/calendar", "/admin/backup/files",
						"lang=")
				.anyMatch(lower::contains) && !path.equals("/?lang=" + this.language)) {
				return false;
			}
			String shape = PARAMETER_VALUE
				.matcher(NUMBER.matcher(UUID_IN_PATH.matcher(path).replaceAll("{uuid}")).replaceAll("{n}"))
				.replaceAll("=");
			return this.shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE;
		}

		private void signIn() throws IOException, InterruptedException {
			String login = new String(get("/login").body(), StandardCharsets.UTF_8);
			Matcher csrf = CSRF.matcher(login);
			assertThat(csrf.find()).as("login form").isTrue();
			String form = "email=" + encode(this.account) + "&password=" + encode("demo-maillage-2026") + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<byte[]> answer = this.client
				.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.uri().getPath()).as("signed in as " + this.account).doesNotStartWith("/login");
		}

		private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
			return this.client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + VisibleTextTests.this.port + path))
				.header("Accept-Language", this.language);
		}

	}

	private static void checkCsv(String csv, Set<String> codes, String where, List<String> findings)
			throws IOException {
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(csv.lines().findFirst().orElse("").contains(";") ? ';' : ',')
			.get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))
			.getRecords();
		List<List<String>> rows = records.stream().map(CSVRecord::toList).toList();
		checkTable(rows, codes, where, findings);
	}

	private static void checkXlsx(byte[] xlsx, Set<String> codes, String where, List<String> findings)
			throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = new ArrayList<>();
			workbook.getFirstSheet().openStream().forEach((Row row) -> {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add((cell != null) ? cell.getText() : ""));
				rows.add(cells);
			});
			checkTable(rows, codes, where, findings);
		}
	}

	/** The header and every cell, except the cells of columns named as codes. */
	private static void checkTable(List<List<String>> rows, Set<String> codes, String where, List<String> findings) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> header = rows.get(0);
		Set<String> problems = new TreeSet<>();
		header.forEach((cell) -> problems.addAll(problems(cell, codes)));
		for (List<String> row : rows.subList(1, Math.min(rows.size(), 400))) {
			for (int column = 0; column < row.size(); column++) {
				String name = (column < header.size()) ? header.get(column).toLowerCase(Locale.ROOT) : "";
				if (name.contains("code") || name.endsWith("id") || name.contains("identifi")) {
					continue;
				}
				problems.addAll(problems(row.get(column), codes));
			}
		}
		problems.forEach((problem) -> findings.add(where + " (export): " + problem));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void findsWhatAPersonShouldNotRead() {
		Set<String> codes = Set.of("MEDICAL_HOUSE", "WAITING", "PHONE", "ACTIVE");
		assertThat(problems("Statut : directory.status.ACTIVE", codes)).contains("directory.status.ACTIVE");
		assertThat(problems("Langues parlées : ??directory.spoken.ur_fr??", codes))
			.contains("??directory.spoken.ur_fr??");
		assertThat(problems("Thèmes : home_care, seniors", codes)).containsExactly("home_care");
		assertThat(problems("PHONE,GP,MEDICAL_HOUSE,WAITING", codes)).contains("MEDICAL_HOUSE", "PHONE", "WAITING");
		assertThat(problems("Zorgzone: SUD_EST", codes)).containsExactly("SUD_EST");
		assertThat(
				problems("Le CPAS d'Evere, BRUXELLES-LAEKEN, 1 250 €, www.cpas.brussels, info@demo.maillage.brussels, "
						+ "maillage.jar, Sint-Agatha-Berchem. Fin.", codes))
			.isEmpty();
		assertThat(visibleText(
				"<p title=\"x\">Bonjour <b>home_care</b> <code>day_care</code></p><script>var a_b = 1;</script>"))
			.contains("Bonjour", "home_care")
			.doesNotContain("a_b", "day_care");
	}

}
