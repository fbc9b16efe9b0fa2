package brussels.maillage;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end in Debian's Chromium: languages, login, creating a user, keyboard use, and
 * axe-core's WCAG 2.1 A/AA rules on every page visited. Skipped (with how to install
 * Chromium) where there is none, but never in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class BrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void showsTheHomePageInFrenchAndDutchAndSwitchesLanguage() {
		open("/?lang=fr");
		assertThat(htmlLang()).isEqualTo("fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trouver la bonne aide, au plus près");
		checkAccessibility("home-fr");

		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".languages a[hreflang='nl']")));
		assertThat(htmlLang()).isEqualTo("nl");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("De juiste hulp vinden, zo dichtbij mogelijk");
		checkAccessibility("home-nl");

		open("/");
		assertThat(htmlLang()).as("the choice is remembered").isEqualTo("nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".languages a[hreflang='fr']")));
		assertThat(htmlLang()).isEqualTo("fr");
	}

	@Test
	void showsLocalizedErrorPagesThatPassAxe() {
		open("/nergens?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
		checkAccessibility("not-found-nl");
		open("/nulle-part?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
		checkAccessibility("not-found-fr");
	}

	@Test
	void fitsAPhoneScreenOf320PixelsWithoutSidewaysScrolling() {
		Dimension before = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(320, 800));
			for (String path : List.of("/?lang=nl", "/login?lang=fr")) {
				open(path);
				Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
				Number viewport = (Number) browser.executeScript("return window.innerWidth;");
				assertThat(width.intValue()).as("page width of %s at 320 px", path)
					.isLessThanOrEqualTo(viewport.intValue());
			}
			checkAccessibility("login-fr-320");
		}
		finally {
			browser.manage().window().setSize(before);
		}
	}

	@Test
	void searchesTheDirectoryAndOpensAServicePage() {
		open("/repertoire?lang=fr");
		browser.findElement(By.id("q")).sendKeys("aide familiale");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("commune"))).selectByValue("21015");
		// The search form is sent by htmx: the results are swapped in, the page stays.
		browser.findElement(By.cssSelector(".search-row button[type=submit]")).click();
		wait((driver) -> driver.getCurrentUrl().contains("commune=21015"));
		Chromium.waitForHtmx(browser);
		wait((driver) -> driver.findElements(By.cssSelector("#results .hit-why")).size() > 0);
		assertThat(browser.findElement(By.cssSelector("#results .hit-why")).getText()).startsWith("Pourquoi ici");
		checkAccessibility("directory-search-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#results .hit-name a")));
		wait((driver) -> driver.getCurrentUrl().contains("/repertoire/services/"));
		assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
		checkAccessibility("directory-service-fr");
	}

	@Test
	void startsWithASkipLinkForKeyboardUsers() {
		open("/?lang=fr");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Aller au contenu");
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void signsInAsAdministratorAndCreatesAUser() {
		browser.manage().deleteAllCookies();
		open("/login?lang=nl");
		checkAccessibility("login-nl");
		open("/login?lang=fr");
		checkAccessibility("login-fr");

		browser.findElement(By.id("email")).sendKeys("admin@demo.maillage.brussels");
		WebElement password = browser.findElement(By.id("password"));
		Chromium.loadAfter(browser, () -> password.sendKeys("demo-maillage-2026", Keys.ENTER));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".staff-panel")));

		open("/admin/users");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Utilisateurs");
		checkAccessibility("users-fr");
		open("/admin/users?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Gebruikers");
		checkAccessibility("users-nl");
		open("/admin/users?lang=fr");

		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Créer un compte")));
		checkAccessibility("user-new-fr");
		browser.findElement(By.id("email")).sendKeys("pas-une-adresse");
		browser.findElement(By.id("displayName")).sendKeys("Inès Vandenberghe");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
		WebElement summary = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(summary.getText()).contains("Saisissez une adresse e-mail valide");
		assertThat(browser.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Inès Vandenberghe");
		checkAccessibility("user-new-errors-fr");

		String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
		WebElement emailField = browser.findElement(By.id("email"));
		emailField.clear();
		emailField.sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("une phrase de passe assez longue");
		browser.findElement(By.xpath("//label[contains(., 'Équipe du bassin Sud')]")).click();
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));

		WebElement notice = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		assertThat(notice.getText()).contains(email);
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Inès Vandenberghe")
			.contains("Équipe du bassin Sud");
		checkAccessibility("users-after-create-fr");

		open("/admin/mail?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uitgaande mail");
		checkAccessibility("mail-nl");
		open("/admin/audit?lang=fr");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("user.created");
		checkAccessibility("audit-fr");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static String htmlLang() {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

	/**
	 * Runs axe-core's WCAG 2.1 A and AA rules on the page and keeps a screenshot to look
	 * at.
	 */
	private static void checkAccessibility(String name) {
		Chromium.checkAccessibility(browser, name);
	}

}
