package brussels.maillage.plans.report;

import java.time.Duration;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual reports' list and the 2024 report in Chromium under axe-core (WCAG 2.1 AA),
 * in French and Dutch, reached from the plans page as a staff member would.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class ReportBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void theReportsListAndThe2024ReportPassAxeInFrenchAndDutch() {
		signIn("coordination");
		open("/staff/plans?year=2024&lang=fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Rapports annuels (annexes générées)")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reports")));
		assertThat(browser.findElement(By.id("reports")).getText()).contains("2024", "Brouillon");
		Chromium.checkAccessibility(browser, "plans-reports-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Annexes 2024 en français")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("annex-2-table")));
		assertThat(browser.findElement(By.id("annex-2-table")).getText()).contains("1000 dossiers : 652");
		Chromium.checkAccessibility(browser, "plans-report-fr");

		open("/staff/plans/reports?lang=nl");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reports")));
		Chromium.checkAccessibility(browser, "plans-reports-nl");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Bijlagen 2024 in het Nederlands")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("annex-1-table")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jaarverslag 2024 – bijlagen");
		assertThat(browser.findElement(By.id("annex-1-table")).getText()).contains("Deliverables 2024 (per zorgzone)",
				"Balans en indicatoren", "Vooruitzichten 2025");
		Chromium.checkAccessibility(browser, "plans-report-nl");
	}

	private void signIn(String account) {
		Chromium.signIn(browser, this.port, account + "@demo.maillage.brussels", "demo-maillage-2026");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, Duration.ofSeconds(30), condition);
	}

}
