package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The export page in Chromium under axe-core (WCAG 2.1 AA), in French and Dutch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ExchangeBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void exportPagePassesAxeInFrenchAndDutchAndShowsErrorsNextToTheField() {
		Chromium.signIn(browser, this.port, "nord@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/directory/export?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Het repertorium exporteren");
		Chromium.checkAccessibility(browser, "exchange-export-nl");
		open("/staff/directory/export?lang=fr");
		Chromium.checkAccessibility(browser, "exchange-export-fr");
		browser.findElement(By.id("q")).sendKeys("aide familiale");
		browser.findElement(By.id("postcode")).sendKeys("9999");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
		Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.id("postcode-error")));
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("aide familiale");
		Chromium.checkAccessibility(browser, "exchange-export-errors-fr");
	}

	@Test
	void importPageShowsTheReportAndPassesAxe() throws IOException {
		Chromium.signIn(browser, this.port, "nl", "admin@demo.maillage.brussels", "demo-maillage-2026");
		open("/admin/directory/import?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een HSDS-pakket importeren");
		Chromium.checkAccessibility(browser, "exchange-import-nl");
		open("/admin/directory/import?lang=fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
		Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.id("file-error")));
		Chromium.checkAccessibility(browser, "exchange-import-errors-fr");

		// The official HSDS example package: the import runs in the background, the page
		// shows its progress then its report, with warnings apart from errors.
		Path zip = Files.createTempFile("hsds-example", ".zip");
		try {
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
				for (Resource resource : new PathMatchingResourcePatternResolver()
					.getResources("classpath:directory/exchange/hsds-example/*")) {
					out.putNextEntry(new ZipEntry(resource.getFilename()));
					out.write(resource.getContentAsByteArray());
					out.closeEntry();
				}
			}
			browser.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
			new Select(browser.findElement(By.id("language"))).selectByValue("en");
			Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
			Chromium.waitUntil(browser, Duration.ofSeconds(60),
					ExpectedConditions.presenceOfElementLocated(By.id("import-counts")));
			assertThat(browser.getCurrentUrl()).contains("job=");
			assertThat(browser.findElement(By.id("import-live")).getText()).contains("Import terminé");
			assertThat(browser.findElements(By.cssSelector("#import-warning-table tbody tr"))).isNotEmpty();
			Chromium.checkAccessibility(browser, "exchange-import-report-fr");
			browser.navigate().refresh();
			assertThat(browser.findElement(By.id("import-counts")).getText()).contains("1");
		}
		finally {
			Files.deleteIfExists(zip);
			this.jdbc.sql("delete from service where id = 'ac148810-d857-441c-9679-408f346de14b'").update();
			this.jdbc.sql("delete from location where organization_id = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'")
				.update();
			this.jdbc.sql("delete from organization where id = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'").update();
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
