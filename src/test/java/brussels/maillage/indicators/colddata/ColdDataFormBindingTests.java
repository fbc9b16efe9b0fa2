package brussels.maillage.indicators.colddata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The cold-data import form bound by its constructor: what the staff types comes back as
 * typed, each error next to its field (the missing file at the file field) in the
 * reader's language, and nothing is imported (the import is a stand-in) until the form is
 * right.
 */
@WebMvcTest(ColdDataController.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class ColdDataFormBindingTests {

	static final CurrentUser STAFF = new CurrentUser(5, "staff@example.org", "Staff", Set.of(Role.STAFF), Set.of(), "",
			true, false);

	@Autowired
	MockMvcTester mvc;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog audit;

	@MockitoBean
	ColdDataRepository datasets;

	@MockitoBean
	ColdDataImport imports;

	@MockitoBean
	Clock clock;

	@Test
	void noFileAYearInTwoDigitsAndACodeWithSpacesAreRefusedNextToTheirFields() throws Exception {
		FormPage page = post("fr", "population 2024", "24", "", null);

		assertThat(page.errorNextTo("code")).isEqualTo(
				"Le code commence par une lettre minuscule et ne contient que des lettres minuscules, chiffres, points ou tirets.");
		assertThat(page.errorNextTo("year")).isEqualTo("Indiquez une année en quatre chiffres, par exemple 2024.");
		assertThat(page.errorNextTo("nameFr")).isEqualTo("Indiquez le nom en français.");
		assertThat(page.errorNextTo("file")).isEqualTo("Choisissez un fichier CSV.");
		assertThat(page.summaryLinks()).containsExactly("#code", "#year", "#nameFr");
		assertThat(page.value("code")).isEqualTo("population 2024");
		assertThat(page.value("year")).isEqualTo("24");
		then(this.imports).should(never()).importFile(any(), any(), anyBoolean(), anyString());
	}

	@Test
	void aRightFormWithoutAFileAsksForTheFileInDutch() throws Exception {
		FormPage page = post("nl", "population", "2024", "Population", null);

		assertThat(page.errorNextTo("code")).isNull();
		assertThat(page.errorNextTo("file")).isEqualTo("Kies een CSV-bestand.");
		assertThat(page.html()).contains("Kies een CSV-bestand.");
		assertThat(page.value("nameFr")).isEqualTo("Population");
		then(this.imports).should(never()).importFile(any(), any(), anyBoolean(), anyString());
	}

	@Test
	void aFileDoesNotExcuseAnEmptySourceInEnglish() throws Exception {
		FormPage page = post("en", "population", "2024", "Population", new MockMultipartFile("file", "population.csv",
				"text/csv", "area_type,area,value\nREGION,REGION,1241175\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(page.errorNextTo("source")).isEqualTo("Enter the source of the figures.");
		assertThat(page.errorNextTo("file")).isNull();
		then(this.imports).should(never()).importFile(any(), any(), anyBoolean(), anyString());
	}

	private FormPage post(String language, String code, String year, String nameFr, MockMultipartFile file)
			throws Exception {
		var request = this.mvc.post().multipart().uri("/staff/indicators/cold-data");
		if (file != null) {
			request = request.file(file);
		}
		MvcTestResult result = request.with(csrf())
			.with(user(STAFF))
			.header("Accept-Language", language)
			.param("code", code)
			.param("year", year)
			.param("nameFr", nameFr)
			.param("nameNl", "Bevolking")
			.param("source", (file != null) ? "" : "Statbel")
			.param("unit", "")
			.param("dryRun", "true")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("indicators/cold-data");
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
