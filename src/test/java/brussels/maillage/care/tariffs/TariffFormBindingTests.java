package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.Formats;
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
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The tariff form bound by its constructor: what the care team types comes back as typed
 * with each error next to its field and in the summary, in the reader's language, and
 * nothing reaches the tariffs (a stand-in) until the form is right.
 */
@WebMvcTest(TariffController.class)
@Import({ TariffChecks.class, Formats.class })
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class TariffFormBindingTests {

	static final CurrentUser COORDINATOR = new CurrentUser(7, "coordination@example.org", "Coordination",
			Set.of(Role.STAFF), Set.of(TerritoryScope.CARE_COORDINATION), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TariffService tariffs;

	/** The care gate writes refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@Test
	void emptyFieldsAndAnAmountInWordsAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "", "", "", "quarante");

		assertThat(page.errorNextTo("serviceType")).isEqualTo("Choisissez une valeur de la liste.");
		assertThat(page.errorNextTo("validFrom")).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.errorNextTo("validTo")).isNull();
		assertThat(page.errorNextTo("amount")).isEqualTo("Saisissez un montant en euros, par exemple 42,50.");
		assertThat(page.summaryLinks()).containsExactly("#serviceType", "#validFrom", "#amount");
		assertThat(page.value("amount")).isEqualTo("quarante");
		then(this.tariffs).should(never()).add(any(), any(), any(), any());
	}

	@Test
	void aDayThatDoesNotExistOrComesBefore2000IsRefused() throws Exception {
		FormPage page = post("fr", "OCCUPATIONAL_THERAPY", "2025-02-30", "1999-12-31", "42,505");

		assertThat(page.errorNextTo("validFrom")).isEqualTo("Saisissez une date, par exemple 2024-03-12.");
		assertThat(page.errorNextTo("validTo")).isEqualTo("Saisissez une date à partir de l'an 2000.");
		assertThat(page.errorNextTo("amount")).isEqualTo("Le montant compte au plus deux décimales (les centimes).");
		assertThat(page.selected("serviceType")).isEqualTo("OCCUPATIONAL_THERAPY");
		assertThat(page.value("validFrom")).isEqualTo("2025-02-30");
		assertThat(page.value("validTo")).isEqualTo("1999-12-31");
		then(this.tariffs).should(never()).add(any(), any(), any(), any());
	}

	@Test
	void anEndBeforeTheStartAndATooLongAmountAreRefused() throws Exception {
		FormPage page = post("fr", "OCCUPATIONAL_THERAPY", "2025-03-01", "2025-02-28", "42,50 euros TVAC");

		assertThat(page.errorNextTo("validFrom")).isNull();
		assertThat(page.errorNextTo("validTo")).isEqualTo("La fin de validité ne peut pas précéder son début.");
		assertThat(page.errorNextTo("amount")).isEqualTo("Saisissez entre 0 et 12 caractères.");
		assertThat(page.value("amount")).isEqualTo("42,50 euros TVAC");
	}

	@Test
	void theMessagesAreInTheReadersLanguage() throws Exception {
		FormPage dutch = post("nl", "", "2025-02-30", "", "");
		assertThat(dutch.errorNextTo("serviceType")).isEqualTo("Kies een waarde uit de lijst.");
		assertThat(dutch.errorNextTo("validFrom")).isEqualTo("Vul een datum in, bijvoorbeeld 2024-03-12.");
		assertThat(dutch.errorNextTo("amount")).isEqualTo("Dit veld is verplicht.");

		FormPage english = post("en", "OCCUPATIONAL_THERAPY", "1999-01-01", "", "0");
		assertThat(english.errorNextTo("validFrom")).isEqualTo("Enter a date from the year 2000 on.");
		assertThat(english.errorNextTo("amount")).isEqualTo("The amount must be more than 0.");
	}

	@Test
	void aRightFormAddsTheTariffAsTyped() {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/care/tariffs")
			.with(csrf())
			.with(user(COORDINATOR))
			.param("serviceType", "OCCUPATIONAL_THERAPY")
			.param("validFrom", " 2025-03-01 ")
			.param("validTo", "")
			.param("amount", "42,5 €")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff/care/tariffs");
		then(this.tariffs).should()
			.add(ServiceType.OCCUPATIONAL_THERAPY, LocalDate.of(2025, 3, 1), null, new BigDecimal("42.50"));
	}

	private FormPage post(String language, String type, String from, String to, String amount) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/care/tariffs")
			.with(csrf())
			.with(user(COORDINATOR))
			.header("Accept-Language", language)
			.param("serviceType", type)
			.param("validFrom", from)
			.param("validTo", to)
			.param("amount", amount)
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("care/tariffs");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
