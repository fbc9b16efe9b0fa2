package brussels.maillage.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.SecondLane;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.MemberType;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.bodies.NewMembership;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governance pages in Chromium, as staff use them, under axe-core (WCAG 2.1 AA) in French
 * and Dutch: renewing a council's membership, recording attendance.
 */
// Beside the others, on an application and a Chromium of its own (docs/testing.md).
@SecondLane
@ExtendWith(BrowserExtension.class)
class GovernanceBrowserTests {

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
	void aCoordinatorRenewsTheNordEstCouncilWithOneButton() {
		signIn("coordination");
		Body council = this.bodies.body("CAB-NORD_EST").orElseThrow();
		List<String> active = this.bodies.memberships(council.id(), 2025)
			.stream()
			.filter((m) -> m.status() == MembershipStatus.ACTIVE)
			.map(Membership::personName)
			.toList();
		open("/staff/governance?lang=fr");
		Chromium.checkAccessibility(browser, "governance-bodies-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Conseil de l'action – Bassin Nord-Est")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("composition")));
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("2025")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("members-title"), "Membres 2025"));
		assertThat(browser.findElement(By.id("composition")).getText()).contains("Centrum Algemeen Welzijnswerk");
		Chromium.checkAccessibility(browser, "governance-council-2025-fr");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Inviter les membres actifs pour 2026']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("members-title"), "Membres 2026"));
		String members = browser.findElement(By.id("members")).getText();
		for (String name : active) {
			assertThat(members).contains(name);
		}
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("pour 2026");
		open("/staff/governance/bodies/" + council.id() + "?year=2026&lang=nl");
		assertThat(browser.findElement(By.id("members")).getText()).contains("Uitgenodigd");
		Chromium.checkAccessibility(browser, "governance-council-2026-nl");
	}

	@Test
	void staffRecordAttendanceAndWalkInsOfAMeeting() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID groupId = this.bodies.createWorkingGroup("GT-BROWSER-" + unique,
				LocalizedText.of("GT Navigateur " + unique, "WG Browser " + unique, null), "test");
		Body group = this.bodies.body(groupId).orElseThrow();
		int year = LocalDate.now(this.clock).getYear();
		this.bodies.addMembership(group, new NewMembership(year, "Chloé Verbeke", null, null, "Eurotox", null,
				MembershipRole.CHAIR, MemberType.PROFESSIONAL, MembershipStatus.ACTIVE, null, null, "2025-01"), "test");
		this.bodies.addMembership(group, new NewMembership(year, "Jonas De Smet", null, null, "Sipes (ULB)", null,
				MembershipRole.MEMBER, MemberType.PROFESSIONAL, MembershipStatus.ACTIVE, null, null, "2025-01"),
				"test");
		ZoneId zone = this.clock.getZone();
		LocalDate day = LocalDate.of(year, 3, 10);
		UUID meeting = this.meetings.recordPast(group,
				new PlanMeeting(LocalizedText.of("Réunion de mars", "Vergadering van maart", null),
						day.atTime(10, 0).atZone(zone).toInstant(), day.atTime(12, 0).atZone(zone).toInstant(), null,
						1),
				brussels.maillage.governance.meetings.MeetingStatus.HELD, "test");
		signIn("admin");
		open("/staff/governance/meetings/" + meeting + "?lang=fr");
		Chromium.checkAccessibility(browser, "governance-meeting-fr");
		browser.findElement(By.xpath("//label[normalize-space()='Chloé Verbeke : Présent·e']/preceding-sibling::input"))
			.click();
		browser.findElement(By.xpath("//label[normalize-space()='Jonas De Smet : Excusé·e']/preceding-sibling::input"))
			.click();
		WebElement walkIns = browser.findElement(By.id("walkIns"));
		walkIns.clear();
		type(walkIns, "3");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer les présences']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Les présences ont été enregistrées."));
		String page = browser.findElement(By.id("content")).getText();
		assertThat(page).contains("50 % (1 sur 2)");
		// One member present and three walk-ins.
		assertThat(page).containsPattern("Participant·es\\s+4");
		// Another participant, not a member: without a name the message stands next to
		// the field and the organisation typed stays.
		type(browser.findElement(By.id("organisationName")), "Observatoire de la Santé et du Social");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter ce ou cette participant·e']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("personName-error")));
		assertThat(browser.findElement(By.id("personName-error")).getText()).contains("Écrivez le nom de la personne.");
		assertThat(browser.findElement(By.id("organisationName")).getAttribute("value"))
			.isEqualTo("Observatoire de la Santé et du Social");
		Chromium.checkAccessibility(browser, "governance-participant-error-fr");
		type(browser.findElement(By.id("personName")), "Sarah Lambert");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category")))
			.selectByVisibleText("Organismes de support, d'appui ou de coordination");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter ce ou cette participant·e']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("participants"), "Sarah Lambert"));
		assertThat(browser.findElement(By.id("participants")).getText())
			.contains("Observatoire de la Santé et du Social", "Organismes de support, d'appui ou de coordination");
		// One member present, three walk-ins and the other participant.
		assertThat(browser.findElement(By.id("content")).getText()).containsPattern("Participant·es\\s+5");
		open("/staff/governance/meetings/" + meeting + "?lang=nl");
		assertThat(browser.findElement(By.id("content")).getText()).contains("50 % (1 van 2)", "Sarah Lambert",
				"Ondersteunings- en coördinatieorganisaties");
		Chromium.checkAccessibility(browser, "governance-meeting-nl");
	}

	@Test
	void staffWriteAndPublishAWorkshopSynthesisInFrench() {
		Body workshops = this.bodies.body("ADC-SUD_EST").orElseThrow();
		ZoneId zone = this.clock.getZone();
		LocalDate day = LocalDate.of(LocalDate.now(this.clock).getYear(), 6, 9);
		UUID meeting = this.meetings.recordPast(workshops,
				new PlanMeeting(workshops.name(), day.atTime(9, 30).atZone(zone).toInstant(),
						day.atTime(12, 0).atZone(zone).toInstant(), null, 1),
				brussels.maillage.governance.meetings.MeetingStatus.HELD, "test");
		signIn("coordination");
		open("/staff/governance/meetings/" + meeting + "?lang=fr");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Rédiger la synthèse']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("add")));
		Chromium.checkAccessibility(browser, "governance-synthesis-edit-fr");
		// Adding an empty item shows the message next to the field.
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter un élément']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("textFr-error")));
		assertThat(browser.findElement(By.id("textFr-error")).getText()).contains("Écrivez le texte de l'élément");
		Chromium.checkAccessibility(browser, "governance-synthesis-error-fr");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("section")))
			.selectByVisibleText("Constats");
		type(browser.findElement(By.id("textFr")), "Les partenaires du bassin se connaissent mieux.");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Ajouter un élément']")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("items"),
				"Les partenaires du bassin se connaissent mieux."));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status-fr")))
			.selectByVisibleText("Publiée");
		Chromium.clickAndLoad(browser, browser.findElement(By.id("save-status-fr")));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Le statut de la version a été changé."));
		Chromium.clickAndLoad(browser, browser.findElement(By.linkText("Ouvrir")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div[lang=fr]")));
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Synthèse : Ateliers du changement – Bassin Sud-Est");
		assertThat(browser.findElement(By.id("content")).getText())
			.contains("Les partenaires du bassin se connaissent mieux.");
		Chromium.checkAccessibility(browser, "governance-synthesis-public-fr");
		String path = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
		open(path + "?lang=nl");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText())
			.contains("Nederlandse versie in voorbereiding");
		Chromium.checkAccessibility(browser, "governance-synthesis-public-nl");
		open("/gouvernance/syntheses?lang=nl");
		Chromium.checkAccessibility(browser, "governance-syntheses-nl");
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
