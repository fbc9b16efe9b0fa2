package brussels.maillage.directory.services;

import java.util.Map;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public directory search on a phone (390 × 844, the viewport of a common phone): the
 * filters fold into a disclosure so that the first result is on the first screen; on a
 * computer's screen they stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class DirectoryPhoneBrowserTests {

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void showsTheFirstResultOnThePhonesFirstScreenWithTheFiltersFolded() throws InterruptedException {
		phone(true);
		browser.get("http://localhost:" + this.port + "/repertoire?lang=fr");
		WebElement box = browser.findElement(By.id("q"));
		box.click();
		for (char key : "aide familiale".toCharArray()) {
			box.sendKeys(String.valueOf(key));
			Thread.sleep(90);
		}
		// Enter sends the search through htmx: the results are swapped in, the page
		// stays.
		box.sendKeys(Keys.ENTER);
		wait((driver) -> !driver.findElements(By.cssSelector("#results .hit")).isEmpty()
				&& driver.getCurrentUrl().contains("q=aide"));
		Chromium.waitForHtmx(browser);

		WebElement filters = browser.findElement(By.cssSelector("details.directory-filters-disclosure"));
		assertThat(filters.getAttribute("open")).as("filters folded on a phone").isNull();
		assertThat(browser.findElement(By.id("theme")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("details.directory-filters-disclosure > summary")).getText())
			.contains("Filtres");
		Number top = (Number) browser.executeScript(
				"return document.querySelector('#results .hit').getBoundingClientRect().top + window.scrollY;");
		Number width = (Number) browser.executeScript("return window.innerWidth;");
		assertThat(width.intValue()).isEqualTo(PHONE_WIDTH);
		assertThat(top.doubleValue()).as("the first result's top, in px from the top of the page")
			.isLessThan(PHONE_HEIGHT - 60);
		Chromium.checkAccessibility(browser, "directory-search-phone-fr");

		browser.findElement(By.cssSelector("details.directory-filters-disclosure > summary")).click();
		wait((driver) -> driver.findElement(By.id("theme")).isDisplayed());
		browser.get("http://localhost:" + this.port + "/repertoire?lang=nl&q=thuishulp");
		wait((driver) -> !driver.findElements(By.cssSelector("#results .hit")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("details.directory-filters-disclosure > summary")).getText())
			.contains("Filters");
		Chromium.checkAccessibility(browser, "directory-search-phone-nl");
	}

	@Test
	void keepsTheFiltersOpenOnALargeScreen() {
		phone(false);
		browser.get("http://localhost:" + this.port + "/repertoire?lang=fr&q=aide+familiale");
		wait((driver) -> !driver.findElements(By.cssSelector("#results .hit")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("details.directory-filters-disclosure")).getAttribute("open"))
			.isNotNull();
		assertThat(browser.findElement(By.id("theme")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("postcode")).isDisplayed()).isTrue();
		wait((driver) -> !driver.findElements(By.cssSelector(".directory-map .leaflet-marker-icon")).isEmpty());
		WebElement map = browser.findElement(By.cssSelector(".directory-map"));
		WebElement first = browser.findElement(By.cssSelector("#results .hit"));
		assertThat(map.getRect().getX()).as("the map beside the list")
			.isGreaterThan(first.getRect().getX() + first.getRect().getWidth());
		assertThat(map.getRect().getY()).as("the map beside the first results")
			.isLessThan(first.getRect().getY() + 200);
		Chromium.checkAccessibility(browser, "directory-search-wide-fr");
	}

	private static void phone(boolean phone) {
		if (phone) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 3, "mobile", true));
		}
		else {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

}
