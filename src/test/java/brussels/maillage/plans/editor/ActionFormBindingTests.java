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
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlanStatus;
import brussels.maillage.plans.plan.PlansService;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The action and milestone forms of a plan bound by their constructors: an action without
 * a title, with a reference another action of the plan has and an objective not on the
 * list, and a milestone on a day that does not exist, are refused next to their fields in
 * the reader's language with what was typed kept; nothing reaches the plans (a stand-in)
 * until the form is right.
 */
@WebMvcTest({ ActionsController.class, DeliverablesController.class })
@Import({ PlanChecks.class, Formats.class })
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class ActionFormBindingTests {

	static final CurrentUser NORD_TEAM = new CurrentUser(21, "nord@example.org", "Équipe Nord", Set.of(Role.STAFF),
			Set.of(TerritoryScope.NORD), "", true, false);

	static final Plan PLAN = new Plan(UUID.fromString("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), TerritoryScope.NORD,
			2026, PlanStatus.DRAFT, null, null, null, Instant.parse("2026-01-05T10:00:00Z"));

	static final Action WORKSHOPS = new Action(UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"), PLAN.id(),
			"3.1", "Ateliers du changement", null, null, null, null, Origin.CONTINUING, null, "NORD",
			List.of(TerritoryScope.NORD), ActionStatus.ON_TRACK, null, null, List.of(), List.of());

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
	void plan() {
		given(this.clock.getZone()).willReturn(ZoneId.of("Europe/Brussels"));
		given(this.plans.plan(PLAN.id())).willReturn(Optional.of(PLAN));
		given(this.plans.action(WORKSHOPS.id())).willReturn(Optional.of(WORKSHOPS));
		given(this.plans.actions(PLAN.id())).willReturn(List.of(WORKSHOPS));
	}

	@Test
	void anUntitledActionWithATakenReferenceAndAnUnknownObjectiveIsRefused() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/" + PLAN.id() + "/actions/new")
			.with(csrf())
			.with(user(NORD_TEAM))
			.header("Accept-Language", "fr")
			.param("reference", " 3.1 ")
			.param("titleFr", "")
			.param("titleNl", "")
			.param("descriptionFr", "Des ateliers dans chaque commune du bassin.")
			.param("objective", "IX.9")
			.param("origin", "CONTINUING")
			.param("leadTeam", "NORD")
			.param("bassins", "NORD")
			.param("status", "NOT_STARTED")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/action-form");
		FormPage page = new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.errorNextTo("reference")).isEqualTo("Une autre action de ce plan a déjà cette référence.");
		assertThat(page.errorNextTo("titleFr")).isEqualTo("Donnez un titre en français ou en néerlandais.");
		assertThat(page.errorNextTo("objective")).isEqualTo("Choisissez un objectif de la liste.");
		assertThat(page.summaryLinks()).containsExactly("#reference", "#titleFr", "#objective");
		assertThat(page.value("reference")).isEqualTo(" 3.1 ");
		assertThat(page.value("descriptionFr")).isEqualTo("Des ateliers dans chaque commune du bassin.");
		then(this.plans).should(never()).addAction(any(), any(), anyString());
	}

	@Test
	void aMilestoneOnADayThatDoesNotExistIsRefusedInDutch() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/actions/" + WORKSHOPS.id() + "/milestones")
			.with(csrf())
			.with(user(NORD_TEAM))
			.header("Accept-Language", "nl")
			.param("dueOn", "2026-02-30")
			.param("label", "Eerste workshop")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/action");
		FormPage page = new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.errorNextTo("dueOn")).isEqualTo("Deze datum bestaat niet.");
		assertThat(page.value("dueOn")).isEqualTo("2026-02-30");
		assertThat(page.value("label")).isEqualTo("Eerste workshop");
		then(this.plans).should(never()).addMilestone(any(), any(), anyString());
	}

	@Test
	void aTargetValueWithoutUnitAndAnUnknownMetricAreRefusedNextToThem() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/actions/" + WORKSHOPS.id() + "/deliverables/new")
			.with(csrf())
			.with(user(NORD_TEAM))
			.header("Accept-Language", "fr")
			.param("targetText", "Douze ateliers dans l'année")
			.param("targetValue", "12")
			.param("unit", "")
			.param("metric", "ateliers.nord")
			.param("documentUrl", "")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/deliverable-form");
		FormPage page = new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.errorNextTo("unit")).isEqualTo("Donnez l'unité de la cible chiffrée.");
		assertThat(page.errorNextTo("metric")).isEqualTo(
				"Ce code de mesure n'est pas connu : lettres minuscules, chiffres, points, tirets, par exemple helpdesk.requests.");
		assertThat(page.summaryLinks()).containsExactly("#unit", "#metric");
		assertThat(page.value("targetText")).isEqualTo("Douze ateliers dans l'année");
		assertThat(page.value("targetValue")).isEqualTo("12");
		then(this.plans).should(never()).addDeliverable(any(), any());
	}

}
