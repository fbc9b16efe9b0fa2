package brussels.maillage.directory.exchange;

import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor gives a new service an alternate name in Chromium (issue 17): a name too long
 * is said next to the field, the one typed then is shown on the service page ("Aussi
 * appelé", "Ook bekend als"); the form and the page pass axe-core (WCAG 2.1 AA) in French
 * and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AlternateNameBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void anEditorGivesAServiceAnAlternateNameThatItsPageShows() {
		UUID organization = UUID.randomUUID();
		this.jdbc.sql("insert into organization (id, name) values (?, 'Welzijnshuis Zilverspar')")
			.param(organization)
			.update();
		try {
			Chromium.signIn(browser, this.port, "nord@demo.maillage.brussels", "demo-maillage-2026");
			open("/staff/repertoire/organizations/" + organization + "/services/new?lang=fr");
			browser.findElement(By.id("nameFr")).sendKeys("Service social de la Zilverspar");
			WebElement alternateName = browser.findElement(By.id("alternateName"));
			alternateName.sendKeys("CGG " + "Zilverspar ".repeat(20));
			browser.findElement(By.cssSelector("input[name=areaLevel][value=REGION]")).click();
			Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
			WebElement error = Chromium.waitUntil(browser,
					ExpectedConditions.presenceOfElementLocated(By.id("alternateName-error")));
			assertThat(error.getText()).endsWith("Ce texte est trop long.");
			Chromium.checkAccessibility(browser, "directory-alternate-name-error-fr");

			alternateName = browser.findElement(By.id("alternateName"));
			alternateName.clear();
			for (char key : "SSZ Zilverspar".toCharArray()) {
				alternateName.sendKeys(String.valueOf(key));
			}
			Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
			WebElement shown = Chromium.waitUntil(browser,
					ExpectedConditions.presenceOfElementLocated(By.id("alternate-name")));
			assertThat(shown.getText()).isEqualTo("Aussi appelé : SSZ Zilverspar");
			Chromium.checkAccessibility(browser, "directory-alternate-name-service-fr");
			String page = browser.getCurrentUrl().replaceFirst("\\?.*$", "");

			Chromium.loadAfter(browser, () -> browser.get(page + "?lang=nl"));
			assertThat(browser.findElement(By.id("alternate-name")).getText())
				.isEqualTo("Ook bekend als: SSZ Zilverspar");
			Chromium.checkAccessibility(browser, "directory-alternate-name-service-nl");
			String service = page.substring(page.lastIndexOf('/') + 1);
			open("/staff/repertoire/services/" + service + "/edit?lang=nl");
			assertThat(browser.findElement(By.cssSelector("label[for=alternateName]")).getText())
				.isEqualTo("Andere naam (optioneel)");
			assertThat(browser.findElement(By.id("alternateName")).getAttribute("value")).isEqualTo("SSZ Zilverspar");
			Chromium.checkAccessibility(browser, "directory-alternate-name-form-nl");

			// The organisation's alternate name, typed in its form, and a program (which
			// only imports write) are shown on the service's page.
			open("/staff/repertoire/organizations/" + organization + "?lang=fr");
			WebElement organizationName = browser.findElement(By.id("alternateName"));
			for (char key : "Maison Zilverspar".toCharArray()) {
				organizationName.sendKeys(String.valueOf(key));
			}
			Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("button[type=submit].button")));
			UUID program = UUID.randomUUID();
			this.jdbc.sql("insert into program (id, organization_id, name) values (?, ?, 'Opération Zilverspar')")
				.params(program, organization)
				.update();
			this.jdbc.sql("update service set program_id = ? where id = ?::uuid").params(program, service).update();
			open("/repertoire/services/" + service + "?lang=fr");
			assertThat(browser.findElement(By.id("organization-alternate-name")).getText())
				.isEqualTo("Maison Zilverspar");
			assertThat(browser.findElement(By.id("program")).getText()).isEqualTo("Programme : Opération Zilverspar");
			Chromium.checkAccessibility(browser, "directory-alternate-name-program-fr");
		}
		finally {
			this.jdbc.sql("update service set status = 'closed', last_modified = now() where organization_id = ?")
				.param(organization)
				.update();
		}
	}

	private void open(String path) {
		Chromium.loadAfter(browser, () -> browser.get("http://localhost:" + this.port + path));
	}

}
