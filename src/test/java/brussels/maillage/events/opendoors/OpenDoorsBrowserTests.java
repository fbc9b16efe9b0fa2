package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.OutboxFixtures;
import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open-doors week from the validated offer to a booked visit in Debian's Chromium: the
 * published programme and the booking form pass axe-core WCAG 2.1 A/AA in French and
 * Dutch, a bad e-mail is shown next to its field without losing what was typed, and the
 * host sees its visitor through its private link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class OpenDoorsBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	OpenDoorsWeekService weeks;

	@Autowired
	HostOfferService offers;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-booking");
	}

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void programmeAndBookingPassAxeInFrenchAndDutchAndTheHostSeesItsVisitor() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		String name = "Portes du navigateur " + UUID.randomUUID().toString().substring(0, 6);
		UUID week = this.weeks.createWeek(name, "NORD", monday, monday.plusDays(4), monday.minusDays(7));
		UUID offer = this.offers.offer(week,
				new OpenDoors.Offer(null, "Maison médicale du navigateur", "Rue Haute 298", "21004", null,
						"Visite de l'équipe et des locaux.", "hote@example.org",
						OpenDoors.slots(List.of(monday.atTime(9, 30), monday.plusDays(1).atTime(14, 0)), 3)),
				"test");
		this.offers.decide(offer, true);
		this.weeks.publish(week);

		open("/portes-ouvertes?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains(name);
		open("/portes-ouvertes/" + week + "?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
		assertThat(browser.findElement(By.id("content")).getText()).contains("2 visite(s)");
		Chromium.checkAccessibility(browser, "opendoors-programme-fr");
		open("/portes-ouvertes/" + week + "?lang=nl&day=" + monday.plusDays(1));
		assertThat(browser.findElement(By.id("content")).getText()).contains("1 bezoek(en)");
		Chromium.checkAccessibility(browser, "opendoors-programme-nl");

		open("/portes-ouvertes/" + week + "?lang=fr&day=" + monday);
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("a[href*='/portes-ouvertes/creneau/']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("profession")));
		Chromium.checkAccessibility(browser, "opendoors-booking-fr");
		browser.findElement(By.id("name")).sendKeys("Camille Dubois");
		browser.findElement(By.id("email")).sendKeys("camille.example.be");
		browser.findElement(By.id("profession")).sendKeys("infirmière");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#content form button[type=submit]")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.id("email-error")).getText()).contains("adresse e-mail valide");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Camille Dubois");
		Chromium.checkAccessibility(browser, "opendoors-booking-error-fr");

		String slotPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
		open(slotPath + "?lang=nl");
		Chromium.checkAccessibility(browser, "opendoors-booking-nl");
		browser.findElement(By.id("name")).sendKeys("Lies Peeters");
		browser.findElement(By.id("email")).sendKeys("lies-" + UUID.randomUUID() + "@example.be");
		browser.findElement(By.id("profession")).sendKeys("huisarts");
		browser.findElement(By.id("language-nl")).click();
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#content form button[type=submit]")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "gereserveerd"));

		String token = this.jdbc.sql("select host_token from open_doors_offer where id = ?")
			.param(offer)
			.query(String.class)
			.single();
		open("/portes-ouvertes/hote/" + token + "?lang=nl");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Lies Peeters").contains("huisarts");
		Chromium.checkAccessibility(browser, "opendoors-host-nl");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		Chromium.waitUntil(browser, condition);
	}

}
