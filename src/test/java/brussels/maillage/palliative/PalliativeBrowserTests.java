package brussels.maillage.palliative;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palliative team in Debian's Chromium, with the keyboard: opens a follow-up, makes
 * it active, records a visit held and one cancelled by the person; the pages pass
 * axe-core in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class PalliativeBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aPsychologistOpensAFollowUpAndRecordsItsVisits() {
		signIn("palliatif@demo.maillage.brussels");
		open("/staff/palliative/follow-ups/new?lang=fr");
		Chromium.checkAccessibility(browser, "palliative-form-fr");
		browser.findElement(By.id("personCategory")).sendKeys("Proche");
		browser.findElement(By.id("setting")).sendKeys("Domicile");
		browser.findElement(By.id("bassin")).sendKeys("Sud-Est");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		waitFor("code");
		assertThat(browser.findElement(By.id("code")).getText()).matches("PSY-[2-9A-HJ-NP-Z]{6}");
		assertThat(browser.getCurrentUrl()).doesNotContain("PSY-");
		assertThat(browser.findElement(By.id("status-now")).getText()).isEqualTo("Orienté");

		browser.findElement(By.id("status")).sendKeys("Actif");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("change-status")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, (driver) -> driver.findElement(By.id("status-now")).getText().equals("Actif"));

		Chromium.loadAfter(browser, () -> browser.findElement(By.id("add-visit")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.id("visit-table")).isEmpty());
		browser.findElement(By.id("visitStatus")).sendKeys("Annulée par la personne");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("add-visit")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser,
				(driver) -> driver.findElement(By.id("visit-counts")).getText().startsWith("2 visites"));
		assertThat(browser.findElement(By.id("visit-counts")).getText())
			.isEqualTo("2 visites enregistrées, dont 1 tenues et 1 annulées par la personne.");
		Chromium.checkAccessibility(browser, "palliative-follow-up-fr");

		String page = browser.getCurrentUrl();
		open(page.substring(page.indexOf("/staff")).replace("#visits", "") + "?lang=nl");
		assertThat(browser.findElement(By.id("status-now")).getText()).isEqualTo("Actief");
		Chromium.checkAccessibility(browser, "palliative-follow-up-nl");
		open("/staff/palliative/follow-ups?lang=nl");
		Chromium.checkAccessibility(browser, "palliative-follow-ups-nl");
		open("/staff/palliative/figures?year=2024&lang=nl");
		Chromium.checkAccessibility(browser, "palliative-figures-nl");
		open("/staff/palliative/figures?year=2024&lang=fr");
		Chromium.checkAccessibility(browser, "palliative-figures-fr");
		open("/staff/palliative/conventions?lang=fr");
		Chromium.checkAccessibility(browser, "palliative-conventions-fr");
		open("/staff/palliative/conventions?lang=nl");
		Chromium.checkAccessibility(browser, "palliative-conventions-nl");
		for (String language : java.util.List.of("fr", "nl")) {
			open("/staff/palliative/referents?year=2024&lang=" + language);
			assertThat(browser.findElement(By.id("rounds")).getText()).contains("22").contains("34");
			Chromium.checkAccessibility(browser, "palliative-referents-" + language);
			Chromium.loadAfter(browser, () -> browser.findElement(By.cssSelector("#groups a")).sendKeys(Keys.ENTER));
			waitFor("periods");
			Chromium.checkAccessibility(browser, "palliative-referent-group-" + language);
			Chromium.loadAfter(browser,
					() -> browser.findElement(By.cssSelector("#meeting-table a")).sendKeys(Keys.ENTER));
			waitFor("meeting-status");
			Chromium.checkAccessibility(browser, "palliative-referent-meeting-" + language);
			open("/staff/palliative/partners?lang=" + language);
			Chromium.checkAccessibility(browser, "palliative-partners-" + language);
			open("/staff/palliative/volunteers?year=2024&lang=" + language);
			Chromium.checkAccessibility(browser, "palliative-volunteers-" + language);
		}
	}

	private void signIn(String email) {
		Chromium.signInOnce(browser, this.port, "fr", email, PalliativeFollowUpTests.PASSWORD);
	}

	private static void waitFor(String id) {
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.id(id)).isEmpty());
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
