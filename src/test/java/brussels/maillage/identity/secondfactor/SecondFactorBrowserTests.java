package brussels.maillage.identity.secondfactor;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person sets up two-step verification in Chromium, reading the key off the page and
 * typing the codes of "their app" ({@link Rfc6238}); each page passes axe-core (WCAG 2.1
 * AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class SecondFactorBrowserTests {

	/** The password of the demo accounts (README). */
	static final String DEMO_PASSWORD = "demo-maillage-2026";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void setsUpTheAppThenSignsInWithItsCode() {
		String email = "browser." + UUID.randomUUID() + "@example.be";
		AccountFixtures.account(this.accounts, email, "Lina Browser", SecondFactorWebTests.PASSWORD, Role.STAFF);
		browser.manage().deleteAllCookies();
		open("/login?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Les comptes de démonstration");
		signInWithPassword(email);
		waitFor(By.id("secret"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Activer la vérification en deux étapes");
		assertThat(browser.findElement(By.cssSelector("img.qr-code")).getAttribute("alt"))
			.isEqualTo("Code QR pour ajouter Maillage à votre application d'authentification");
		Chromium.checkAccessibility(browser, "second-factor-setup-fr");
		String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
		long enrolmentStep = Instant.now().getEpochSecond() / 30;
		type(browser.findElement(By.id("code")), Rfc6238.code(Rfc6238.base32(secret), enrolmentStep * 30, 6));
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("code")).sendKeys(Keys.ENTER));
		waitFor(By.cssSelector("ul.recovery-codes"));
		assertThat(browser.findElements(By.cssSelector("ul.recovery-codes li"))).hasSize(10);
		Chromium.checkAccessibility(browser, "second-factor-recovery-codes-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("J'ai conservé mes codes, continuer")));
		waitFor(By.cssSelector(".staff-panel"));

		browser.manage().deleteAllCookies();
		open("/login?lang=nl");
		signInWithPassword(email);
		waitFor(By.id("code"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Voer uw verificatiecode in");
		Chromium.checkAccessibility(browser, "second-factor-nl");
		type(browser.findElement(By.id("code")), "12345");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("code")).sendKeys(Keys.ENTER));
		WebElement summary = waitFor(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("De code is niet juist");
		Chromium.checkAccessibility(browser, "second-factor-error-nl");
		long step = Math.max(Instant.now().getEpochSecond() / 30, enrolmentStep + 1);
		type(browser.findElement(By.id("code")), Rfc6238.code(Rfc6238.base32(secret), step * 30, 6));
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("code")).sendKeys(Keys.ENTER));
		waitFor(By.cssSelector(".staff-panel"));
	}

	@Test
	void theAdministratorsPagePassesAxe() {
		browser.manage().deleteAllCookies();
		open("/login?lang=nl");
		browser.findElement(By.id("email")).sendKeys("admin@demo.maillage.brussels");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD, Keys.ENTER));
		waitFor(By.cssSelector(".staff-panel"));
		open("/admin/second-factor?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verificatie in twee stappen");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Demo-account: alleen wachtwoord");
		Chromium.checkAccessibility(browser, "second-factor-admin-nl");
	}

	private void signInWithPassword(String email) {
		browser.findElement(By.id("email")).sendKeys(email);
		Chromium.loadAfter(browser,
				() -> browser.findElement(By.id("password")).sendKeys(SecondFactorWebTests.PASSWORD, Keys.ENTER));
	}

	private static void type(WebElement field, String text) {
		field.clear();
		// The form does not react to typing (no htmx trigger, no script): the text is
		// sent at once.
		field.sendKeys(text);
	}

	private static WebElement waitFor(By what) {
		return Chromium.waitUntil(browser, Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(what));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
