package brussels.maillage.directory.services;

import java.util.List;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory in Debian's Chromium: search with its map, a service page, the public
 * report form, and an editor's pages, each checked with axe-core in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class DirectoryBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void searchesInDutchWithAMapAndReportsAnErrorOnAServicePage() {
		browser.manage().deleteAllCookies();
		open("/repertoire?lang=nl&q=thuisverpleging&postcode=1180");
		wait((driver) -> driver.findElements(By.cssSelector("#results .hit-why")).size() > 0);
		int markers = waitForMarkers();
		assertThat(markers).as("one numbered marker per result with a public address").isPositive();
		checkAccessibility("directory-search-map-nl");
		open("/repertoire?lang=fr&q=aide+familiale&audience=seniors&open=false");
		wait((driver) -> driver.findElements(By.cssSelector("#results .hit")).size() > 0);
		checkAccessibility("directory-search-audience-fr");

		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#results .hit-name a")));
		wait((driver) -> driver.getCurrentUrl().contains("/repertoire/services/"));
		waitForMarkers();
		browser.findElement(By.cssSelector(".report-form summary")).click();
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".report-form button[type=submit]")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-form .error-summary")));
		assertThat(browser.findElement(By.cssSelector(".report-form .error-summary")).getText())
			.contains("Décrivez ce qui est inexact.");
		checkAccessibility("directory-service-report-errors-fr");
		String url = browser.getCurrentUrl();
		browser.get(url.replaceAll("/report.*$", "") + "?lang=nl");
		checkAccessibility("directory-service-nl");
	}

	@Test
	void anEditorEditsAServiceWithTheKeyboardAndAccessiblePages() {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Maison du navigateur",
				LocalizedText.of("Organisation de test", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Chaussée d'Alsemberg 500", "1180", "Uccle",
						"21016", 50.8040, 4.3360, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Service du navigateur", "Browserdienst", null), LocalizedText.of("Aide", null, null),
				null, null, null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE,
				List.of("fr"), List.of("adults"), AreaLevel.COMMUNE, List.of("21016"),
				List.of(organization.locations().get(0).id()), List.of(), List.of(), List.of(), null, null);
		this.directory.register(service, "test");

		Chromium.signIn(browser, this.port, "nord@demo.maillage.brussels", "demo-maillage-2026");

		open("/repertoire/services/" + service.id() + "?lang=fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector(".staff-panel a.button")));
		wait((driver) -> driver.getCurrentUrl().endsWith("/edit"));
		checkAccessibility("directory-edit-fr");

		WebElement name = browser.findElement(By.id("nameFr"));
		name.clear();
		browser.findElement(By.id("nameNl")).clear();
		browser.findElement(By.id("email")).sendKeys("pas-une-adresse");
		browser.findElement(By.id("hours-0-day")).sendKeys("lundi");
		browser.findElement(By.id("hours-0-opens")).sendKeys("17:00");
		browser.findElement(By.id("hours-0-closes")).sendKeys("09:00");
		Chromium.loadAfter(browser, browser.findElement(By.id("email"))::submit);
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Indiquez le nom, dans au moins une langue.")
			.contains("Indiquez une adresse e-mail valide")
			.contains("L'heure de fermeture doit suivre l'heure d'ouverture.");
		assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("pas-une-adresse");
		assertThat(browser.findElement(By.id("hours-0-opens")).getAttribute("value")).isEqualTo("17:00");
		checkAccessibility("directory-edit-errors-fr");

		browser.findElement(By.id("nameFr")).sendKeys("Service du navigateur, modifié");
		WebElement email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("contact@navigateur.be");
		WebElement closes = browser.findElement(By.id("hours-0-closes"));
		closes.clear();
		closes.sendKeys("19:30");
		browser.findElement(By.cssSelector("input[type=checkbox][name=verified]")).sendKeys(Keys.SPACE);
		Chromium.loadAfter(browser, browser.findElement(By.id("email"))::submit);
		wait((driver) -> driver.getCurrentUrl().endsWith("/repertoire/services/" + service.id()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service du navigateur, modifié");
		assertThat(browser.findElement(By.id("content")).getText()).contains("contact@navigateur.be")
			.contains("17:00 – 19:30")
			.contains("Informations vérifiées le");

		open("/staff/repertoire/services/" + service.id() + "/history?lang=fr");
		assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("nord@demo.maillage.brussels")
			.contains("Modifié")
			.contains("Vérifié");
		checkAccessibility("directory-history-fr");
		open("/staff/repertoire/services/" + service.id() + "/edit?lang=nl");
		checkAccessibility("directory-edit-nl");
		for (String page : new String[] { "/staff/repertoire", "/staff/repertoire/review", "/staff/repertoire/reports",
				"/staff/repertoire/synonyms", "/staff/repertoire/organizations/" + organization.id(),
				"/staff/repertoire/organizations/" + organization.id() + "/locations/new" }) {
			open(page + "?lang=fr");
			checkAccessibility("directory-staff" + page.replaceAll("[^a-z]+", "-") + "fr");
		}
		open("/staff/repertoire/review?lang=nl");
		checkAccessibility("directory-review-nl");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static int waitForMarkers() {
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".directory-map .map-number")));
		return browser.findElements(By.cssSelector(".directory-map .map-number")).size();
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

	private static void checkAccessibility(String name) {
		Chromium.checkAccessibility(browser, name);
	}

}
