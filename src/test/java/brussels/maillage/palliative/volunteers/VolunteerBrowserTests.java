package brussels.maillage.palliative.volunteers;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palliative team in Debian's Chromium, with the keyboard: records a candidate (first
 * without a means of contact, which is refused next to the field with the name kept), the
 * interview and the training cycle; the pages pass axe-core in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class VolunteerBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void theTeamRecordsACandidateTheInterviewAndTheTraining() {
		signIn("palliatif@demo.maillage.brussels");
		open("/staff/palliative/volunteers/new?lang=fr");
		Chromium.checkAccessibility(browser, "volunteer-form-fr");
		type("fullName", "Hélène Dupuis");
		browser.findElement(By.id("language")).sendKeys("Français");
		browser.findElement(By.id("source")).sendKeys("Bouche");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		waitFor("email-error");
		assertThat(browser.findElement(By.id("email-error")).getText())
			.contains("Donnez une adresse e-mail ou un numéro de téléphone.");
		assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Hélène Dupuis");
		Chromium.checkAccessibility(browser, "volunteer-form-error-fr");
		type("phone", "02 345 67 89");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		waitFor("interview-heading");
		assertThat(browser.findElement(By.id("phone")).getText()).isEqualTo("02 345 67 89");

		new Select(browser.findElement(By.id("interviewer"))).selectByIndex(1);
		browser.findElement(By.id("outcome")).sendKeys("Admis");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save-interview")).sendKeys(Keys.ENTER));
		waitFor("training-heading");
		assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("Admis");
		type("cycleName", "Formation de base");
		browser.findElement(By.id("trainingStatus")).sendKeys("Formé");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save-training")).sendKeys(Keys.ENTER));
		waitFor("training-now");
		assertThat(browser.findElement(By.id("training-now")).getText()).startsWith("Formation de base (")
			.endsWith(" : Formé");
		Chromium.checkAccessibility(browser, "volunteer-fr");
		browser.get(browser.getCurrentUrl().replaceAll("\\?.*$", "") + "?lang=nl");
		waitFor("training-now");
		Chromium.checkAccessibility(browser, "volunteer-nl");
		open("/staff/palliative/volunteers?lang=nl");
		Chromium.checkAccessibility(browser, "volunteers-nl");
		open("/staff/palliative/volunteers?lang=fr");
		Chromium.checkAccessibility(browser, "volunteers-fr");
	}

	private void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		// The form does not react to typing (no htmx trigger, no script): the text is
		// sent at once.
		field.sendKeys(text);
	}

	private void signIn(String email) {
		Chromium.signIn(browser, this.port, email, PalliativeVolunteerTests.PASSWORD);
	}

	private static void waitFor(String id) {
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.id(id)).isEmpty());
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
