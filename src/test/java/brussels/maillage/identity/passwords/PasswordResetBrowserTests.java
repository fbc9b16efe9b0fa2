package brussels.maillage.identity.passwords;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Wachtwoord vergeten?" in Chromium, in Dutch: from the sign-in page to a new password,
 * each page checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class PasswordResetBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aPersonWhoForgotTheirPasswordSetsANewOneInDutch() {
		String email = "vergeten." + UUID.randomUUID() + "@example.be";
		AccountFixtures.account(this.accounts, email, "Jan Vergeten", "correct horse battery", Role.STAFF);
		browser.get("http://localhost:" + this.port + "/login?lang=nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Wachtwoord vergeten?")));
		waitFor((driver) -> driver.getCurrentUrl().contains("/password-reset"));
		Chromium.checkAccessibility(browser, "password-reset-request-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		waitFor((driver) -> !driver.findElements(By.id("email-error")).isEmpty());
		assertThat(browser.findElement(By.id("email-error")).getText()).isNotBlank();
		Chromium.checkAccessibility(browser, "password-reset-request-error-nl");
		browser.findElement(By.id("email")).sendKeys(email);
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/password-reset/sent"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kijk in uw mailbox");
		Chromium.checkAccessibility(browser, "password-reset-sent-nl");

		List<String> bodies = this.jdbc.sql("select body_text from mail_message where recipient = ?")
			.param(email)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).startsWith("Beste Jan Vergeten,");
		Matcher link = Pattern.compile("(http://localhost:\\d+/password-reset/[A-Za-z0-9_-]{43})")
			.matcher(bodies.get(0));
		assertThat(link.find()).isTrue();
		browser.get(link.group(1));
		browser.findElement(By.id("password")).sendKeys("eenvoudig");
		browser.findElement(By.id("confirmation")).sendKeys("eenvoudig");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		waitFor((driver) -> !driver.findElements(By.id("password-error")).isEmpty());
		assertThat(browser.findElement(By.id("password-error")).getText()).contains("12");
		Chromium.checkAccessibility(browser, "password-reset-new-error-nl");
		browser.findElement(By.id("password")).sendKeys("fiets naar het kanaal om negen");
		browser.findElement(By.id("confirmation")).sendKeys("fiets naar het kanaal om negen");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		waitFor((driver) -> driver.getCurrentUrl().contains("/login?reset"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Uw wachtwoord is gewijzigd");
		browser.get(link.group(1));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Deze link werkt niet meer");
		Chromium.checkAccessibility(browser, "password-reset-refused-nl");
	}

	private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		Chromium.waitUntil(browser, condition::apply);
	}

}
