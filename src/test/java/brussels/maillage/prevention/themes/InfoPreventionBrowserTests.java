package brussels.maillage.prevention.themes;

import java.time.YearMonth;
import java.util.List;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.prevention.PreventionFixtures;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prevention officer in Chromium: types in the inline directory search key by key, adds
 * three local services as they appear, writes and publishes the page; every page on the
 * way passes axe-core (WCAG 2.1 AA) in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class InfoPreventionBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	ThemeService themes;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void anOfficerPicksLocalServicesAsSheTypesAndPublishesAnAccessiblePage() throws InterruptedException {
		PreventionFixtures.servicesNamed(this.directory, "Frottis");
		YearMonth month = this.themes.thisMonth().plusMonths(1);
		this.themes.saveTheme(month, LocalizedText.of("Cancer du col de l'utérus", "Baarmoederhalskanker", null));
		String editor = "/staff/prevention/nord/" + month.getYear() + "/" + month.getMonthValue();

		Chromium.signInOnce(browser, this.port, "fr", "nord@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/prevention?lang=fr&year=" + month.getYear());
		Chromium.checkAccessibility(browser, "prevention-staff-fr");
		open(editor + "?lang=fr");
		Chromium.watchHtmxAnswers(browser);

		WebElement search = browser.findElement(By.id("q"));
		search.click();
		for (char key : "frottis".toCharArray()) {
			search.sendKeys(String.valueOf(key));
			Thread.sleep(120 + (key * 7) % 130);
		}
		List<String> names = List.of("Frottis à la maison médicale de Jette",
				"Frottis au centre de santé de Koekelberg", "Frottis au planning familial de Ganshoren");
		Chromium.waitUntilAnswered(browser, "q");
		Chromium.waitUntil(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("local-hits"),
				"Frottis au planning familial de Ganshoren"));
		assertThat(browser.findElement(By.id("local-hits")).getText()).contains(names)
			.doesNotContain("Frottis au centre de santé de Forest");
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("frottis");
		Chromium.checkAccessibility(browser, "prevention-editor-hits-fr");

		for (String name : names) {
			Chromium.clickAndLoad(browser,
					browser.findElement(By.cssSelector("button[aria-label=\"Ajouter " + name + "\"]")));
			Chromium.waitUntil(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), name));
		}
		browser.findElement(By.id("summaryFr"))
			.sendKeys("Le frottis de dépistage est recommandé tous les trois ans de 25 à 64 ans.");
		browser.findElement(By.id("summaryNl")).sendKeys("Een uitstrijkje wordt om de drie jaar aanbevolen.");
		browser.findElement(By.id("resourcesFr")).sendKeys("Brochure « Le dépistage du cancer du col »");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer le texte']")));
		Chromium.clickAndLoad(browser, waitFor(By.xpath("//button[normalize-space()='Publier']")));
		Chromium.clickAndLoad(browser, waitFor(By.linkText("Page publique")));
		waitFor(By.tagName("h1"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancer du col de l'utérus");
		assertThat(browser.findElement(By.id("content")).getText()).contains(names).contains("tous les trois ans");
		Chromium.checkAccessibility(browser, "prevention-page-fr");
		open("/prevention/nord/" + month.getYear() + "/" + month.getMonthValue() + "?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Baarmoederhalskanker");
		Chromium.checkAccessibility(browser, "prevention-page-nl");
		open(editor + "?lang=nl");
		Chromium.checkAccessibility(browser, "prevention-editor-nl");
		open("/prevention/nord?lang=nl");
		Chromium.checkAccessibility(browser, "prevention-bassin-nl");
		open("/prevention?lang=fr&year=2025");
		Chromium.checkAccessibility(browser, "prevention-calendar-fr");
		open("/prevention?lang=nl&year=2025");
		Chromium.checkAccessibility(browser, "prevention-calendar-nl");
	}

	@Test
	void rendezvousPagesPassAxeInFrenchAndDutch() {
		browser.manage().deleteAllCookies();
		open("/prevention/nord/rendez-vous?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Rendez-vous de la prévention santé – Bassin Nord");
		Chromium.checkAccessibility(browser, "prevention-rdv-fr");
		open("/prevention/nord/rendez-vous?lang=nl");
		Chromium.checkAccessibility(browser, "prevention-rdv-nl");
		Chromium.signInOnce(browser, this.port, "nl", "nord@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/prevention/rendezvous?lang=nl");
		Chromium.checkAccessibility(browser, "prevention-rdv-figures-nl");
		open("/staff/prevention/rendezvous/nord?lang=fr&q=maison");
		Chromium.checkAccessibility(browser, "prevention-rdv-staff-fr");
		open("/staff/publications?lang=fr");
		Chromium.checkAccessibility(browser, "publications-staff-fr");
		open("/publications?lang=fr");
		Chromium.checkAccessibility(browser, "publications-fr");
		open("/publications?lang=nl");
		Chromium.checkAccessibility(browser, "publications-nl");
		open("/programmes?lang=nl");
		Chromium.checkAccessibility(browser, "programmes-nl");
	}

	private WebElement waitFor(By locator) {
		return Chromium.waitUntil(browser, ExpectedConditions.elementToBeClickable(locator));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
