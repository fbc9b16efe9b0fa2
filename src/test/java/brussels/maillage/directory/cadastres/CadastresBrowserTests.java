package brussels.maillage.directory.cadastres;

import java.util.List;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadastres in Chromium: a staff member types a training with a cost written in
 * words, gets the message by the field with everything else kept, corrects it; the
 * trainings and orientation-line pages pass axe-core in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class CadastresBrowserTests {

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
	void aTrainingIsTypedCorrectedAndListedAndThePagesPassAxe() {
		this.directory.register(new RegisterOrganization(UUID.randomUUID(), "Asbl Navigateur Formations Deuil",
				LocalizedText.of("Association de formation", null, null), null, null, List.of()));
		Chromium.signIn(browser, this.port, "sud@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/repertoire/formations?lang=fr");
		Chromium.checkAccessibility(browser, "cadastre-trainings-staff-fr");
		browser.findElement(By.id("organization")).sendKeys("Asbl Navigateur Formations Deuil");
		browser.findElement(By.id("titleFr")).sendKeys("Accompagner le deuil");
		new Select(browser.findElement(By.id("audience"))).selectByVisibleText("Professionnel·les");
		browser.findElement(By.id("language-fr")).click();
		browser.findElement(By.id("recurrence")).sendKeys("Sur demande des équipes");
		browser.findElement(By.id("cost")).sendKeys("vingt euros");
		new Select(browser.findElement(By.id("theme"))).selectByValue("bereavement");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter la formation']")));
		assertThat(waitFor(By.id("cost-error")).getText())
			.contains("Entrez un montant en euros, par exemple 0 ou 45,50.");
		assertThat(browser.findElement(By.id("titleFr")).getAttribute("value")).isEqualTo("Accompagner le deuil");
		assertThat(browser.findElement(By.id("recurrence")).getAttribute("value")).isEqualTo("Sur demande des équipes");
		assertThat(browser.findElement(By.id("language-fr")).isSelected()).isTrue();
		Chromium.checkAccessibility(browser, "cadastre-trainings-error-fr");
		WebElement cost = browser.findElement(By.id("cost"));
		cost.clear();
		cost.sendKeys("20");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter la formation']")));
		Chromium.waitUntil(browser,
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "ajoutée"));
		for (String language : List.of("fr", "nl")) {
			open("/repertoire/formations?q=deuil&lang=" + language);
			assertThat(browser.findElement(By.id("trainings")).getText()).contains("Accompagner le deuil");
			Chromium.checkAccessibility(browser, "cadastre-trainings-" + language);
			open("/staff/repertoire/lignes?lang=" + language);
			Chromium.checkAccessibility(browser, "cadastre-lines-" + language);
		}
		open("/staff/repertoire/formations?lang=nl");
		Chromium.checkAccessibility(browser, "cadastre-trainings-staff-nl");
	}

	private WebElement waitFor(By locator) {
		return Chromium.waitUntil(browser, ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
