package brussels.maillage.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators' pages in Debian's Chromium, with the keyboard: the metric catalogue, an
 * indicator typed (first without its Dutch name, refused next to the field), a manual
 * value, a cold-data file checked in a dry run with its errors by row and field; each
 * page passes axe-core in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class IndicatorsBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aCoordinatorReadsTheCatalogueTypesAnIndicatorAManualValueAndChecksAColdDataFile() throws IOException {
		signIn("coordination@demo.maillage.brussels");
		open("/staff/indicators/metrics?year=2024&lang=fr");
		waitFor("metrics");
		assertThat(browser.findElement(By.id("metric-helpdesk-requests")).getText()).contains("Demandes à l'helpdesk");
		Chromium.checkAccessibility(browser, "indicators-metrics-fr");
		open("/staff/indicators/metrics?year=2024&lang=nl");
		waitFor("metrics");
		Chromium.checkAccessibility(browser, "indicators-metrics-nl");

		open("/staff/indicators/new?lang=fr");
		String code = "brusinfo.part." + UUID.randomUUID().toString().substring(0, 4);
		type("code", code);
		type("nameFr", "Part des Brus'info demandés par Nord-Est");
		new Select(browser.findElement(By.id("numerator"))).selectByValue("events.brusinfo.byRequesting");
		new Select(browser.findElement(By.id("denominator"))).selectByValue("events.held");
		type("factor", "100");
		new Select(browser.findElement(By.id("unit"))).selectByValue("PERCENT");
		new Select(browser.findElement(By.id("disaggregation"))).selectByValue("BASSIN");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		waitFor("nameNl-error");
		assertThat(browser.findElement(By.id("nameNl-error")).getText()).contains("Indiquez le nom en néerlandais.");
		assertThat(browser.findElement(By.id("nameFr")).getAttribute("value"))
			.isEqualTo("Part des Brus'info demandés par Nord-Est");
		Chromium.checkAccessibility(browser, "indicators-form-error-fr");
		type("nameNl", "Aandeel Brus'info aangevraagd door Noord-Oost");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save")).sendKeys(Keys.ENTER));
		waitFor("indicators");
		assertThat(browser.findElement(By.id("indicator-" + code + "-NORD_EST")).getText()).contains("Nord-Est");
		Chromium.checkAccessibility(browser, "indicators-list-fr");
		open("/staff/indicators?lang=nl");
		waitFor("indicators");
		Chromium.checkAccessibility(browser, "indicators-list-nl");

		open("/staff/indicators/manual?lang=fr");
		new Select(browser.findElement(By.id("metric"))).selectByValue("events.openDoors.visitors");
		type("year", "2004");
		new Select(browser.findElement(By.id("territory"))).selectByValue("SUD");
		type("printed", "+/- 40");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save-manual")).sendKeys(Keys.ENTER));
		waitFor("reason-error");
		Chromium.checkAccessibility(browser, "indicators-manual-error-fr");
		type("reason", "Liste papier des visiteurs.");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("save-manual")).sendKeys(Keys.ENTER));
		waitFor("manual-values");
		assertThat(browser.findElement(By.id("manual-values")).getText()).contains("+/- 40")
			.contains("Liste papier des visiteurs.");
		Chromium.checkAccessibility(browser, "indicators-manual-fr");
		open("/staff/indicators/manual?year=2004&lang=nl");
		waitFor("manual-values");
		Chromium.checkAccessibility(browser, "indicators-manual-nl");

		Path file = Files.createTempFile("population", ".csv");
		Files.writeString(file, "area_type;area;value\nBASSIN;NORD;123456\nBASSIN;OUEST;12\n", StandardCharsets.UTF_8);
		open("/staff/indicators/cold-data?lang=fr");
		type("code", "population");
		type("nameFr", "Population");
		type("nameNl", "Bevolking");
		type("source", "Statbel");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("import")).sendKeys(Keys.ENTER));
		waitFor("row-errors");
		assertThat(browser.findElement(By.id("row-errors")).getText()).contains("3")
			.contains("area")
			.contains("Ce n'est le code d'aucun des cinq bassins");
		Chromium.checkAccessibility(browser, "indicators-cold-errors-fr");
		open("/staff/indicators/cold-data?lang=nl");
		waitFor("import-heading");
		Chromium.checkAccessibility(browser, "indicators-cold-nl");
		Files.deleteIfExists(file);
	}

	private void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		// The form does not react to typing (no htmx trigger, no script): the text is
		// sent at once.
		field.sendKeys(text);
	}

	private void signIn(String email) {
		Chromium.signIn(browser, this.port, email, "demo-maillage-2026");
	}

	private static void waitFor(String id) {
		Chromium.waitUntil(browser, Duration.ofSeconds(30), (driver) -> !driver.findElements(By.id(id)).isEmpty());
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
