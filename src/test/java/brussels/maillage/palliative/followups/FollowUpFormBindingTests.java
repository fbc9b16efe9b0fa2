package brussels.maillage.palliative.followups;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
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
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The form that opens a psychological follow-up, bound by its constructor: what the
 * palliative team types comes back as typed, each error next to its field and in the
 * summary, in the reader's language; nothing is opened (the follow-ups are a stand-in)
 * until the form is right.
 */
@WebMvcTest(PalliativeFollowUpController.class)
@Import(FollowUpChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class FollowUpFormBindingTests {

	static final CurrentUser PALLIATIVE_TEAM = new CurrentUser(11, "palliatif@example.org", "Palliatif",
			Set.of(Role.STAFF), Set.of(TerritoryScope.PALLIATIVE), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PalliativeFollowUpService followUps;

	@MockitoBean
	FollowUpRepository repository;

	/** The palliative gate writes refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void today() {
		given(this.followUps.today()).willReturn(LocalDate.of(2025, 1, 15));
		given(this.followUps.referringTeams(any())).willReturn(List.of(new Choice("HOME_TEAM", "Équipe de soutien")));
		given(this.repository.referringTeamExists("HOME_TEAM")).willReturn(true);
	}

	@Test
	void anEmptyCategoryANegativeCountAndADayAheadAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "INDIVIDUAL", "", "HOME", "NORD", "-3", "2025-01-16");

		assertThat(page.errorNextTo("personCategory")).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.errorNextTo("participants")).isEqualTo("Le nombre ne peut pas être négatif.");
		assertThat(page.errorNextTo("referredOn")).isEqualTo("La date ne peut pas être dans le futur.");
		assertThat(page.errorNextTo("setting")).isNull();
		assertThat(page.summaryLinks()).containsExactly("#personCategory", "#participants", "#referredOn");
		assertThat(page.selected("setting")).isEqualTo("HOME");
		assertThat(page.selected("bassin")).isEqualTo("NORD");
		assertThat(page.value("participants")).isEqualTo("-3");
		assertThat(page.value("referredOn")).isEqualTo("2025-01-16");
		then(this.followUps).should(never()).open(any(), any());
	}

	@Test
	void aDayThatDoesNotExistATooLongCountAndAReasonOutsideATeamAreRefused() throws Exception {
		FormPage page = post("fr", "INDIVIDUAL", "PATIENT", "HOME", "NORD", "1234567890123", "2024-02-30",
				"EUTHANASIA");

		assertThat(page.errorNextTo("referredOn")).isEqualTo("Entrez une date réelle, par exemple 2024-03-15.");
		assertThat(page.errorNextTo("participants")).isEqualTo("Saisissez entre 0 et 12 caractères.");
		assertThat(page.errorNextTo("reason")).isEqualTo("Un motif se donne seulement pour un suivi d'équipe.");
		assertThat(page.value("referredOn")).isEqualTo("2024-02-30");
		then(this.followUps).should(never()).open(any(), any());
	}

	@Test
	void aCountInWordsAndAnOldDayAreRefusedInDutch() throws Exception {
		FormPage page = post("nl", "GROUP", "RELATIVE", "", "NORD", "twaalf", "1999-12-31");

		assertThat(page.errorNextTo("setting")).isEqualTo("Dit veld is verplicht.");
		assertThat(page.errorNextTo("participants")).isEqualTo("Geef een geheel getal van 0 tot 999.");
		assertThat(page.errorNextTo("referredOn")).isEqualTo("Geef een datum vanaf het jaar 2000.");
	}

	@Test
	void aRightFormOpensTheFollowUpWithWhatWasChosen() {
		given(this.followUps.open(any(), any())).willReturn(42L);
		MvcTestResult result = this.mvc.post()
			.uri("/staff/palliative/follow-ups")
			.with(csrf())
			.with(user(PALLIATIVE_TEAM))
			.param("kind", "TEAM")
			.param("personCategory", "INSTITUTION_TEAM")
			.param("setting", "NURSING_HOME")
			.param("bassin", "SUD")
			.param("referringTeam", "HOME_TEAM")
			.param("reason", "DEATH_OF_RESIDENT")
			.param("participants", " 12 ")
			.param("psychologist", "")
			.param("referredOn", "2025-01-15")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff/palliative/follow-ups/42");
		then(this.followUps).should()
			.open(new NewFollowUp(FollowUpKind.TEAM, PersonCategory.INSTITUTION_TEAM, CareSetting.NURSING_HOME, "SUD",
					"HOME_TEAM", ReasonCategory.DEATH_OF_RESIDENT, 12, null, LocalDate.of(2025, 1, 15)),
					PALLIATIVE_TEAM);
	}

	private FormPage post(String language, String kind, String category, String setting, String bassin,
			String participants, String referredOn, String... reason) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/palliative/follow-ups")
			.with(csrf())
			.with(user(PALLIATIVE_TEAM))
			.header("Accept-Language", language)
			.param("kind", kind)
			.param("personCategory", category)
			.param("setting", setting)
			.param("bassin", bassin)
			.param("referringTeam", "")
			.param("reason", (reason.length > 0) ? reason[0] : "")
			.param("participants", participants)
			.param("psychologist", "")
			.param("referredOn", referredOn)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("palliative/follow-up-form");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
