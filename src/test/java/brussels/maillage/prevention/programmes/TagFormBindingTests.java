package brussels.maillage.prevention.programmes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.prevention.programmes.ProgrammeSubjects.Subject;
import brussels.maillage.system.Formats;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.FormPage;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The form that tags a helpdesk request with a programme, bound by its constructor: no
 * number, a number in words, a request of another territory's line, an unknown one and
 * one already tagged are refused next to the number in the reader's language with what
 * was typed kept; nothing is tagged (the tagging is a stand-in) until the form is right.
 */
@WebMvcTest(ProgrammeStaffController.class)
@Import({ TagChecks.class, Formats.class })
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class TagFormBindingTests {

	static final CurrentUser NORD_STAFF = new CurrentUser(51, "nord@example.org", "Nord", Set.of(Role.STAFF),
			Set.of(TerritoryScope.NORD), "", true, false);

	static final Programme MENTAL_HEALTH = new Programme(UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
			"sante-mentale-nord", LocalizedText.of("Santé mentale Nord", "Geestelijke gezondheid Noord", null),
			List.of("NORD"), LocalDate.of(2024, 10, 1), null);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgrammeService programmes;

	@MockitoBean
	ProgrammeTagging tagging;

	@MockitoBean
	ProgrammeSubjects subjects;

	@MockitoBean
	ProgrammeFigures figures;

	@MockitoBean
	Clock clock;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void programme() {
		given(this.programmes.byCode("sante-mentale-nord")).willReturn(Optional.of(MENTAL_HEALTH));
	}

	@Test
	void noNumberAndANumberInWordsAreRefusedNextToTheNumber() throws Exception {
		assertThat(post("fr", "").errorNextTo("request")).isEqualTo("Entrez le numéro de la demande.");

		FormPage words = post("fr", "douze cent quatre");
		assertThat(words.errorNextTo("request"))
			.isEqualTo("Entrez le numéro de la demande en chiffres, par exemple 1204.");
		assertThat(words.summaryLinks()).containsExactly("#request");
		assertThat(words.value("request")).isEqualTo("douze cent quatre");
		then(this.tagging).should(never()).tag(any(), any(), anyString());
	}

	@Test
	void aRequestOfAnotherTerritoryAndAnUnknownOneAreRefusedInDutch() throws Exception {
		given(this.subjects.request(eq(1204L), any())).willThrow(new HelpdeskService.NotAllowed());
		assertThat(post("nl", "1204").errorNextTo("request"))
			.isEqualTo("Deze vraag hoort bij een lijn van een ander gebied.");

		given(this.subjects.request(eq(99999L), any())).willReturn(Optional.empty());
		FormPage unknown = post("nl", " 99999 ");
		assertThat(unknown.errorNextTo("request")).isEqualTo("Er is geen vraag met dit nummer.");
		assertThat(unknown.value("request")).isEqualTo(" 99999 ");
		then(this.tagging).should(never()).tag(any(), any(), anyString());
	}

	@Test
	void aRequestAlreadyTaggedIsRefusedByTheTaggingNextToTheNumber() throws Exception {
		Subject request = new Subject(SubjectKind.HELPDESK_REQUEST, "1204", null, "NORD", LocalDate.of(2025, 3, 4));
		given(this.subjects.request(eq(1204L), any())).willReturn(Optional.of(request));
		given(this.tagging.tag(MENTAL_HEALTH, request, "nord@example.org"))
			.willReturn(Optional.of("programme.tag.already"));

		assertThat(post("fr", "1204").errorNextTo("request")).isEqualTo("Le programme le marque déjà.");
	}

	private FormPage post(String language, String request) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/programmes/sante-mentale-nord/tags")
			.with(csrf())
			.with(user(NORD_STAFF))
			.header("Accept-Language", language)
			.param("kind", "HELPDESK_REQUEST")
			.param("request", request)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("prevention/programme-staff");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
