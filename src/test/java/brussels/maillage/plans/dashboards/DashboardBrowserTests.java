package brussels.maillage.plans.dashboards;

import java.time.Duration;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in Chromium under axe-core (WCAG 2.1 AA) in French and Dutch: a
 * council's dashboard and the palliative platform's, the list, and the thresholds form
 * with a mistake typed in.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 7000));
	}

	@Test
	void councilAndPalliativeDashboardsPassAxeInFrenchAndDutch() {
		signIn("coordination");
		open("/staff/plans?year=2024&lang=fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Tableaux de bord des conseils")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboards")));
		Chromium.checkAccessibility(browser, "dashboards-list-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Conseil de l'action du bassin Nord")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("deliverables")));
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Tableau de bord 2024 – Conseil de l'action du bassin Nord");
		WebElement details = browser.findElement(By.cssSelector("#meetings details"));
		details.findElement(By.tagName("summary")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("meetings-table")));
		assertThat(browser.findElement(By.id("meetings-table")).getText()).contains("Ateliers du changement");
		Chromium.checkAccessibility(browser, "dashboard-nord-fr");
		open("/staff/plans/dashboards/NORD?year=2024&lang=nl");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("deliverables")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Actieraad van zorgzone Noord");
		Chromium.checkAccessibility(browser, "dashboard-nord-nl");
		open("/staff/plans/dashboards/REGION?year=2024&lang=fr");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
		Chromium.checkAccessibility(browser, "dashboard-region-fr");
		open("/staff/plans/dashboards/PALLIATIVE?year=2024&lang=fr");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("palliative")));
		Chromium.checkAccessibility(browser, "dashboard-palliative-fr");
		open("/staff/plans/dashboards/PALLIATIVE?year=2024&lang=nl");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("palliative")));
		Chromium.checkAccessibility(browser, "dashboard-palliative-nl");
	}

	@Test
	void aCoordinatorCorrectsAThresholdTypedWrong() {
		signIn("coordination");
		open("/staff/plans/dashboards/thresholds?year=2073&lang=fr");
		WebElement reached = browser.findElement(By.id("reached"));
		reached.clear();
		type(reached, "cent");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer les seuils']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reached-error")));
		assertThat(browser.findElement(By.id("reached-error")).getText())
			.contains("Saisissez un nombre entier, par exemple 100.");
		assertThat(browser.findElement(By.id("reached")).getAttribute("value")).isEqualTo("cent");
		Chromium.checkAccessibility(browser, "dashboard-thresholds-error-fr");
		open("/staff/plans/dashboards/thresholds?year=2073&lang=nl");
		Chromium.checkAccessibility(browser, "dashboard-thresholds-nl");
	}

	private void signIn(String account) {
		Chromium.signInOnce(browser, this.port, "fr", account + "@demo.maillage.brussels", DashboardWebTests.PASSWORD);
	}

	private static void type(WebElement field, String text) {
		// The form does not react to typing (no htmx trigger, no script): the text is
		// sent at once.
		field.sendKeys(text);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, Duration.ofSeconds(30), condition);
	}

}
