package brussels.maillage.plans.editor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Objective;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlanStatus;
import brussels.maillage.plans.plan.PlansService;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The forms of a plan and of the objectives bound by their constructors: a plan for
 * another bassin or one that exists, and an objective under an operational one, are
 * refused next to their fields in the reader's language with what was typed kept; nothing
 * reaches the plans (a stand-in) until the form is right.
 */
@WebMvcTest({ PlansController.class, ObjectivesController.class })
@Import(PlanChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class PlanFormBindingTests {

	static final CurrentUser NORD_TEAM = new CurrentUser(21, "nord@example.org", "Équipe Nord", Set.of(Role.STAFF),
			Set.of(TerritoryScope.NORD), "", true, false);

	static final CurrentUser COORDINATION = new CurrentUser(22, "coordination@example.org", "Coordination",
			Set.of(Role.STAFF, Role.COORDINATOR), Set.of(), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PlansService plans;

	@MockitoBean
	Clock clock;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void today() {
		given(this.clock.instant()).willReturn(Instant.parse("2026-03-10T09:00:00Z"));
		given(this.clock.getZone()).willReturn(ZoneId.of("Europe/Brussels"));
	}

	@Test
	void aPlanForAnotherBassinIsRefusedNextToTheTerritory() throws Exception {
		FormPage page = newPlan("fr", "SUD", "2026");

		assertThat(page.errorNextTo("territory")).isEqualTo("Vous ne pouvez pas créer le plan de ce territoire.");
		assertThat(page.errorNextTo("year")).isNull();
		assertThat(page.summaryLinks()).containsExactly("#territory");
		then(this.plans).should(never()).createPlan(any(), anyInt(), anyString());
	}

	@Test
	void aSecondPlanForTheSameYearIsRefusedInDutch() throws Exception {
		given(this.plans.plan(TerritoryScope.NORD, 2026)).willReturn(Optional.of(new Plan(UUID.randomUUID(),
				TerritoryScope.NORD, 2026, PlanStatus.DRAFT, null, null, null, Instant.parse("2026-01-05T10:00:00Z"))));
		FormPage page = newPlan("nl", "NORD", "2026");

		assertThat(page.errorNextTo("territory")).isEqualTo("Dit gebied heeft al een plan voor dit jaar.");
		assertThat(page.selected("territory")).isEqualTo("NORD");
		then(this.plans).should(never()).createPlan(any(), anyInt(), anyString());
	}

	@Test
	void anObjectiveUnderAnOperationalOneIsRefusedWithItsTitleKept() throws Exception {
		given(this.plans.objective("II.2"))
			.willReturn(Optional.of(new Objective("II.2", "II", "Opérationnel", null, 1)));
		given(this.plans.objectives()).willReturn(List.of());
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/objectives")
			.with(csrf())
			.with(user(COORDINATION))
			.header("Accept-Language", "fr")
			.param("code", "II.2.1 a")
			.param("parentCode", "II.2")
			.param("titleFr", "Former les équipes de première ligne")
			.param("titleNl", "")
			.param("position", "deux")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/objectives");
		FormPage page = new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.errorNextTo("parentCode")).isEqualTo("Donnez le code d'un objectif stratégique existant.");
		assertThat(page.errorNextTo("position")).isEqualTo("Saisissez un nombre entier, par exemple 2.");
		assertThat(page.errorNextTo("code")).isNull();
		assertThat(page.value("titleFr")).isEqualTo("Former les équipes de première ligne");
		assertThat(page.value("parentCode")).isEqualTo("II.2");
		then(this.plans).should(never()).saveObjective(any());
	}

	private FormPage newPlan(String language, String territory, String year) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans")
			.with(csrf())
			.with(user(NORD_TEAM))
			.header("Accept-Language", language)
			.param("territory", territory)
			.param("year", year)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/list");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
