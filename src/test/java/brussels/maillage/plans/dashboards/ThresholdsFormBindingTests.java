package brussels.maillage.plans.dashboards;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.forms.FormPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The thresholds form of the dashboards' legend bound by its constructor: a "close"
 * threshold not below "reached", or a percentage out of range, is refused next to its
 * field in the reader's language with what was typed kept; nothing is saved (the
 * thresholds are a stand-in) until the form is right.
 */
@WebMvcTest(DashboardsController.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class ThresholdsFormBindingTests {

	static final CurrentUser COORDINATION = new CurrentUser(22, "coordination@example.org", "Coordination",
			Set.of(Role.STAFF, Role.COORDINATOR), Set.of(), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Dashboards dashboards;

	@MockitoBean
	DashboardThresholds thresholds;

	@MockitoBean
	Clock clock;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void today() {
		given(this.clock.instant()).willReturn(Instant.parse("2026-03-10T09:00:00Z"));
		given(this.clock.getZone()).willReturn(ZoneId.of("Europe/Brussels"));
		given(this.thresholds.of(anyInt())).willReturn(Thresholds.DEFAULTS);
	}

	@Test
	void aCloseThresholdAboveTheReachedOneIsRefusedNextToIt() throws Exception {
		FormPage page = post("fr", "80 %", "90");

		assertThat(page.errorNextTo("close"))
			.isEqualTo("Le seuil « proche » doit être plus petit que le seuil « atteint ».");
		assertThat(page.errorNextTo("reached")).isNull();
		assertThat(page.summaryLinks()).containsExactly("#close");
		assertThat(page.value("reached")).isEqualTo("80 %");
		assertThat(page.value("close")).isEqualTo("90");
		then(this.thresholds).should(never()).set(anyInt(), anyInt(), anyInt(), anyString());
	}

	@Test
	void percentagesOutOfRangeAndInWordsAreRefusedInDutch() throws Exception {
		FormPage page = post("nl", "0", "vijftig");

		assertThat(page.errorNextTo("reached")).isEqualTo("Geef een percentage van 1 tot 1000.");
		assertThat(page.errorNextTo("close")).isEqualTo("Geef een geheel getal, bijvoorbeeld 75.");
		assertThat(page.value("close")).isEqualTo("vijftig");
		then(this.thresholds).should(never()).set(anyInt(), anyInt(), anyInt(), anyString());
	}

	@Test
	void aRightFormSetsTheTypedPercentages() {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/dashboards/thresholds?year=2026")
			.with(csrf())
			.with(user(COORDINATION))
			.param("reached", "95 %")
			.param("close", " 70 ")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff/plans/dashboards/thresholds?year=2026");
		then(this.thresholds).should().set(2026, 95, 70, "coordination@example.org");
	}

	private FormPage post(String language, String reached, String close) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/plans/dashboards/thresholds?year=2026")
			.with(csrf())
			.with(user(COORDINATION))
			.header("Accept-Language", language)
			.param("reached", reached)
			.param("close", close)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("plans/dashboards/thresholds");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
