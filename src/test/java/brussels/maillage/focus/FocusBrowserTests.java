package brussels.maillage.focus;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The Focus pages in Chromium under axe-core (WCAG 2.1 AA), in French and Dutch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class FocusBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void publicRepertoirePagesPassAxeInFrenchAndDutch() {
		open("/focus?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Focus : répertoires thématiques");
		Chromium.checkAccessibility(browser, "focus-list-fr");
		open("/focus/fin-de-vie?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Soins palliatifs et fin de vie");
		Chromium.checkAccessibility(browser, "focus-page-fr");
		open("/focus/soutien-domicile-60?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thuisondersteuning voor 60-plussers");
		Chromium.checkAccessibility(browser, "focus-page-nl");
		open("/focus/fin-de-vie?lang=nl#trainings");
		assertThat(browser.findElement(By.id("trainings-heading")).getText()).isEqualTo("Vorming");
		Chromium.checkAccessibility(browser, "focus-trainings-nl");
		open("/focus/fin-de-vie?lang=fr#trainings");
		assertThat(browser.findElement(By.id("trainings-heading")).getText()).isEqualTo("Se former");
		Chromium.checkAccessibility(browser, "focus-trainings-fr");
		open("/focus?lang=fr");
	}

	@Test
	void editorPagesPassAxe() {
		Chromium.signIn(browser, this.port, "sud@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/focus?lang=fr");
		Chromium.checkAccessibility(browser, "focus-staff-list-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Soins palliatifs et fin de vie")));
		String edit = browser.getCurrentUrl();
		open(edit.substring(edit.indexOf("/staff/")) + "?q=soins+palliatifs&lang=nl");
		Chromium.checkAccessibility(browser, "focus-edit-nl");
		open(edit.substring(edit.indexOf("/staff/")) + "?tq=Brusano&lang=fr#add-training");
		assertThat(browser.findElements(By.cssSelector("#add-training form input[name=trainingId]"))).isNotEmpty();
		Chromium.checkAccessibility(browser, "focus-edit-trainings-fr");
		open("/staff/focus/new?lang=fr");
		browser.findElement(By.id("slug")).sendKeys("Pas Valide");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
		Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		// Shown as typed: the address is no longer lower-cased behind the person's back.
		assertThat(browser.findElement(By.id("slug")).getAttribute("value")).isEqualTo("Pas Valide");
		Chromium.checkAccessibility(browser, "focus-new-errors-fr");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
