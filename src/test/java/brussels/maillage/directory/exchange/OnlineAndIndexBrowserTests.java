package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, checked with axe-core in French and Dutch: a service page with
 * its virtual places and contacts, and the administrators' button that rebuilds the
 * search index, pressed with the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class OnlineAndIndexBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aServicePageWithItsOnlinePlacesAndContactsIsAccessible() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:hsds/online/*")) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		assertThat(this.hsds.importPackage(files, new ImportOptions("fr", false, "clairiere-browser", false)).errors())
			.isEmpty();
		open("/repertoire/services/" + OnlinePlacesAndContactsTests.CHAT + "?lang=fr");
		WebElement link = browser.findElement(By.cssSelector("a[href='https://chat.clairiere.example/ecoute']"));
		assertThat(link.getText()).contains("Chat Clairière");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("En ligne")
			.contains("Personne de contact");
		Chromium.checkAccessibility(browser, "directory-service-online-fr");
		open("/repertoire/services/" + OnlinePlacesAndContactsTests.VIDEO_CONSULTATION + "?lang=nl");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Online").contains("Contactpersoon");
		Chromium.checkAccessibility(browser, "directory-service-online-nl");
	}

	@Test
	void anAdministratorRebuildsTheIndexWithTheKeyboard() {
		Chromium.signIn(browser, this.port, "admin@demo.maillage.brussels", "demo-maillage-2026");
		for (String language : new String[] { "fr", "nl" }) {
			open("/staff/repertoire?lang=" + language);
			String label = language.equals("fr") ? "Reconstruire l'index de recherche" : "Zoekindex opnieuw opbouwen";
			WebElement button = browser.findElement(By.xpath("//button[normalize-space()=\"" + label + "\"]"));
			Chromium.loadAfter(browser, () -> button.sendKeys(Keys.ENTER));
			WebElement result = Chromium.waitUntil(browser, Duration.ofSeconds(60), ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("section[aria-labelledby='search-index-title'] .notice")));
			assertThat(result.getText()).matches(language.equals("fr")
					? "Index de recherche reconstruit : [0-9 \u00a0\u202f]+ services indexés en [0-9]+,[0-9] s\\."
					: "Zoekindex opnieuw opgebouwd: [0-9. ]+ diensten geïndexeerd in [0-9]+,[0-9] s\\.");
			Chromium.checkAccessibility(browser, "directory-staff-search-index-" + language);
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
