package brussels.maillage.prevention.programmes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.BrowserExtension;
import brussels.maillage.Chromium;
import brussels.maillage.prevention.publications.Publication;
import brussels.maillage.prevention.publications.PublicationService;
import brussels.maillage.system.LocalizedText;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes and publications in Chromium: a staff member attaches a file that is not a
 * PDF to a publication and gets the message by the file field with her typing kept, then
 * attaches a PDF; the programme pages, figures and forms pass axe-core in French and
 * Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ProgrammesBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	PublicationService publications;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aPublicationGetsItsPdfAfterAFileThatIsNotOneAndThePagesPassAxe() throws IOException {
		UUID id = UUID.randomUUID();
		this.publications.register(new Publication(id, Publication.Series.FOCUS, null,
				LocalizedText.of("Focus diabète de type 2", "Focus diabetes type 2", null), LocalDate.of(2024, 11, 14),
				List.of("fr", "nl"), "https://example.org/focus-diabete", false,
				LocalizedText.of("La brochure du Focus.", "De brochure van de Focus.", null), List.of("diabète"), null,
				null), null, "test");
		Path notPdf = Files.createTempFile("notes", ".pdf");
		Files.writeString(notPdf, "Ceci est un texte, pas un PDF.", StandardCharsets.UTF_8);
		Path pdf = Files.createTempFile("focus", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

		Chromium.signIn(browser, this.port, "admin@demo.maillage.brussels", "demo-maillage-2026");
		open("/staff/publications/" + id + "?lang=fr");
		Chromium.checkAccessibility(browser, "publication-edit-fr");
		WebElement title = browser.findElement(By.id("titleFr"));
		title.sendKeys(Keys.END, " – novembre");
		browser.findElement(By.id("pdf")).sendKeys(notPdf.toString());
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer les modifications']")));
		WebElement error = waitFor(By.id("pdf-error"));
		assertThat(error.getText()).contains("Ce fichier n'est pas un PDF.");
		assertThat(browser.findElement(By.id("titleFr")).getAttribute("value"))
			.isEqualTo("Focus diabète de type 2 – novembre");
		Chromium.checkAccessibility(browser, "publication-edit-error-fr");
		browser.findElement(By.id("pdf")).sendKeys(pdf.toString());
		browser.findElement(By.id("url")).clear();
		Chromium.clickAndLoad(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Enregistrer les modifications']")));
		Chromium.waitUntil(browser,
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "modifiée"));
		assertThat(this.publications.publication(id).orElseThrow().hasPdf()).isTrue();
		assertThat(this.publications.publication(id).orElseThrow().title().fr())
			.isEqualTo("Focus diabète de type 2 – novembre");
		assertThat(new String(this.publications.pdf(id).orElseThrow(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
		open("/staff/publications/" + id + "?lang=nl");
		Chromium.checkAccessibility(browser, "publication-edit-nl");

		for (String language : List.of("fr", "nl")) {
			open("/staff/programmes?lang=" + language);
			Chromium.checkAccessibility(browser, "programmes-staff-" + language);
			open("/staff/programmes/perinatality?q=a&lang=" + language);
			Chromium.checkAccessibility(browser, "programme-tags-" + language);
			open("/staff/programmes/figures?year=2025&lang=" + language);
			Chromium.checkAccessibility(browser, "programme-figures-" + language);
			open("/admin/programmes/perinatality?lang=" + language);
			Chromium.checkAccessibility(browser, "programme-edit-" + language);
		}
		open("/staff/programmes/perinatality?lang=fr");
		WebElement number = browser.findElement(By.id("request"));
		number.sendKeys("12b");
		Chromium.loadAfter(browser, number::submit);
		assertThat(waitFor(By.id("request-error")).getText())
			.contains("Entrez le numéro de la demande en chiffres, par exemple 1204.");
		assertThat(browser.findElement(By.id("request")).getAttribute("value")).isEqualTo("12b");
		Chromium.checkAccessibility(browser, "programme-tags-error-fr");
		Files.deleteIfExists(notPdf);
		Files.deleteIfExists(pdf);
	}

	private WebElement waitFor(By locator) {
		return Chromium.waitUntil(browser, ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
