package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.system.OutboxFixtures;
import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open-doors week from the call for hosts to a booked visit in Debian's Chromium:
 * staff create the week, a host answers the call in the public form (finding its
 * organisation in the directory as it types; a bad e-mail is shown next to its field and
 * corrected, nothing typed lost), staff validate the offer and publish the programme, a
 * professional books a visit. The call form, the programme and the agenda pass axe-core
 * WCAG 2.1 A/AA in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class OpenDoorsFlowBrowserTests {

	private static final Pattern HOST_LINK = Pattern.compile("/portes-ouvertes/hote/([A-Za-z0-9_-]{20,})");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-booking", "open-doors-offer");
	}

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aWeekRunsFromTheCallForHostsToABookedVisit() {
		// Staff create the week.
		LocalDate monday = OpenDoorsTests.nextMonday().plusWeeks(1);
		String name = "Semaine du navigateur " + UUID.randomUUID().toString().substring(0, 6);
		signIn();
		open("/staff/portes-ouvertes?lang=fr");
		browser.findElement(By.id("name")).sendKeys(name);
		setValue("startsOn", monday.toString());
		setValue("endsOn", monday.plusDays(4).toString());
		setValue("hostsCloseOn", monday.minusDays(7).toString());
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("#content form button[type=submit]")));
		wait(ExpectedConditions.urlMatches("/staff/portes-ouvertes/[0-9a-f-]{36}"));
		String weekId = browser.getCurrentUrl().replaceAll("^.*/staff/portes-ouvertes/([0-9a-f-]{36}).*$", "$1");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("a[href*='/portes-ouvertes/appel/']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("slot-0-day")));

		// A host answers the call, anonymously.
		browser.manage().deleteAllCookies();
		open("/portes-ouvertes?lang=nl");
		Chromium.clickAndLoad(browser,
				browser.findElement(By.cssSelector("a[href*='/portes-ouvertes/appel/" + weekId + "']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("slot-0-day")));
		Chromium.checkAccessibility(browser, "opendoors-call-nl");
		open("/portes-ouvertes/appel/" + weekId + "?lang=fr");
		Chromium.checkAccessibility(browser, "opendoors-call-fr");
		Organization host = this.directory.organizations(0, 1).get(0);
		browser.findElement(By.id("organization")).sendKeys(host.name());
		waitUntilAnswered("organization");
		By choice = By.cssSelector("#organization-results input[value='" + host.id() + "']");
		wait(ExpectedConditions.elementToBeClickable(choice));
		browser.findElement(choice).click();
		browser.findElement(By.id("contactName")).sendKeys("Sofie Janssens");
		browser.findElement(By.id("contactEmail")).sendKeys("sofie.example.be");
		browser.findElement(By.id("contactLanguage-nl")).click();
		browser.findElement(By.id("address")).sendKeys("Rue Haute 298");
		new Select(browser.findElement(By.id("commune"))).selectByValue("21004");
		new Select(browser.findElement(By.id("slot-0-day"))).selectByValue(monday.toString());
		new Select(browser.findElement(By.id("slot-0-start"))).selectByValue("09:30");
		browser.findElement(By.id("slot-0-capacity")).sendKeys("4");
		new Select(browser.findElement(By.id("slot-0-language"))).selectByValue("bilingual");
		browser.findElement(By.id("slot-0-descriptionFr")).sendKeys("L'accueil et l'équipe de la maison médicale.");
		browser.findElement(By.id("slot-0-descriptionNl"))
			.sendKeys("Het onthaal en het team van het wijkgezondheidscentrum.");
		send();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.findElement(By.id("contactEmail-error")).getText()).contains("adresse e-mail valide");
		assertThat(browser.findElement(By.id("slot-0-descriptionNl")).getAttribute("value"))
			.isEqualTo("Het onthaal en het team van het wijkgezondheidscentrum.");
		assertThat(browser.findElement(By.id("organization-" + host.id())).isSelected()).isTrue();
		assertThat(new Select(browser.findElement(By.id("slot-0-start"))).getFirstSelectedOption().getText())
			.isEqualTo("09:30");
		Chromium.checkAccessibility(browser, "opendoors-call-error-fr");
		WebElement email = browser.findElement(By.id("contactEmail"));
		email.clear();
		String address = "sofie-" + UUID.randomUUID() + "@example.be";
		email.sendKeys(address);
		send();
		wait(ExpectedConditions.urlContains("/merci"));
		assertThat(browser.findElement(By.id("content")).getText()).contains(address);
		String mail = this.jdbc
			.sql("select body_text from mail_message where recipient = ? and reference_type = 'open-doors-offer'")
			.param(address)
			.query(String.class)
			.single();
		Matcher link = HOST_LINK.matcher(mail);
		assertThat(link.find()).isTrue();

		// Staff validate and publish.
		signIn();
		open("/staff/portes-ouvertes/" + weekId + "?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains(host.name());
		// Each button sends a form and the page comes back: the next button is looked for
		// on the new page, never on the old one.
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form[action*='validated=true'] button")));
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("form[action$='/publier'] button")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/portes-ouvertes/" + weekId + "']")));

		// A professional books the visit on the published programme.
		browser.manage().deleteAllCookies();
		open("/portes-ouvertes/" + weekId + "?lang=nl");
		assertThat(browser.findElement(By.id("content")).getText()).contains("wijkgezondheidscentrum")
			.contains("1 bezoek(en)");
		Chromium.checkAccessibility(browser, "opendoors-flow-programme-nl");
		open("/portes-ouvertes/" + weekId + "?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains("L'accueil et l'équipe");
		Chromium.checkAccessibility(browser, "opendoors-flow-programme-fr");
		Chromium.clickAndLoad(browser, browser.findElement(By.cssSelector("a[href*='/portes-ouvertes/creneau/']")));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("profession")));
		browser.findElement(By.id("name")).sendKeys("Lies Peeters");
		browser.findElement(By.id("email")).sendKeys("lies-" + UUID.randomUUID() + "@example.be");
		Chromium.loadAfter(browser, () -> browser.findElement(By.id("profession")).sendKeys("huisarts", Keys.ENTER));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		open("/portes-ouvertes/hote/" + link.group(1) + "?lang=fr");
		assertThat(browser.findElement(By.id("content")).getText()).contains("Lies Peeters").contains("huisarts");

		open("/agenda?lang=fr");
		Chromium.checkAccessibility(browser, "opendoors-flow-agenda-fr");
		open("/agenda?lang=nl");
		Chromium.checkAccessibility(browser, "opendoors-flow-agenda-nl");
	}

	private void signIn() {
		Chromium.signInOnce(browser, this.port, "fr", "nord@demo.maillage.brussels", "demo-maillage-2026");
	}

	private void send() {
		WebElement button = browser.findElement(By.cssSelector("button[name=action][value=send]"));
		browser.executeScript("arguments[0].scrollIntoView()", button);
		Chromium.clickAndLoad(browser, button);
	}

	private void setValue(String id, String value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
		Chromium.watchHtmxAnswers(browser);
	}

	private static void waitUntilAnswered(String id) {
		Chromium.waitUntilAnswered(browser, id);
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return Chromium.waitUntil(browser, condition);
	}

}
