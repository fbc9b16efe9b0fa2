package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.time.Duration;

import brussels.maillage.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The export page in Chromium under axe-core (WCAG 2.1 AA), in French and Dutch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeBrowserTests {

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
	void exportPagePassesAxeInFrenchAndDutchAndShowsErrorsNextToTheField() {
		browser.manage().deleteAllCookies();
		open("/login?lang=fr");
		browser.findElement(By.id("email")).sendKeys("nord@demo.maillage.brussels");
		browser.findElement(By.id("password")).sendKeys("demo-maillage-2026", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".staff-panel")));
		open("/staff/directory/export?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Het repertorium exporteren");
		Chromium.checkAccessibility(browser, "exchange-export-nl");
		open("/staff/directory/export?lang=fr");
		Chromium.checkAccessibility(browser, "exchange-export-fr");
		browser.findElement(By.id("q")).sendKeys("aide familiale");
		browser.findElement(By.id("postcode")).sendKeys("9999");
		browser.findElement(By.cssSelector("button[type=submit].button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("postcode-error")));
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("aide familiale");
		Chromium.checkAccessibility(browser, "exchange-export-errors-fr");
		open("/?lang=fr");
	}

	@Test
	void importPageShowsTheReportAndPassesAxe() {
		browser.manage().deleteAllCookies();
		open("/login?lang=nl");
		browser.findElement(By.id("email")).sendKeys("admin@demo.maillage.brussels");
		browser.findElement(By.id("password")).sendKeys("demo-maillage-2026", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".staff-panel")));
		open("/admin/directory/import?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een HSDS-pakket importeren");
		Chromium.checkAccessibility(browser, "exchange-import-nl");
		open("/admin/directory/import?lang=fr");
		browser.findElement(By.cssSelector("button[type=submit].button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("file-error")));
		Chromium.checkAccessibility(browser, "exchange-import-errors-fr");
		open("/?lang=fr");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
