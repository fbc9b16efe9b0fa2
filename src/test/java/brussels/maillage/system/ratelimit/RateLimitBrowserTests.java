package brussels.maillage.system.ratelimit;

import java.io.IOException;
import java.time.Duration;

import brussels.maillage.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
class RateLimitBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

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

		browser.findElement(By.cssSelector("nav.languages a[hreflang=nl]")).click();
		wait(ExpectedConditions.urlContains("/agenda/demande?lang=nl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		assertThat(browser.findElement(By.cssSelector("form[action$='/agenda/demande']")).isDisplayed()).isTrue();
	}

	private void openAndSubmitTheEmptyForm() {
		browser.get("http://localhost:" + this.port + "/agenda/demande?lang=en");
		browser.findElement(By.cssSelector("form[action$='/agenda/demande'] button[type=submit]")).click();
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}

}
