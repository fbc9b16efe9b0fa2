package brussels.maillage.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.meetings.MeetingsService;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting records in Chromium under axe-core (WCAG 2.1 AA) in French and Dutch: the
 * agenda, a decision and the public decisions register, a proposal from a working group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class GovernanceRecordsBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	Clock clock;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void staffSetTheAgendaRecordADecisionAndTheRegisterShowsIt() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Navigateur");
		GovernanceFixtures.member(this.bodies, council, "Inès Moreau", "ines@example.be", "GP", MembershipRole.CHAIR,
				MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		UUID meeting = GovernanceFixtures.heldMeeting(this.meetings, this.clock, council, LocalDate.of(2026, 9, 15),
				18);
		signIn("sud");
		open("/staff/governance/meetings/" + meeting + "/agenda?lang=fr");
		Chromium.checkAccessibility(browser, "governance-agenda-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.xpath("//button[normalize-space()='Ajouter un point']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("titleFr-error")));
		Chromium.checkAccessibility(browser, "governance-agenda-error-fr");
		type(browser.findElement(By.id("titleFr")), "Bilan des ateliers");
		type(browser.findElement(By.id("minutes")), "40");
		Chromium.clickAndLoad(browser, browser.findElement(By.xpath("//button[normalize-space()='Ajouter un point']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Le point a été ajouté à l'ordre du jour."));
		assertThat(browser.findElement(By.id("content")).getText()).contains("Bilan des ateliers", "40 min");
		open("/staff/governance/meetings/" + meeting + "/agenda?lang=nl");
		Chromium.checkAccessibility(browser, "governance-agenda-nl");

		open("/staff/governance/meetings/" + meeting + "/decisions?lang=fr");
		Chromium.checkAccessibility(browser, "governance-decisions-fr");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer une décision']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("textFr-error")));
		Chromium.checkAccessibility(browser, "governance-decisions-error-fr");
		type(browser.findElement(By.id("textFr")), "Le bilan est approuvé.");
		browser.findElement(By.xpath("//label[normalize-space()='Par consensus']")).click();
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer une décision']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"La décision a été ajoutée au registre."));
		open("/staff/governance/meetings/" + meeting + "/decisions?lang=nl");
		Chromium.checkAccessibility(browser, "governance-decisions-nl");
		open("/gouvernance/conseils/" + council.code() + "/decisions?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Le bilan est approuvé.", "Par consensus");
		Chromium.checkAccessibility(browser, "governance-register-fr");
		open("/gouvernance/conseils/" + council.code() + "/decisions?lang=nl");
		Chromium.checkAccessibility(browser, "governance-register-nl");
	}

	@Test
	void aProposalFromAWorkingGroupIsRefusedWithoutTheGroupThenSubmitted() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Origine");
		signIn("sud");
		open("/staff/governance/proposals/new?lang=nl");
		Chromium.checkAccessibility(browser, "governance-proposal-form-nl");
		browser.findElement(By.xpath("//label[normalize-space()='Uit een werkgroep']")).click();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("council")))
			.selectByVisibleText(council.name().nl());
		type(browser.findElement(By.id("textFr")), "Partager les données de fréquentation.");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Aan de raad voorleggen']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("originBody-error")));
		assertThat(browser.findElement(By.id("textFr")).getAttribute("value"))
			.isEqualTo("Partager les données de fréquentation.");
		Chromium.checkAccessibility(browser, "governance-proposal-error-nl");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("originBody")))
			.selectByVisibleText("WG Gegevens");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Aan de raad voorleggen']")));
		wait(ExpectedConditions.urlMatches("/staff/governance/proposals/[0-9a-f-]{36}"));
		String proposal = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
		Chromium.checkAccessibility(browser, "governance-proposal-nl");
		// A person moves it on: received by the council, then under review.
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status")))
			.selectByVisibleText("Ontvangen door de raad");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Status en antwoord opslaan']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"De status en het antwoord van de raad zijn opgeslagen."));
		assertThat(browser.findElement(By.cssSelector(".summary-list")).getText()).contains("Ontvangen door de raad");
		open(proposal + "?lang=fr");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status")))
			.selectByVisibleText("Fusionnée dans une autre proposition");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer le statut et la réponse']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("mergedInto-error")));
		Chromium.checkAccessibility(browser, "governance-proposal-error-fr");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status")))
			.selectByVisibleText("À l'examen");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer le statut et la réponse']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary-list"), "À l'examen"));
		open(proposal.replace("/staff/governance/proposals/", "/gouvernance/propositions/") + "?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains("À l'examen", "GT Données");
		Chromium.checkAccessibility(browser, "governance-trace-fr");
		open(proposal.replace("/staff/governance/proposals/", "/gouvernance/propositions/") + "?lang=nl");
		Chromium.checkAccessibility(browser, "governance-trace-nl");
		open("/staff/governance/proposals/new?lang=fr");
		Chromium.checkAccessibility(browser, "governance-proposal-form-fr");
	}

	private void signIn(String account) {
		Chromium.signInOnce(browser, this.port, "fr", account + "@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
	}

	private static void type(WebElement field, String text) {
		// The form does not react to typing (no htmx trigger, no script): the text is
		// sent at once.
		field.sendKeys(text);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

}
