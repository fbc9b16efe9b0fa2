package brussels.maillage.system.ratelimit;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a refused submission in Debian's Chromium, with axe-core WCAG 2.1 A/AA: the
 * session request form sent empty more often than its default limit (10 an hour from one
 * address), so that nothing is written. Skipped where there is no Chromium, but never in
 * CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "maillage.rate-limit.enabled=true")
@AutoConfigureMockMvc
@ExtendWith(BrowserExtension.class)
class RateLimitBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void explainsTheRefusalAccessiblyAndLeadsBackToTheForm() {
		for (int i = 1; i <= 10; i++) {
			openAndSubmitTheEmptyForm();
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		}

		openAndSubmitTheEmptyForm();

		wait(ExpectedConditions.textToBe(By.tagName("h1"), "Too many submissions in a short time"));
		String page = browser.findElement(By.id("content")).getText();
		assertThat(page).contains("Your last submission was not recorded")
			.containsPattern("You can try again in \\d+ minutes, from \\d{1,2}:\\d{2}");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		Chromium.checkAccessibility(browser, "ratelimit-refused-en");

		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("nav.languages a[hreflang=nl]")));
		wait(ExpectedConditions.urlContains("/agenda/demande?lang=nl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		assertThat(browser.findElement(By.cssSelector("form[action$='/agenda/demande']")).isDisplayed()).isTrue();
	}

	private void openAndSubmitTheEmptyForm() {
		browser.get("http://localhost:" + this.port + "/agenda/demande?lang=en");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.cssSelector("form[action$='/agenda/demande'] button[type=submit]")));
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		Chromium.waitUntil(browser, condition);
	}

}
