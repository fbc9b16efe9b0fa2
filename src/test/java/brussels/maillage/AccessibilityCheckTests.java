package brussels.maillage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on can fail: axe-core, run in the
 * page by {@link Chromium#checkAccessibility}, reports the WCAG failures of a page
 * written here by hand (an image without a text alternative, a button without a name, a
 * field without a label) and passes the same page written correctly. No application is
 * started: the pages are data URLs.
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityCheckTests {

	private static ChromeDriver browser;

	@BeforeAll
	static void useBrowser(ChromeDriver shared) {
		browser = shared;
	}

	@Test
	void aPageWithWcagFailuresFailsTheCheckAndNamesTheRules() {
		open("""
				<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main>
				<h1>Essai</h1><img src="logo.png"><button></button>
				<form><input type="text" name="nom"></form>
				</main></body></html>""");
		assertThatThrownBy(() -> Chromium.checkAccessibility(browser, "accessibility-check-failing"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt")
			.hasMessageContaining("button-name")
			.hasMessageContaining("label");
	}

	@Test
	void theSamePageWrittenCorrectlyPasses() {
		open("""
				<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main>
				<h1>Essai</h1><img src="logo.png" alt="Logo de Maillage"><button type="button">Envoyer</button>
				<form><label for="nom">Nom</label><input type="text" id="nom" name="nom"></form>
				</main></body></html>""");
		assertThatCode(() -> Chromium.checkAccessibility(browser, "accessibility-check-passing"))
			.doesNotThrowAnyException();
	}

	private static void open(String html) {
		browser
			.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
