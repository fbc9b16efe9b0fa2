package brussels.maillage.care;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care-coordination team in Debian's Chromium, with the keyboard: prepares a demo
 * provider's statement for January 2024, adds a community-of-practice fee for an event of
 * the month, sends and approves it (its lines can then no longer change); the pages pass
 * axe-core in French and Dutch.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class CareBrowserTests {

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
	void theTeamPreparesSendsAndApprovesAStatement() {
		signIn("casemanagement@demo.maillage.brussels");
		open("/staff/care/statements?lang=fr");
		Chromium.checkAccessibility(browser, "care-statements-fr");
		new Select(browser.findElement(By.id("provider"))).selectByVisibleText(this.jdbc
			.sql("select name || ' (' || nihii || ')' from care_provider where name = 'Julie Vandenberghe'")
			.query(String.class)
			.single());
		browser.findElement(By.id("periodKind")).sendKeys("Mois");
		WebElement start = browser.findElement(By.id("periodStart"));
		start.click();
		for (char key : "01012024".toCharArray()) {
			start.sendKeys(String.valueOf(key));
		}
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("draft")).sendKeys(Keys.ENTER));
		waitFor("statement-total");
		assertThat(browser.findElement(By.id("statement-status")).getText()).isEqualTo("Brouillon");
		// her validated occupational-therapy services of January 2024, at 30,00 € each
		BigDecimal prestations = this.jdbc.sql("""
				select sum(p.amount) from care_prestation p join care_provider v on v.id = p.provider_id
				where v.name = 'Julie Vandenberghe' and p.performed_on between '2024-01-01' and '2024-01-31'""")
			.query(BigDecimal.class)
			.single();
		assertThat(browser.findElement(By.id("statement-total")).getText()).isEqualTo(euros(prestations));

		browser.findElement(By.id("kind")).sendKeys("Communauté");
		new Select(browser.findElement(By.id("event"))).selectByIndex(1);
		WebElement amount = browser.findElement(By.id("amount"));
		for (char key : "45,50".toCharArray()) {
			amount.sendKeys(String.valueOf(key));
		}
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("add-fee")).sendKeys(Keys.ENTER));
		BigDecimal total = prestations.add(new BigDecimal("45.50"));
		Chromium.waitUntil(browser, Duration.ofSeconds(30),
				(driver) -> driver.findElement(By.id("statement-total")).getText().equals(euros(total)));
		Chromium.checkAccessibility(browser, "care-statement-fr");

		Chromium.loadAfter(browser, () -> browser.findElement(By.id("advance")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, Duration.ofSeconds(30),
				(driver) -> driver.findElement(By.id("statement-status")).getText().equals("Envoyé"));
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("advance")).sendKeys(Keys.ENTER));
		Chromium.waitUntil(browser, Duration.ofSeconds(30),
				(driver) -> driver.findElement(By.id("statement-status")).getText().equals("Approuvé"));
		assertThat(browser.findElements(By.id("add-fee"))).isEmpty();
		assertThat(browser.findElements(By.id("refresh"))).isEmpty();
		assertThat(browser.findElement(By.id("statement-total")).getText()).isEqualTo(euros(total));
		assertThat(browser.findElement(By.id("statement-pdf")).getAttribute("href")).endsWith("/statement.pdf");

		String page = browser.getCurrentUrl();
		open(page.substring(page.indexOf("/staff")) + "?lang=nl");
		assertThat(browser.findElement(By.id("statement-status")).getText()).isEqualTo("Goedgekeurd");
		Chromium.checkAccessibility(browser, "care-statement-nl");
		open("/staff/care/figures?year=2024&lang=nl");
		Chromium.checkAccessibility(browser, "care-figures-nl");
		open("/staff/care/figures?year=2024&lang=fr");
		Chromium.checkAccessibility(browser, "care-figures-fr");
		open("/staff/care/cases?lang=nl&bassin=SUD_EST&status=CLOSED");
		Chromium.checkAccessibility(browser, "care-cases-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#cases a")));
		waitFor("code");
		Chromium.checkAccessibility(browser, "care-case-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.id("prestations-link")));
		waitFor("record");
		Chromium.checkAccessibility(browser, "care-prestations-nl");
		open("/staff/care/cases/new?lang=fr");
		Chromium.checkAccessibility(browser, "care-case-form-fr");
		open("/staff/care/providers?lang=fr");
		Chromium.checkAccessibility(browser, "care-providers-fr");
		open("/staff/care/providers/new?lang=nl");
		Chromium.checkAccessibility(browser, "care-provider-form-nl");
		for (String language : java.util.List.of("fr", "nl")) {
			open("/staff/care/tariffs?lang=" + language);
			waitFor("tariffs");
			Chromium.checkAccessibility(browser, "care-tariffs-" + language);
			Chromium.loadAfter(browser,
					() -> browser.findElement(By.cssSelector("#tariffs td a")).sendKeys(Keys.ENTER));
			waitFor("save-tariff");
			Chromium.checkAccessibility(browser, "care-tariff-" + language);
		}
	}

	private static String euros(BigDecimal amount) {
		// as the pages print euros: 1.234,50 €
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
	}

	private void signIn(String email) {
		Chromium.signIn(browser, this.port, email, CareFixtures.PASSWORD);
	}

	private static void waitFor(String id) {
		Chromium.waitUntil(browser, Duration.ofSeconds(30), (driver) -> !driver.findElements(By.id(id)).isEmpty());
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
