package brussels.maillage.focus.repertoires;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.forms.FormPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The form of a new Focus repertoire bound by its constructor: an address with spaces or
 * used by another repertoire, and no title in either language, are refused next to their
 * fields in the reader's language with what was typed kept; nothing is created (the
 * repertoires are a stand-in) until the form is right.
 */
@WebMvcTest(FocusEditorController.class)
@Import(RepertoireChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class RepertoireFormBindingTests {

	static final CurrentUser EDITOR = new CurrentUser(41, "focus@example.org", "Focus", Set.of(Role.STAFF), Set.of(),
			"", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	FocusService focus;

	@MockitoBean
	DirectoryService directory;

	@MockitoBean
	FocusTrainings trainings;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@Test
	void anAddressWithSpacesAndNoTitleAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "Fin de vie", "", "", "Les services qui accompagnent la fin de vie.");

		assertThat(page.errorNextTo("slug")).isEqualTo(
				"Utilisez des lettres minuscules sans accent, des chiffres et des tirets, par exemple fin-de-vie.");
		assertThat(page.errorNextTo("titleFr")).isEqualTo("Donnez un titre, au moins en français ou en néerlandais.");
		assertThat(page.summaryLinks()).containsExactly("#slug", "#titleFr");
		assertThat(page.value("introductionFr")).isEqualTo("Les services qui accompagnent la fin de vie.");
		then(this.focus).should(never()).create(anyString(), any(), any(), anyString());
	}

	@Test
	void anAddressOfAnotherRepertoireIsRefusedInDutchWithTheTitleKept() throws Exception {
		given(this.focus.slugTaken("levenseinde", null)).willReturn(true);
		FormPage page = post("nl", "levenseinde", "", "Levenseinde", "");

		assertThat(page.errorNextTo("slug")).isEqualTo("Een ander repertorium gebruikt dit adres al.");
		assertThat(page.errorNextTo("titleFr")).isNull();
		assertThat(page.value("titleNl")).isEqualTo("Levenseinde");
		then(this.focus).should(never()).create(anyString(), any(), any(), anyString());
	}

	@Test
	void anAddressTypedWithCapitalsIsKeptAsTypedAndTheLowerCaseOneProposed() throws Exception {
		for (String[] language : new String[][] { { "fr", "Écrivez l'adresse en lettres minuscules : fin-de-vie." },
				{ "nl", "Schrijf het adres in kleine letters: fin-de-vie." },
				{ "en", "Write the address in lower-case letters: fin-de-vie." } }) {
			FormPage page = post(language[0], "Fin-de-Vie", "Fin de vie", "", "");

			assertThat(page.value("slug")).isEqualTo("Fin-de-Vie");
			assertThat(page.errorNextTo("slug")).isEqualTo(language[1]);
			assertThat(page.summaryLinks()).containsExactly("#slug");
			assertThat(page.value("titleFr")).isEqualTo("Fin de vie");
		}
		then(this.focus).should(never()).create(anyString(), any(), any(), anyString());
	}

	private FormPage post(String language, String slug, String titleFr, String titleNl, String introductionFr)
			throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/focus/new")
			.with(csrf())
			.with(user(EDITOR))
			.header("Accept-Language", language)
			.param("slug", slug)
			.param("titleFr", titleFr)
			.param("titleNl", titleNl)
			.param("introductionFr", introductionFr)
			.param("introductionNl", "")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("focus/form");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
