package brussels.maillage.prevention.rendezvous;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.local.LocalServices;
import brussels.maillage.system.Formats;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The form of a Rendez-vous session bound by its constructor: a venue of another bassin,
 * a day that does not exist and a headcount in words are refused next to their fields in
 * the reader's language with what was typed kept; nothing is recorded (the Rendez-vous
 * are a stand-in) until the form is right.
 */
@WebMvcTest(RendezvousEditorController.class)
@Import({ SessionChecks.class, Formats.class })
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class SessionFormBindingTests {

	static final CurrentUser NORD_OFFICER = new CurrentUser(31, "nord@example.org", "Nord", Set.of(Role.STAFF),
			Set.of(TerritoryScope.NORD), "", true, false);

	static final UUID HERE = UUID.fromString("6f1c2a55-8d0e-4b7a-9c31-2e4f5a6b7c8d");

	static final UUID ELSEWHERE = UUID.fromString("0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RendezvousService rendezvous;

	@MockitoBean
	LocalServices local;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void venues() {
		Venue here = new Venue(HERE, PreventionBassin.NORD, UUID.randomUUID(), null);
		ServiceDetails library = mock(ServiceDetails.class);
		given(library.organizationName()).willReturn("Bibliothèque de Schaerbeek");
		given(this.rendezvous.today()).willReturn(LocalDate.of(2025, 5, 20));
		given(this.rendezvous.venues(PreventionBassin.NORD)).willReturn(List.of(new VenueView(here, library, null)));
		given(this.rendezvous.venue(HERE)).willReturn(Optional.of(here));
		given(this.rendezvous.venue(ELSEWHERE))
			.willReturn(Optional.of(new Venue(ELSEWHERE, PreventionBassin.SUD, UUID.randomUUID(), null)));
	}

	@Test
	void aVenueOfAnotherBassinAndADayThatDoesNotExistAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", ELSEWHERE.toString(), "2025-04-31", "douze");

		assertThat(page.errorNextTo("venueId")).isEqualTo("Choisissez un lieu de ce bassin.");
		assertThat(page.errorNextTo("heldOn")).isEqualTo("Cette date n'existe pas.");
		assertThat(page.errorNextTo("headcount")).isEqualTo("Saisissez un nombre entier, par exemple 14.");
		assertThat(page.summaryLinks()).containsExactly("#venueId", "#heldOn", "#headcount");
		assertThat(page.value("heldOn")).isEqualTo("2025-04-31");
		assertThat(page.value("headcount")).isEqualTo("douze");
		then(this.rendezvous).should(never()).recordSession(any(), any(), any(), any(), anyInt(), any());
	}

	@Test
	void theMessagesAreInDutchAndTheChosenVenueIsKept() throws Exception {
		FormPage page = post("nl", HERE.toString(), "2025-02-29", "12");

		assertThat(page.errorNextTo("venueId")).isNull();
		assertThat(page.errorNextTo("heldOn")).isEqualTo("Deze datum bestaat niet.");
		assertThat(page.selected("venueId")).isEqualTo(HERE.toString());
		then(this.rendezvous).should(never()).recordSession(any(), any(), any(), any(), anyInt(), any());
	}

	private FormPage post(String language, String venue, String heldOn, String headcount) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/prevention/rendezvous/nord/sessions")
			.with(csrf())
			.with(user(NORD_OFFICER))
			.header("Accept-Language", language)
			.param("venueId", venue)
			.param("heldOn", heldOn)
			.param("themeFr", "Le sommeil des ados")
			.param("themeNl", "")
			.param("partners", "")
			.param("headcount", headcount)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("prevention/rendezvous-staff");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
