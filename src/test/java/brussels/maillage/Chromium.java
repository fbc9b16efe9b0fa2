package brussels.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium for browser tests, and the checks every page gets there: axe-core's
 * WCAG 2.1 A/AA rules and a screenshot in {@code target/screenshots} to look at. Where
 * there is no Chromium the tests are skipped with how to install it, except in CI
 * ({@code CI=true}), where they must run.
 */
public final class Chromium {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 1000;

	/** How long a page may take to load, and to replace the page that sent it. */
	private static final Duration LOAD = Duration.ofSeconds(60);

	private static final Duration WAIT = Duration.ofSeconds(20);

	/**
	 * How long a script may run: axe-core takes about a second on a quiet machine, and
	 * over 60 s was seen once on the shared machine at load average 53.
	 */
	private static final Duration SCRIPT = Duration.ofMinutes(3);

	/** axe-core as {@code com.deque.html.axe-core:selenium} bundles it. */
	private static final String AXE_SOURCE = axeSource();

	/**
	 * Whether every accessibility check keeps a screenshot
	 * ({@code -Dmaillage.screenshots=true}); otherwise only a page that fails the check
	 * is kept.
	 */
	private static final boolean SCREENSHOTS = Boolean.getBoolean("maillage.screenshots");

	/** The cookie in which the application keeps the language chosen. */
	private static final String LANGUAGE_COOKIE = "maillage-lang";

	/**
	 * The sessions {@link #signInOnce} opened for the class under test, per Chromium (one
	 * per lane, used from two threads): their cookies by the application's address and
	 * the account.
	 */
	private static final Map<ChromeDriver, Map<String, List<Map<String, Object>>>> sessions = new ConcurrentHashMap<>();

	private Chromium() {
	}

