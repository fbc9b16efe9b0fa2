package brussels.maillage.helpdesk;

import java.util.List;
import java.util.Random;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpdesk in Debian's Chromium: a respondent takes a request with the keyboard alone
 * (typing, Space, Enter; no pointer), linking two directory services found by the inline
 * search; the request form and the dashboard pass axe-core in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class HelpdeskBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	brussels.maillage.directory.DirectoryService directory;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aRespondentTakesAPhoneRequestWithTheKeyboardAlone() {
		signIn("nord@demo.maillage.brussels");
		open("/staff/helpdesk/requests/new?lang=fr");
		assertThat(browser.findElement(By.id("line")).getDomProperty("value")).isEqualTo("NORD");
		key("profession", "Médecin");
		key("organisationType", "Maison médicale");
		String organisation = this.directory.organizations(0, 1).get(0).name();
		key("organisationQuery", organisation.split("\\s+")[0]);
		waitUntilAnswered("organisationQuery");
		List<WebElement> organisations = waitFor("#organisation-block input[name=organisation]:not([value=''])", 1);
		organisations.get(0).sendKeys(Keys.SPACE);
		assertThat(organisations.get(0).isSelected()).isTrue();
		String chosenOrganisation = browser
			.findElement(By.cssSelector("label[for='" + organisations.get(0).getDomAttribute("id") + "']"))
			.getText();
		key("postcode", "1030");
		browser.findElement(By.id("theme-home_care")).sendKeys(Keys.SPACE);
		Chromium.waitForHtmx(browser);
		browser.findElement(By.id("kind")).sendKeys(Keys.SPACE);
		key("summary", "Cherche une aide familiale après une hospitalisation.");
		key("q", "aide familiale");
		waitUntilAnswered("q");
		List<WebElement> hits = waitFor(".helpdesk-hits input[name=orientations]", 1);
		hits.get(0).sendKeys(Keys.SPACE);
		Chromium.waitForHtmx(browser);
		waitFor(".helpdesk-chosen input[name=orientations]", 1);
		List<WebElement> more = waitFor(".helpdesk-hits input[name=orientations]", 1);
		more.get(0).sendKeys(Keys.SPACE);
		Chromium.waitForHtmx(browser);
		waitFor(".helpdesk-chosen input[name=orientations]", 2);
		key("minutesSpent", "4");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, (driver) -> driver.getCurrentUrl().matches(".*/staff/helpdesk/requests/\\d+$"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Demande enregistrée");
		assertThat(browser.findElements(By.cssSelector("a[href^='/repertoire/services/']"))).hasSize(2);
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Clôturée")
			.contains("Médecin généraliste");
		assertThat(browser.findElement(By.id("caller-organisation")).getText()).isEqualTo(chosenOrganisation);
	}

	@Test
	void theRequestFormPassesAxeInFrenchAndDutchWithAndWithoutErrors() {
		signIn("nord@demo.maillage.brussels");
		open("/staff/helpdesk/requests/new?lang=fr");
		Chromium.checkAccessibility(browser, "helpdesk-form-fr");
		key("organisationQuery", this.directory.organizations(0, 1).get(0).name().split("\\s+")[0]);
		waitFor("#organisation-block input[name=organisation]:not([value=''])", 1);
		key("q", "soins palliatifs");
		waitFor(".helpdesk-hits input[name=orientations]", 1);
		waitUntilAnswered("q");
		Chromium.checkAccessibility(browser, "helpdesk-form-hits-fr");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.id("kind-error")).getText()).contains("type de demande");
		Chromium.checkAccessibility(browser, "helpdesk-form-errors-fr");
		open("/staff/helpdesk/requests/new?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nieuwe vraag");
		Chromium.checkAccessibility(browser, "helpdesk-form-nl");
		open("/staff/helpdesk?lang=nl");
		Chromium.checkAccessibility(browser, "helpdesk-index-nl");
		open("/staff/helpdesk/permanences?lang=fr");
		Chromium.checkAccessibility(browser, "helpdesk-permanences-fr");
		open("/staff/helpdesk/follow-ups?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Suivis à faire");
		Chromium.checkAccessibility(browser, "helpdesk-follow-ups-fr");
		open("/staff/helpdesk/follow-ups?lang=nl");
		Chromium.checkAccessibility(browser, "helpdesk-follow-ups-nl");
	}

	@Test
	void theDashboardPassesAxeInFrenchAndDutch() {
		signIn("coordination@demo.maillage.brussels");
		open("/staff/helpdesk/dashboard?lang=fr&from=2024-01-01&to=2024-12-31");
		assertThat(browser.findElement(By.id("figure-total")).getText()).isEqualTo("652");
		assertThat(browser.findElements(By.cssSelector("figure.helpdesk-chart svg rect")).size()).isGreaterThan(20);
		Chromium.checkAccessibility(browser, "helpdesk-dashboard-fr");
		open("/staff/helpdesk/dashboard?lang=nl&from=2024-01-01&to=2024-12-31&channel=EMAIL");
		assertThat(browser.findElement(By.id("figure-total")).getText()).isEqualTo("111");
		Chromium.checkAccessibility(browser, "helpdesk-dashboard-nl");
		open("/staff/helpdesk/lines?lang=nl");
		Chromium.checkAccessibility(browser, "helpdesk-lines-nl");
	}

	@Test
	void theLiveSearchBoxesKeepExactlyWhatTheRespondentTypesWhileResultsRefresh() {
		signIn("nord@demo.maillage.brussels");
		open("/staff/helpdesk/requests/new?lang=fr");
		Random pace = new Random(16);

		WebElement services = browser.findElement(By.id("q"));
		typeLikeAPerson(services, "aide familiale", 80, 200, pace);
		waitUntilAnswered("q");
		assertThat(services.getDomProperty("value")).isEqualTo("aide familiale");
		assertThat(waitFor("#orientation-hits input[name=orientations]", 1)).isNotEmpty();
		assertThat(browser.findElement(By.id("orientation-hits")).getText()).doesNotContain("Aucun service trouvé");

		clear(services);
		waitUntilAnswered("q");
		// normal speed, with the short hesitations after which the results refresh while
		// typing goes on
		typeLikeAPerson(services, "soins", 40, 90, pace);
		pauseUntilResultsRefresh();
		typeLikeAPerson(services, " infir", 40, 90, pace);
		pauseUntilResultsRefresh();
		typeLikeAPerson(services, "miers", 40, 90, pace);
		waitUntilAnswered("q");
		assertThat(services.getDomProperty("value")).isEqualTo("soins infirmiers");
		assertThat(browser.findElement(By.id("orientation-hits")).getText()).doesNotContain("Aucun service trouvé")
			.containsIgnoringCase("infirm");

		List<brussels.maillage.directory.Organization> demo = this.directory.organizations(0, 2);
		String first = demo.get(0).name().split("\\s+")[0];
		String second = demo.get(1).name().split("\\s+")[0];
		WebElement organisation = browser.findElement(By.id("organisationQuery"));
		typeLikeAPerson(organisation, first, 80, 200, pace);
		waitUntilAnswered("organisationQuery");
		assertThat(organisation.getDomProperty("value")).isEqualTo(first);
		assertThat(waitFor("#organisation-results input[name=organisation]:not([value=''])", 1)).isNotEmpty();
		assertThat(browser.findElement(By.id("organisation-results")).getText()).containsIgnoringCase(first);
		clear(organisation);
		waitUntilAnswered("organisationQuery");
		typeLikeAPerson(organisation, second, 40, 90, pace);
		waitUntilAnswered("organisationQuery");
		assertThat(organisation.getDomProperty("value")).isEqualTo(second);
		assertThat(browser.findElement(By.id("organisation-results")).getText()).containsIgnoringCase(second);
		assertThat(browser.findElement(By.id("organisation-status")).getText()).doesNotContain("Aucune");

		assertThat(browser.findElements(By.id("q"))).hasSize(1);
		assertThat(browser.findElements(By.id("organisationQuery"))).hasSize(1);
		assertThat(browser.executeScript("""
				const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
				return ids.filter((id, i) => ids.indexOf(id) !== i);
				""")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
		assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.noneMatch((message) -> message.contains("Content Security Policy")
					|| message.contains("Content-Security-Policy"));
	}

	/**
	 * Types key by key with a pause between keys as a person does, checking after each
	 * key that the box holds exactly what was typed so far.
	 */
	private static void typeLikeAPerson(WebElement box, String text, int minMillis, int maxMillis, Random pace) {
		String before = box.getDomProperty("value");
		for (int i = 0; i < text.length(); i++) {
			box.sendKeys(String.valueOf(text.charAt(i)));
			assertThat(box.getDomProperty("value")).isEqualTo(before + text.substring(0, i + 1));
			sleep(minMillis + pace.nextInt(maxMillis - minMillis + 1));
		}
	}

	/** Selects what the box holds and deletes it, as a person clears a field. */
	private static void clear(WebElement box) {
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"));
		box.sendKeys(Keys.BACK_SPACE);
		assertThat(box.getDomProperty("value")).isEmpty();
	}

	/**
	 * A hesitation while typing: waits until the search it triggers has been answered.
	 */
	private static void pauseUntilResultsRefresh() {
		String swaps = "return window.maillageSwaps || 0;";
		browser.executeScript(
				"""
						if (!window.maillageCounting) {
						  window.maillageCounting = true;
						  document.addEventListener('htmx:afterSettle', () => window.maillageSwaps = (window.maillageSwaps || 0) + 1);
						}
						""");
		long seen = ((Number) browser.executeScript(swaps)).longValue();
		Chromium.waitUntil(browser, (driver) -> ((Number) browser.executeScript(swaps)).longValue() > seen);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void signIn(String email) {
		Chromium.signInOnce(browser, this.port, "fr", email, HelpdeskFixtures.PASSWORD);
	}

	private static void key(String id, String text) {
		WebElement element = browser.findElement(By.id(id));
		element.sendKeys(text);
	}

	private static List<WebElement> waitFor(String css, int count) {
		return Chromium.waitUntil(browser, (driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector(css));
			return (found.size() >= count) ? found : null;
		});
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
		Chromium.watchHtmxAnswers(browser);
	}

	private static void waitUntilAnswered(String id) {
		Chromium.waitUntilAnswered(browser, id);
	}

}
