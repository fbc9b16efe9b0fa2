package brussels.maillage.territory.pages;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory pages in Debian's Chromium: the map draws every sub-municipality without
 * a tile server or a content-security-policy violation, and axe-core's WCAG 2.1 A/AA
 * rules find nothing in French and Dutch. Skipped where there is no Chromium, but never
 * in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class TerritoryBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void drawsTheRegionMapAndPassesAxeInFrenchAndDutch() {
		open("/territoire?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("La Région de Bruxelles-Capitale et ses cinq bassins");
		assertThat(waitForMap()).as("one shape per sub-municipality").isEqualTo(27);
		assertNoConsoleErrors();
		checkAccessibility("territory-region-fr");

		open("/territoire?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Het Brussels Hoofdstedelijk Gewest en zijn vijf zorgzones");
		waitForMap();
		checkAccessibility("territory-region-nl");

		// A click on the map opens the placement of that point.
		Chromium.loadAfter(browser,
				() -> new org.openqa.selenium.interactions.Actions(browser)
					.moveToElement(browser.findElement(By.id("territory-map")))
					.click()
					.perform());
		Chromium.waitUntil(browser, (driver) -> driver.getCurrentUrl().contains("/territoire/placer?lat="));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Brussels Hoofdstedelijk Gewest");
	}

	@Test
	void showsABassinAndPassesAxeInFrenchAndDutch() {
		open("/territoire/NORD?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bassin Nord");
		assertThat(waitForMap()).as("Nord's sub-municipalities only").isEqualTo(7);
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("BRUXELLES-LAEKEN", "vérifiée");
		checkAccessibility("territory-bassin-fr");

		open("/territoire/NORD_EST?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zorgzone Noord-Oost");
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("afgeleid");
		waitForMap();
		checkAccessibility("territory-bassin-nl");
	}

	@Test
	void placesAPostcodeTypedInThePlaceBoxAndPassesAxe() {
		open("/territoire?lang=fr");
		browser.findElement(By.id("postcode")).sendKeys("1050");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".place-box button[type=submit]")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".certainty")));
		assertThat(browser.findElement(By.cssSelector(".certainty")).getText()).startsWith("Ambigu");
		checkAccessibility("territory-place-fr");

		open("/territoire/placer?lang=nl&lat=50.8867&lon=4.3520");
		assertThat(browser.findElement(By.cssSelector(".certainty")).getText()).startsWith("Exact");
		assertThat(waitForMap()).as("27 sub-municipalities and the point").isEqualTo(28);
		assertNoConsoleErrors();
		checkAccessibility("territory-place-point-nl");

		open("/territoire/placer?lang=nl&postcode=1000");
		assertThat(browser.findElement(By.cssSelector(".certainty")).getText()).startsWith("Dubbelzinnig");
		checkAccessibility("territory-place-1000-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("a[href*='area=21004C']")));
		wait(ExpectedConditions.urlContains("area=21004C"));
		assertThat(browser.findElement(By.cssSelector(".certainty")).getText()).startsWith("Afgeleid");
		assertThat(browser.findElement(By.cssSelector(".placement")).getText()).contains("Zorgzone Zuid",
				"BRUSSEL-LOUISA");

		open("/territoire/placer?lang=fr");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("area"))).selectByVisibleText("Evere");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".place-area button[type=submit]")));
		wait(ExpectedConditions.urlContains("area=21006"));
		assertThat(browser.findElement(By.cssSelector(".placement")).getText()).contains("Bassin Nord-Est",
				"Vous avez choisi Evere.");
		checkAccessibility("territory-place-area-fr");

		open("/territoire/placer?lang=fr&postcode=2000");
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Région de Bruxelles");
		open("/territoire/placer?lang=fr&postcode=1050&lat=abc");
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("latitude");
		checkAccessibility("territory-place-errors-fr");
	}

	@Test
	void letsAnAdministratorEditAnAssignmentWithAccessiblePages() {
		Chromium.signIn(browser, this.port, "admin@demo.maillage.brussels", "demo-maillage-2026");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".staff-panel, .territory-home")));
		checkAccessibility("territory-home-fr");
		open("/admin/territory?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Attributions territoriales");
		checkAccessibility("territory-admin-list-fr");
		open("/admin/territory/21004D?lang=nl");
		checkAccessibility("territory-admin-form-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Geef de reden van de wijziging");
		checkAccessibility("territory-admin-form-errors-nl");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static int waitForMap() {
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#territory-map path.leaflet-interactive")));
		return browser.findElements(By.cssSelector("#territory-map path.leaflet-interactive")).size();
	}

	private static void assertNoConsoleErrors() {
		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("browser console errors (a CSP violation shows here)").isEmpty();
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

	private static void checkAccessibility(String name) {
		Chromium.checkAccessibility(browser, name);
	}

}
