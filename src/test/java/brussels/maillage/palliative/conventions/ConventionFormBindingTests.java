package brussels.maillage.palliative.conventions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.forms.FormPage;
import brussels.maillage.system.forms.Refused;
import org.junit.jupiter.api.BeforeEach;
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
 * The form of a new convention with a nursing home bound by its constructor: no home
 * chosen, a kind not on the list, a day ahead or before 2000, and a refusal of the
 * conventions' rules are shown next to their fields in the reader's language with what
 * was typed kept; nothing is identified (the conventions are a stand-in) until the form
 * is right.
 */
@WebMvcTest(PalliativeConventionController.class)
@Import(ConventionChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class ConventionFormBindingTests {

	static final CurrentUser PALLIATIVE_TEAM = new CurrentUser(11, "palliatif@example.org", "Palliatif",
			Set.of(Role.STAFF), Set.of(TerritoryScope.PALLIATIVE), "", true, false);

	static final String HOME = "3c9d2e7a-1b4f-4a6e-8d5c-7f0a9b8c6d5e";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ConventionService conventions;

	@MockitoBean
	ConventionPage page;

	/** The palliative gate writes refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void today() {
		given(this.conventions.today()).willReturn(LocalDate.of(2025, 1, 15));
	}

	@Test
	void noHomeAKindNotOnTheListAndADayAheadAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "", "MAISON", "2024-1", "2025-01-16");

		assertThat(page.errorNextTo("organization")).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.errorNextTo("institutionKind")).isEqualTo("Choisissez une valeur de la liste.");
		assertThat(page.errorNextTo("identifiedOn")).isEqualTo("La date ne peut pas être dans le futur.");
		assertThat(page.summaryLinks()).containsExactly("#organization", "#institutionKind", "#identifiedOn");
		assertThat(page.value("identifiedOn")).isEqualTo("2025-01-16");
		then(this.conventions).should(never()).identify(any(), anyString(), anyString(), any(), any());
	}

	@Test
	void aDayBefore2000AndADayThatDoesNotExistAreRefusedInDutch() throws Exception {
		FormPage old = post("nl", HOME, "MR", "2024-1", "1999-12-31");
		assertThat(old.errorNextTo("identifiedOn")).isEqualTo("Geef een datum vanaf het jaar 2000.");
		assertThat(old.selected("institutionKind")).isEqualTo("MR");

		FormPage unreal = post("nl", HOME, "MR", "2024-1", "2024-02-30");
		assertThat(unreal.errorNextTo("identifiedOn")).isEqualTo("Geef een bestaande datum, bijvoorbeeld 2024-03-15.");
		then(this.conventions).should(never()).identify(any(), anyString(), anyString(), any(), any());
	}

	@Test
	void aRefusalOfTheConventionsRulesIsShownNextToItsField() throws Exception {
		given(this.conventions.identify(any(), anyString(), anyString(), any(), any()))
			.willThrow(new Refused("organization", "palliative.form.choice"));
		FormPage page = post("en", HOME, "MR_MRS", "2024-1", "2025-01-10");

		assertThat(page.errorNextTo("organization")).isEqualTo("Choose a value from the list.");
		assertThat(page.value("templateVersion")).isEqualTo("2024-1");
		then(this.conventions).should()
			.identify(UUID.fromString(HOME), "MR_MRS", "2024-1", LocalDate.of(2025, 1, 10), PALLIATIVE_TEAM);
	}

	private FormPage post(String language, String home, String kind, String template, String identifiedOn)
			throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/palliative/conventions")
			.with(csrf())
			.with(user(PALLIATIVE_TEAM))
			.header("Accept-Language", language)
			.param("organization", home)
			.param("institutionKind", kind)
			.param("templateVersion", template)
			.param("identifiedOn", identifiedOn)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("palliative/conventions");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
