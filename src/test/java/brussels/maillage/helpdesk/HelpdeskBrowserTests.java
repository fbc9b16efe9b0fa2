package brussels.maillage.helpdesk;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import brussels.maillage.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpdesk in Debian's Chromium: a respondent takes a request with the keyboard alone
 * (typing, Space, Enter; no pointer), linking two directory services found by the inline
 * search; the request form and the dashboard pass axe-core in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	brussels.maillage.directory.DirectoryService directory;

	@BeforeAll
	static void startChromium() throws IOException {
		browser = Chromium.start();
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
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
		Chromium.waitForHtmx(browser);
		List<WebElement> organisations = waitFor("#organisation-block input[name=organisation]:not([value=''])", 1);
		organisations.get(0).sendKeys(Keys.SPACE);
		assertThat(organisations.get(0).isSelected()).isTrue();
		String chosenOrganisation = browser
			.findElement(By.cssSelector("label[for='" + organisations.get(0).getDomAttribute("id") + "']"))
			.getText();
		key("postcode", "1030");
		browser.findElement(By.id("theme-home_care")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("kind")).sendKeys(Keys.SPACE);
		key("summary", "Cherche une aide familiale après une hospitalisation.");
		key("q", "aide familiale");
		Chromium.waitForHtmx(browser);
		List<WebElement> hits = waitFor(".helpdesk-hits input[name=orientations]", 1);
		hits.get(0).sendKeys(Keys.SPACE);
		waitFor(".helpdesk-chosen input[name=orientations]", 1);
		List<WebElement> more = waitFor(".helpdesk-hits input[name=orientations]", 1);
		more.get(0).sendKeys(Keys.SPACE);
		waitFor(".helpdesk-chosen input[name=orientations]", 2);
		key("minutesSpent", "4");
		browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> driver.getCurrentUrl().matches(".*/staff/helpdesk/requests/\\d+$"));
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
		Chromium.checkAccessibility(browser, "helpdesk-form-hits-fr");
		browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
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

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		open("/login?lang=fr");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(HelpdeskRequestTests.PASSWORD, Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private static void key(String id, String text) {
		WebElement element = browser.findElement(By.id(id));
		element.sendKeys(text);
	}

	private static List<WebElement> waitFor(String css, int count) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector(css));
			return (found.size() >= count) ? found : null;
		});
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
