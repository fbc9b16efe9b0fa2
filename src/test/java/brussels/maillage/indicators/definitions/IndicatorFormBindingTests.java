package brussels.maillage.indicators.definitions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.system.LocalizedText;
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
 * The indicator form bound by its constructor: what the staff types comes back as typed,
 * each error next to its field in the reader's language, and nothing is saved (the
 * editing is a stand-in) until the form is right; a new indicator may not take a code
 * already in use.
 */
@WebMvcTest(IndicatorController.class)
@Import(IndicatorChecks.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class IndicatorFormBindingTests {

	static final CurrentUser STAFF = new CurrentUser(5, "staff@example.org", "Staff", Set.of(Role.STAFF), Set.of(), "",
			true, false);

	@Autowired
	MockMvcTester mvc;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Indicators indicators;

	@MockitoBean
	IndicatorEditing editing;

	@MockitoBean
	Metrics metrics;

	@Test
	void emptyNamesAFactorInWordsAndACodeWithCapitalsAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "Rendez-vous", "", "", "beaucoup", "", "HIGH");

		assertThat(page.errorNextTo("code")).isEqualTo(
				"Le code commence par une lettre minuscule et ne contient que des lettres minuscules, chiffres, points ou tirets.");
		assertThat(page.errorNextTo("nameFr")).isEqualTo("Indiquez le nom en français.");
		assertThat(page.errorNextTo("nameNl")).isEqualTo("Indiquez le nom en néerlandais.");
		assertThat(page.errorNextTo("factor")).isEqualTo("Le facteur est un nombre autre que 0, par exemple 100.");
		assertThat(page.errorNextTo("numerator")).isEqualTo("Choisissez la métrique du numérateur.");
		assertThat(page.summaryLinks()).containsExactly("#code", "#nameFr", "#nameNl", "#numerator", "#factor");
		assertThat(page.value("code")).isEqualTo("Rendez-vous");
		assertThat(page.value("factor")).isEqualTo("beaucoup");
		then(this.editing).should(never()).save(any(), anyString());
	}

	@Test
	void aCodeAlreadyTakenAndAnUnknownMetricAreRefusedInDutch() throws Exception {
		given(this.editing.find("rendezvous.cancelled")).willReturn(
				Optional.of(new Indicator("rendezvous.cancelled", LocalizedText.of("Annulations", "Annuleringen", null),
						"prevention.cancelled", null, BigDecimal.ONE, Indicator.Unit.NUMBER, false, null, null, null)));
		FormPage page = post("nl", "rendezvous.cancelled", "Annulations", "Annuleringen", "0", "no.such.metric",
				"SIDEWAYS");

		assertThat(page.errorNextTo("code")).isEqualTo("Er bestaat al een indicator met deze code.");
		assertThat(page.errorNextTo("numerator")).isEqualTo("Kies een metriek uit de lijst.");
		assertThat(page.errorNextTo("factor")).isEqualTo("De factor is een getal anders dan 0, bijvoorbeeld 100.");
		assertThat(page.errorNextTo("direction")).isEqualTo("Kies een waarde uit de lijst.");
		assertThat(page.value("nameFr")).isEqualTo("Annulations");
		then(this.editing).should(never()).save(any(), anyString());
	}

	@Test
	void aTooLongNameIsRefusedInEnglish() throws Exception {
		FormPage page = post("en", "cancelled", "A".repeat(201), "Annuleringen", "100", "", "LOW");

		assertThat(page.errorNextTo("nameFr")).isEqualTo("The name has 200 characters at most.");
		assertThat(page.value("nameFr")).hasSize(201);
	}

	private FormPage post(String language, String code, String nameFr, String nameNl, String factor, String numerator,
			String direction) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/indicators")
			.with(csrf())
			.with(user(STAFF))
			.header("Accept-Language", language)
			.param("creating", "true")
			.param("code", code)
			.param("nameFr", nameFr)
			.param("nameNl", nameNl)
			.param("nameEn", "")
			.param("numerator", numerator)
			.param("denominator", "")
			.param("factor", factor)
			.param("unit", "NUMBER")
			.param("direction", direction)
			.param("aggregation", "SUM")
			.param("disaggregation", "NONE")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("indicators/form");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
