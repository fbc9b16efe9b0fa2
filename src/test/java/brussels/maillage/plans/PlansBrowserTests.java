package brussels.maillage.plans;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans pages in Chromium under axe-core (WCAG 2.1 AA) in French and Dutch: a
 * bassin's staff create next year's plan, add an action, correct a mistake without
 * retyping.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class PlansBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	PlansService plans;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void sudStaffCreateAPlanAndAddAnActionFixingAMissingReference() {
		signIn("sud");
		open("/staff/plans?year=2024&lang=fr");
		Chromium.checkAccessibility(browser, "plans-list-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Bassin Sud")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("actions")));
		assertThat(browser.findElement(By.id("actions")).getText()).contains("Concertation thématique Santé mentale");
		Chromium.checkAccessibility(browser, "plans-plan-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Concertation thématique Santé mentale")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("deliverables")));
		assertThat(browser.findElement(By.id("deliverables")).getText()).contains("1 synthèse par rencontre");
		Chromium.checkAccessibility(browser, "plans-action-fr");

		open("/staff/plans?year=2064&lang=fr");
		new Select(browser.findElement(By.id("territory"))).selectByVisibleText("Bassin Sud");
		WebElement year = browser.findElement(By.id("year"));
		year.clear();
		type(year, "2064");
		Chromium.clickAndLoad(browser, browser.findElement(By.xpath("//button[normalize-space()='Créer le plan']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.linkText("Ajouter une action")));
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Ajouter une action")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
		Chromium.checkAccessibility(browser, "plans-action-form-fr");
		type(browser.findElement(By.id("titleFr")), "Portes ouvertes du bassin Sud");
		type(browser.findElement(By.id("perspectivesFr")), "Une semaine en octobre");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()=\"Enregistrer l'action\"]")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reference-error")));
		assertThat(browser.findElement(By.id("reference-error")).getText())
			.contains("Donnez la référence de l'action, par exemple 3.1.");
		assertThat(browser.findElement(By.id("titleFr")).getAttribute("value"))
			.isEqualTo("Portes ouvertes du bassin Sud");
		assertThat(browser.findElement(By.id("perspectivesFr")).getAttribute("value"))
			.isEqualTo("Une semaine en octobre");
		Chromium.checkAccessibility(browser, "plans-action-form-error-fr");
		type(browser.findElement(By.id("reference")), "9");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()=\"Enregistrer l'action\"]")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"L'action a été enregistrée."));
		Action saved = this.plans.actions(this.plans.plan(TerritoryScope.SUD, 2064).orElseThrow().id()).get(0);
		assertThat(saved.reference()).isEqualTo("9");
		assertThat(saved.perspectivesFr()).isEqualTo("Une semaine en octobre");

		String path = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
		open(path + "?lang=nl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Portes ouvertes du bassin Sud");
		Chromium.checkAccessibility(browser, "plans-action-nl");
		open("/staff/plans?year=2024&lang=nl");
		Chromium.checkAccessibility(browser, "plans-list-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Zorgzone Zuid")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("actions")));
		Chromium.checkAccessibility(browser, "plans-plan-nl");
		open("/staff/plans/actions/" + saved.id() + "/edit?lang=nl");
		Chromium.checkAccessibility(browser, "plans-action-form-nl");
		open("/staff/plans/import?lang=nl");
		Chromium.checkAccessibility(browser, "plans-import-nl");
		open("/staff/plans/objectives?lang=fr");
		Chromium.checkAccessibility(browser, "plans-objectives-fr");
	}

	private void signIn(String account) {
		Chromium.signIn(browser, this.port, account + "@demo.maillage.brussels", PlansWebTests.PASSWORD);
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
		return Chromium.waitUntil(browser, condition);
	}

}