	/**
	 * Starts a headless Chromium with its console log recorded, or skips the calling test
	 * class. Test classes do not call this: {@link BrowserExtension} starts one Chromium
	 * for the whole test run and hands it to each class.
	 */
	static ChromeDriver start() throws IOException {
		Path chromium = Path.of(System.getenv().getOrDefault("MAILLAGE_CHROMIUM", "/usr/bin/chromium"));
		Path driver = Path.of(System.getenv().getOrDefault("MAILLAGE_CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			String how = "Chromium not found at " + chromium + " and " + driver
					+ ": install it with 'apt-get install chromium chromium-driver' (or set MAILLAGE_CHROMIUM and MAILLAGE_CHROMEDRIVER)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("Browser tests must run in CI. " + how);
			}
			Assumptions.abort("Browser tests skipped. " + how);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=fr",
				"--user-data-dir=" + Files.createTempDirectory("maillage-chromium"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(LOAD);
		browser.manage().timeouts().scriptTimeout(SCRIPT);
		// axe-core in every page from its start, as Chromium's own script: sent once
		// rather
		// than 560 KB at each check, compiled once per renderer process, and outside the
		// page's Content-Security-Policy, which stays as it is; the page's DOM is the
		// same
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
		return browser;
	}

	/**
	 * Brings the shared Chromium back to how it started, before a test class uses it: no
	 * cookie of any site (so no session and no remembered language), one window of the
	 * default size without phone emulation, on a blank page, with an empty console log.
	 */
	static void reset(ChromeDriver browser) {
		List<String> windows = List.copyOf(browser.getWindowHandles());
		for (String window : windows.subList(1, windows.size())) {
			browser.switchTo().window(window).close();
		}
		browser.switchTo().window(windows.get(0));
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		sessions.remove(browser);
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
		browser.manage().logs().get(LogType.BROWSER);
	}

	/**
	 * Waits until the page has loaded and htmx has no request in flight, no swap and no
	 * settle under way: what a test needs before reading a region htmx replaces. A test
	 * that waits for a particular result waits for that element as well; nothing here
	 * waits for a fixed time.
	 */
	public static void waitForHtmx(WebDriver browser) {
		String script = """
				return document.readyState === 'complete'
				  && document.querySelectorAll('.htmx-request, .htmx-swapping, .htmx-settling').length === 0;
				""";
		waitUntil(browser, (driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script)));
	}

	/**
	 * Records, on the page now open, which text each search box had when htmx sent its
	 * search, once the answer is swapped in: what {@link #waitUntilAnswered} reads. Call
	 * it after each page load; a new page forgets it.
	 */
	public static void watchHtmxAnswers(WebDriver browser) {
		((JavascriptExecutor) browser).executeScript("""
				window.maillageAnswered = {};
				document.addEventListener('htmx:beforeRequest', (event) => {
				  event.detail.xhr.maillageSent = { id: event.detail.elt.id, value: event.detail.elt.value };
				}, true);
				document.addEventListener('htmx:afterSettle', (event) => {
				  const sent = event.detail.xhr && event.detail.xhr.maillageSent;
				  if (sent && sent.id) {
				    window.maillageAnswered[sent.id] = sent.value;
				  }
				}, true);
				""");
	}

	/**
	 * Waits until the results on the page answer exactly what the search box {@code id}
	 * holds now: the search for its current text has come back and been swapped in, and
	 * no request is in flight. Needs {@link #watchHtmxAnswers} on the page.
	 */
	public static void waitUntilAnswered(WebDriver browser, String id) {
		waitUntil(browser, (driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
				const box = document.getElementById(arguments[0]);
				return box !== null && window.maillageAnswered[arguments[0]] === box.value
				  && document.querySelectorAll('.htmx-request').length === 0;
				""", id)));
	}

	/**
	 * Waits up to 20 seconds for a condition, polling every 50 ms. While a page is being
	 * replaced, Chromium answers a read of an element of the old page with a stale
	 * element or an "unknown error" (the node no longer belongs to the document): both
	 * mean "not yet" here, not a failure.
	 */
	public static <T> T waitUntil(WebDriver browser, Function<? super WebDriver, T> condition) {
		return waitUntil(browser, WAIT, condition);
	}

	/**
	 * Waits like {@link #waitUntil(WebDriver, Function)}, for as long as given: for what
	 * the server takes long to do (an import, rebuilding the search index).
	 */
	public static <T> T waitUntil(WebDriver browser, Duration timeout, Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, timeout).pollingEvery(Duration.ofMillis(50))
			.ignoring(WebDriverException.class)
			.until(condition);
	}

	/**
	 * Clicks a link or a submit button that loads a new page, then waits until the new
	 * page has replaced the old one and has loaded: the next read cannot land on the old
	 * page, whose elements may match what the test looks for next.
	 */
	public static void clickAndLoad(WebDriver browser, WebElement element) {
		loadAfter(browser, element::click);
	}

	/**
	 * Does what loads a new page (Enter in a form field or on a button, a form's
	 * {@code submit()}, a click on the map), then waits like
	 * {@link #clickAndLoad(WebDriver, WebElement)} until the new page has replaced the
	 * old one and has loaded.
	 */
	public static void loadAfter(WebDriver browser, Runnable action) {
		WebElement old = browser.findElement(By.tagName("html"));
		action.run();
		waitUntil(browser, LOAD, ExpectedConditions.stalenessOf(old));
		waitUntil(browser, LOAD, (driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Signs in on the application's login page in French, as staff do: a fresh session
	 * (every cookie deleted first), the address and the password typed, Enter; returns
	 * once the page the application sends to after signing in has loaded.
	 */
	public static void signIn(WebDriver browser, int port, String email, String password) {
		signIn(browser, port, "fr", email, password);
	}

	/**
	 * Signs in like {@link #signIn(WebDriver, int, String, String)} on the login page in
	 * the language given. The login page does not react to typing, so the fields are
	 * filled at once.
	 */
	public static void signIn(WebDriver browser, int port, String language, String email, String password) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login?lang=" + language);
		browser.findElement(By.id("email")).sendKeys(email);
		WebElement field = browser.findElement(By.id("password"));
		loadAfter(browser, () -> field.sendKeys(password, Keys.ENTER));
		waitUntil(browser, (driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	/**
	 * Signs in like {@link #signIn(WebDriver, int, String, String, String)} the first
	 * time a test class asks for the account, and keeps the session: when the class asks
	 * for the account again (after another account, or after deleting every cookie to see
	 * the public side), the browser gets that session's cookie back instead of signing in
	 * again, with the language set as the login page would set it (its cookie). The page
	 * open does not change then: the test opens its next page itself.
	 * {@link BrowserExtension} forgets the sessions before each class. A test that signs
	 * out, or that is about signing in, calls {@code signIn}.
	 */
	public static void signInOnce(ChromeDriver browser, int port, String language, String email, String password) {
		String url = "http://localhost:" + port + "/";
		Map<String, List<Map<String, Object>>> kept = sessions.computeIfAbsent(browser, (key) -> new HashMap<>());
		List<Map<String, Object>> session = kept.get(url + " " + email);
		if (session != null) {
			List<Map<String, Object>> cookies = new ArrayList<>(session);
			cookies.add(Map.of("url", url, "name", LANGUAGE_COOKIE, "value", language, "httpOnly", true, "sameSite",
					"Lax"));
			browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			browser.executeCdpCommand("Network.setCookies", Map.of("cookies", cookies));
			return;
		}
		signIn(browser, port, language, email, password);
		kept.put(url + " " + email, sessionCookies(browser, url));
	}

	/**
	 * The application's cookies but the language's (the session's, whatever its name),
	 * whatever page is open, as {@code Network.setCookies} takes them back.
	 */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> sessionCookies(ChromeDriver browser, String url) {
		Map<String, Object> answer = browser.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(url)));
		List<Map<String, Object>> cookies = ((List<Map<String, Object>>) answer.get("cookies")).stream()
			.filter((cookie) -> !LANGUAGE_COOKIE.equals(cookie.get("name")))
			.map((cookie) -> Map.<String, Object>of("url", url, "name", cookie.get("name"), "value",
					cookie.get("value"), "httpOnly", cookie.get("httpOnly"), "sameSite",
					cookie.getOrDefault("sameSite", "Lax")))
			.toList();
		if (cookies.isEmpty()) {
			throw new IllegalStateException("No session cookie after signing in");
		}
		return cookies;
	}

	/**
	 * Asserts that axe-core finds no WCAG 2.1 A/AA violation on the page, keeping a
	 * screenshot of a page that fails (of every page with
	 * {@code -Dmaillage.screenshots=true}). Runs the axe-core bundled with
	 * {@code com.deque.html.axe-core:selenium} in the page itself and asks only for the
	 * violations, the same rules on the same page as the library's
	 * {@code AxeBuilder.analyze}, which also runs axe a second time in a new blank window
	 * to merge the results of frames and sends every passed rule's nodes back to Java:
	 * about twice as slow, for frames our pages do not have.
	 */
	public static void checkAccessibility(ChromeDriver browser, String name) {
		if (SCREENSHOTS) {
			screenshot(browser, name);
		}
		List<String> violations = axeViolations(browser);
		if (!violations.isEmpty() && !SCREENSHOTS) {
			screenshot(browser, name);
		}
		assertThat(violations).as("axe-core WCAG 2.1 AA violations on " + name).isEmpty();
	}

	/**
	 * Keeps a picture of the page in {@code target/screenshots} for people to look at: it
	 * checks nothing, and on a saturated machine Chromium may give up taking it (seen
	 * once at load 45), which is reported and ignored.
	 */
	private static void screenshot(ChromeDriver browser, String name) {
		try {
			Path shots = Path.of("target", "screenshots");
			Files.createDirectories(shots);
			Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (WebDriverException ex) {
			System.err.println("No screenshot of " + name + ": " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	/**
	 * The WCAG 2.1 A/AA violations axe-core finds on the page, one line each. axe-core is
	 * already there in the window {@link #start} opened; a page in another window gets it
	 * sent now.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> axeViolations(ChromeDriver browser) {
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
			browser.executeScript(AXE_SOURCE);
		}
		Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then((results) => done({ violations: results.violations.map((rule) => rule.id + ': ' + rule.help
				    + ' ' + JSON.stringify(rule.nodes.map((node) => node.target))) }))
				  .catch((error) => done({ error: String(error) }));
				""", WCAG_21_AA);
		assertThat(answer.get("error")).as("axe-core could not run").isNull();
		return List.copyOf((List<String>) answer.get("violations"));
	}

	private static String axeSource() {
		try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not found beside AxeBuilder");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
