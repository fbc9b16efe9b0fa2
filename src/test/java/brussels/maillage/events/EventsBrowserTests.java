package brussels.maillage.events;

import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda, an event page and its registration form in Debian's Chromium, with axe-core
 * WCAG 2.1 A/AA in French and Dutch; the staff form with its errors too. Skipped where
 * there is no Chromium, but never in CI.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class EventsBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * Leaves no unsent message behind: the test database is shared, and other tests send
	 * what the outbox holds.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration", "event-request");
	}

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void agendaEventPageAndRegistrationPassAxeInFrenchAndDutch() {
		UUID id = this.events.create(EventFixtures.draft("Brus'info navigateur", 1, Duration.ofDays(15)));
		YearMonth month = YearMonth
			.from(this.events.event(id).orElseThrow().startsAt().atZone(EventsService.TIME_ZONE));
		open("/agenda?lang=fr&month=" + month);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Agenda");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Brus'info navigateur");
		Chromium.checkAccessibility(browser, "events-agenda-fr");
		open("/agenda?lang=nl&month=" + month + "&territory=NORD");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Brus'info navigateur (nl)");
		Chromium.checkAccessibility(browser, "events-agenda-nl");

		open("/agenda/" + id + "?lang=fr");
		Chromium.checkAccessibility(browser, "events-event-fr");
		browser.findElement(By.id("name")).sendKeys("Camille Dubois");
		browser.findElement(By.id("email")).sendKeys("camille.example.be");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.cssSelector("form[action$='/inscription'] button[type=submit]")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.id("email-error")).getText()).contains("adresse e-mail valide");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Camille Dubois");
		Chromium.checkAccessibility(browser, "events-register-errors-fr");

		open("/agenda/" + id + "?lang=nl");
		Chromium.checkAccessibility(browser, "events-event-nl");
		browser.findElement(By.id("name")).sendKeys("Lies Peeters");
		browser.findElement(By.id("email")).sendKeys("lies-" + UUID.randomUUID() + "@example.be");
		browser.findElement(By.id("language-nl")).click();
		browser.findElement(By.id("consent")).click();
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("answer0")).sendKeys("huisarts", Keys.ENTER));
		wait(ExpectedConditions.urlContains("/agenda/inscription/"));
		assertThat(browser.findElement(By.id("content")).getText()).contains("Bevestigd");
		Chromium.checkAccessibility(browser, "events-registration-nl");

		// Cancelling asks first: the link opens a question, only its button cancels.
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Mijn inschrijving annuleren")));
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "Wilt u uw inschrijving echt annuleren?"));
		assertThat(browser.findElement(By.id("content")).getText()).contains("Bevestigd");
		Chromium.checkAccessibility(browser, "events-registration-cancel-nl");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ja, mijn inschrijving annuleren']")));
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "Uw inschrijving"));
		assertThat(browser.findElement(By.id("content")).getText()).contains("Geannuleerd");
	}

	@Test
	void theStaffFormShowsItsErrorsAccessibly() {
		Chromium.signIn(browser, this.port, "nl", "nord@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/events/new?lang=nl");
		Chromium.checkAccessibility(browser, "events-staff-form-nl");
		browser.findElement(By.id("capacity")).clear();
		browser.findElement(By.id("capacity")).sendKeys("-3");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form button[type=submit].button")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.id("capacity-error")).getText()).contains("minstens 1");
		Chromium.checkAccessibility(browser, "events-staff-form-errors-nl");
		browser.findElement(By.id("capacity")).clear();
		browser.findElement(By.id("capacity")).sendKeys("25");
		browser.findElement(By.id("headcount")).sendKeys("twintig");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form button[type=submit].button")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("headcount-error")));
		assertThat(browser.findElement(By.id("headcount-error")).getText()).contains("Geef het aantal aanwezigen");
		assertThat(browser.findElement(By.id("headcount")).getAttribute("value")).isEqualTo("twintig");
		Chromium.checkAccessibility(browser, "events-staff-form-activity-errors-nl");
		open("/staff/events?lang=fr");
		Chromium.checkAccessibility(browser, "events-staff-list-fr");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("q")).sendKeys("brus'info", Keys.ENTER));
		wait(ExpectedConditions.urlContains("q=brus"));
		assertThat(browser.findElement(By.tagName("caption")).getText()).startsWith("Événements à venir");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Passés")));
		wait(ExpectedConditions.urlContains("when=past"));
		assertThat(browser.findElement(By.tagName("caption")).getText()).startsWith("Événements passés");
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("brus'info");
		Chromium.checkAccessibility(browser, "events-staff-list-past-fr");
		open("/staff/events/figures?by=event&lang=nl");
		Chromium.checkAccessibility(browser, "events-figures-by-event-nl");
		open("/staff/events/figures?by=kind&then=requesting&from=2024-01-01&to=2024-12-31&lang=fr");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Demande reçue de")
			.contains("Bassin Nord-Est");
		Chromium.checkAccessibility(browser, "events-figures-kind-by-request-fr");
		open("/staff/events/figures?by=requesting&then=team&status=CANCELLED&lang=nl");
		Chromium.checkAccessibility(browser, "events-figures-request-by-team-nl");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		Chromium.waitUntil(browser, condition);
	}

}
