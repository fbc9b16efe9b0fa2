package brussels.maillage.palliative.conventions;

import java.time.LocalDate;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palliative team types the referents of a convention in Debian's Chromium, with the
 * keyboard: a wrong address is explained next to its field and what was typed stays; the
 * pages pass axe-core in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ConventionReferentBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ConventionService conventions;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void theTeamTypesTheReferentsOfAConvention() {
		// a convention of its own, prepared in 2019 with a home that already has one
		Convention existing = this.conventions.all().getLast();
		long id = this.conventions.identify(existing.organizationId(), "MRS", "2019-B", LocalDate.of(2019, 5, 6), null);
		signIn("palliatif@demo.maillage.brussels");
		open("/staff/palliative/conventions/" + id + "?lang=fr");
		waitFor("no-referents");
		browser.findElement(By.id("name")).sendKeys("Julie Peeters");
		browser.findElement(By.id("function")).sendKeys("Référente en soins palliatifs");
		browser.findElement(By.id("email")).sendKeys("julie.peeters@");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("add-referent")).sendKeys(Keys.ENTER));
		waitFor("email-error");
		assertThat(browser.findElement(By.id("email-error")).getText()).contains("Saisissez une adresse e-mail valide");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Julie Peeters");
		Chromium.checkAccessibility(browser, "palliative-convention-referent-error-fr");
		// the address typed again in full (an e-mail field puts the caret at its start)
		browser.findElement(By.id("email")).clear();
		browser.findElement(By.id("email")).sendKeys("julie.peeters@mr-exemple.be");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("add-referent")).sendKeys(Keys.ENTER));
		waitFor("referents-table");
		assertThat(browser.findElement(By.id("referents-table")).getText()).contains("Julie Peeters")
			.contains("Référente en soins palliatifs")
			.contains("julie.peeters@mr-exemple.be");
		Chromium.checkAccessibility(browser, "palliative-convention-fr");
		Chromium.loadAfter(browser,
				() -> browser.findElement(By.cssSelector("#referents-table td a[href*='/referents/']"))
					.sendKeys(Keys.ENTER));
		waitFor("remove-referent");
		Chromium.checkAccessibility(browser, "palliative-convention-referent-fr");
		String page = browser.getCurrentUrl();
		open(page.substring(page.indexOf("/staff")) + "?lang=nl");
		waitFor("remove-referent");
		Chromium.checkAccessibility(browser, "palliative-convention-referent-nl");
		open("/staff/palliative/conventions/" + id + "?lang=nl");
		waitFor("referents-table");
		Chromium.checkAccessibility(browser, "palliative-convention-nl");
	}

	private void signIn(String email) {
		Chromium.signInOnce(browser, this.port, "fr", email, ConventionReferentTests.PASSWORD);
	}

	private static void waitFor(String id) {
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.id(id)).isEmpty());
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
