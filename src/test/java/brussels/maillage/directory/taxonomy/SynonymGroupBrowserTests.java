package brussels.maillage.directory.taxonomy;

import java.util.List;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synonym group's page in Debian's Chromium, in French and Dutch: an editor gives it a
 * broader concept by typing a term, sees a refused term's message next to the field and
 * in the summary that links to it, and the page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class SynonymGroupBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@AfterEach
	void removeTheGroups() {
		// The database is shared with the other tests.
		this.jdbc.sql("delete from search_synonym where created_by = 'browser@test'").update();
	}

	@Test
	void anEditorGivesAGroupABroaderConceptAndSeesARefusedTermNextToTheField() {
		long narrow = this.taxonomy.addSynonyms(List.of("zznavigateur", "zzbrowserterm"), "browser@test");
		this.taxonomy.addSynonyms(List.of("zznavlarge", "zznavruim"), "browser@test");
		Chromium.signIn(browser, this.port, "fr", "nord@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/repertoire/synonyms/" + narrow + "?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("zznavigateur = zzbrowserterm");

		browser.findElement(By.id("term")).sendKeys("zzinconnu");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form.narrow-wide button[type=submit]")));
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("term-error")).getText())
			.contains("Aucun groupe ne contient « zzinconnu »");
		assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#term");
		Chromium.checkAccessibility(browser, "directory-synonym-group-error-fr");

		WebElement field = browser.findElement(By.id("term"));
		field.clear();
		field.sendKeys("ZZNavRuim");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form.narrow-wide button[type=submit]")));
		Chromium.waitUntil(browser, (driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(browser.findElement(By.id("content")).getText()).contains("zznavlarge = zznavruim");
		Chromium.checkAccessibility(browser, "directory-synonym-group-fr");

		open("/staff/repertoire/synonyms/" + narrow + "?lang=nl");
		assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Ruimere begrippen");
		Chromium.checkAccessibility(browser, "directory-synonym-group-nl");
		open("/staff/repertoire/synonyms?lang=nl");
		Chromium.checkAccessibility(browser, "directory-synonyms-nl");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
