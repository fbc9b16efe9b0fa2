package brussels.maillage.prevention.programmes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

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
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The programme form bound by its constructor: a code already taken, a day that does not
 * exist and an end before the start are refused next to their fields in the reader's
 * language with what was typed kept; nothing is added (the programmes are a stand-in)
 * until the form is right.
 */
@WebMvcTest(ProgrammeController.class)
@Import(ProgrammeChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class ProgrammeFormBindingTests {

	static final CurrentUser ADMIN = new CurrentUser(3, "admin@example.org", "Admin", Set.of(Role.ADMIN, Role.STAFF),
			Set.of(), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgrammeService programmes;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@Test
	void aTakenCodeAndAnEndBeforeTheStartAreRefusedNextToTheirFields() throws Exception {
		given(this.programmes.codeTaken("tabac-info")).willReturn(true);
		given(this.programmes.all()).willReturn(List.of());
		FormPage page = post("fr", "tabac-info", "Tabac info", "2025-09-01", "2025-06-30");

		assertThat(page.errorNextTo("code")).isEqualTo("Ce code est déjà pris.");
		assertThat(page.errorNextTo("endsOn")).isEqualTo("La fin doit venir après le début.");
		assertThat(page.errorNextTo("startsOn")).isNull();
		assertThat(page.summaryLinks()).containsExactly("#code", "#endsOn");
		assertThat(page.value("nameFr")).isEqualTo("Tabac info");
		assertThat(page.value("endsOn")).isEqualTo("2025-06-30");
		then(this.programmes).should(never()).add(any());
	}

	@Test
	void aDayThatDoesNotExistAndAnEmptyNameAreRefusedInDutch() throws Exception {
		given(this.programmes.all()).willReturn(List.of());
		FormPage page = post("nl", "alcohol-2025", "", "2025-02-30", "");

		assertThat(page.errorNextTo("startsOn")).isEqualTo("Deze datum bestaat niet.");
		assertThat(page.errorNextTo("nameFr")).isEqualTo("Dit veld is verplicht.");
		assertThat(page.errorNextTo("endsOn")).isNull();
		assertThat(page.value("startsOn")).isEqualTo("2025-02-30");
		then(this.programmes).should(never()).add(any());
	}

	private FormPage post(String language, String code, String nameFr, String startsOn, String endsOn)
			throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/programmes")
			.with(csrf())
			.with(user(ADMIN))
			.header("Accept-Language", language)
			.param("code", code)
			.param("nameFr", nameFr)
			.param("nameNl", "Tabak info")
			.param("nameEn", "")
			.param("territories", "REGION")
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("prevention/programmes-admin");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
