package brussels.maillage.directory.services;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The service form bound by its constructor: a form sent with errors comes back with
 * everything typed (the three languages' texts, the opening-hours rows, the ticked
 * boxes), each error next to its field and listed in the summary in the page's order, in
 * the reader's language. The directory, the organisation's places and the communes are
 * stand-ins: nothing is saved when a form has errors.
 */
@WebMvcTest(ServiceEditController.class)
@Import(ServiceFormReader.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
@WithMockUser
class ServiceFormBindingTests {

	static final UUID ORGANIZATION = UUID.fromString("0b6f7c1e-5a51-4d39-9a43-3c1f0c2f9a10");

	static final UUID PLACE = UUID.fromString("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DirectoryService directory;

	@MockitoBean
	ServiceEditing editing;

	@MockitoBean
	TerritoryService territory;

	/**
	 * Needed by the care and palliative modules' access gates, which every slice loads.
	 */
	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void directory() {
		given(this.directory.organization(ORGANIZATION)).willReturn(java.util.Optional.of(new Organization(ORGANIZATION,
				"Maison médicale du Nord", LocalizedText.of(null, null, null), null, null, Instant.EPOCH)));
		given(this.directory.themes()).willReturn(List.of(new Theme(UUID.randomUUID(), "health", null,
				UUID.randomUUID(), LocalizedText.of("Santé", "Gezondheid", "Health"))));
		given(this.editing.locationsOf(ORGANIZATION)).willReturn(List
			.of(new ServiceLocation(PLACE, null, "Rue Royale 12", "1000", "Bruxelles", "21004", null, null, false)));
		given(this.territory.communes()).willReturn(List.of(new Commune("21004",
				LocalizedText.of("Bruxelles", "Brussel", "Brussels"), List.of("1000"), null, null)));
	}

	@Test
	void aFormWithErrorsComesBackWithEverythingTypedAndEachErrorNextToItsField() throws Exception {
		String page = postNewService("fr");

		assertThat(value(page, "descriptionFr")).isEqualTo("Accueil sans rendez-vous & écoute");
		assertThat(value(page, "descriptionNl")).isEqualTo("Onthaal zonder afspraak");
		assertThat(value(page, "descriptionEn")).isEqualTo("Walk-in \"welcome\"");
		assertThat(value(page, "eligibilityNl")).isEqualTo("Voor iedereen");
		assertThat(value(page, "applicationProcessEn")).isEqualTo("Just come");
		assertThat(value(page, "feesFr")).isEqualTo("Gratuit pour tous");
		assertThat(value(page, "feesNl")).hasSize(4001);
		assertThat(value(page, "email")).isEqualTo("pas-une-adresse");
		assertThat(value(page, "url")).isEqualTo("www sans schéma");
		assertThat(value(page, "phones")).isEqualTo("02 123 45 67\nabc");
		assertThat(value(page, "minimumAge")).isEqualTo("12");
		assertThat(value(page, "maximumAge")).isEqualTo("8");
		assertThat(value(page, "internalNote")).isEqualTo("Appeler avant <17h>");
		assertThat(value(page, "hours-0-opens")).isEqualTo("17:00");
		assertThat(value(page, "hours-0-closes")).isEqualTo("09:00");
		assertThat(value(page, "hours-1-opens")).isEqualTo("9h");
		assertThat(selected(page, "hours-0-day")).isEqualTo("MONDAY");
		assertThat(selected(page, "status")).isEqualTo("TEMPORARILY_CLOSED");
		assertThat(selected(page, "kind")).isEqualTo("SERVICE");
		assertThat(checked(page, "languages")).containsExactly("nl", "en");
		assertThat(checked(page, "targetGroups")).containsExactly("seniors");
		assertThat(checked(page, "themeCodes")).containsExactly("health");
		assertThat(checked(page, "locationIds")).containsExactly(PLACE.toString());
		assertThat(checked(page, "cost")).containsExactly("SLIDING_SCALE");
		assertThat(checked(page, "areaLevel")).containsExactly("COMMUNE");
		assertThat(checked(page, "verified")).containsExactly("true");

		assertThat(errorNextTo(page, "nameFr")).isEqualTo("Indiquez le nom, dans au moins une langue.");
		assertThat(errorNextTo(page, "email"))
			.isEqualTo("Indiquez une adresse e-mail valide, par exemple info@exemple.be.");
		assertThat(errorNextTo(page, "url")).isEqualTo("Indiquez une adresse web complète, qui commence par https://.");
		assertThat(errorNextTo(page, "phones")).isEqualTo("« abc » n'est pas un numéro de téléphone.");
		assertThat(errorNextTo(page, "maximumAge"))
			.isEqualTo("L'âge maximum doit être supérieur ou égal à l'âge minimum.");
		assertThat(errorNextTo(page, "hours-0-closes"))
			.isEqualTo("L'heure de fermeture doit suivre l'heure d'ouverture.");
		assertThat(errorNextTo(page, "hours-1-opens")).isEqualTo("Indiquez une heure au format 09:00.");
		assertThat(errorNextTo(page, "hours-1-closes")).isEqualTo("Indiquez une heure au format 09:00.");
		assertThat(errorNextTo(page, "feesNl")).isEqualTo("Ce texte est trop long.");
		assertThat(errorNextTo(page, "description")).isNull();
		assertThat(summaryLinks(page)).containsExactly("#nameFr", "#maximumAge", "#areaLevel", "#hours-0-closes",
				"#hours-1-day", "#hours-1-opens", "#hours-1-closes", "#feesNl", "#phones", "#email", "#url");
	}

	@Test
	void theErrorsAreInTheReadersLanguage() throws Exception {
		String page = postNewService("nl");

		assertThat(errorNextTo(page, "nameFr")).isEqualTo("Vul de naam in, in minstens één taal.");
		assertThat(errorNextTo(page, "email"))
			.isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld info@voorbeeld.be.");
		assertThat(errorNextTo(page, "phones")).isEqualTo("„abc” is geen telefoonnummer.");
		assertThat(errorNextTo(page, "feesNl")).isEqualTo("Deze tekst is te lang.");
		assertThat(value(page, "descriptionNl")).isEqualTo("Onthaal zonder afspraak");
	}

	@Test
	void aTooLongAlternateNameIsSaidNextToItsFieldAndKeptAsTyped() throws Exception {
		// An alternate name is a name: 200 characters at most, as the names.
		String typed = "CGG " + "Drie Bronnen ".repeat(16);
		for (String[] language : new String[][] { { "fr", "Ce texte est trop long." },
				{ "nl", "Deze tekst is te lang." } }) {
			MvcTestResult result = this.mvc.post()
				.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
				.with(csrf())
				.header("Accept-Language", language[0])
				.param("nameFr", "Service de santé mentale Les Trois Fontaines")
				.param("alternateName", typed)
				.param("status", "ACTIVE")
				.param("kind", "SERVICE")
				.param("cost", "FREE")
				.param("areaLevel", "REGION")
				.exchange();
			assertThat(result).hasStatusOk().hasViewName("directory/service-form");
			String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(errorNextTo(page, "alternateName")).isEqualTo(language[1]);
			assertThat(value(page, "alternateName")).isEqualTo(typed);
			assertThat(summaryLinks(page)).containsExactly("#alternateName");
		}
	}

	@Test
	void aNewServiceFormOffersEmptyHoursRowsAndTheUsualLanguages() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
			.header("Accept-Language", "fr")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("directory/service-form");
		String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(checked(page, "languages")).containsExactly("fr", "nl");
		assertThat(page).contains("id=\"hours-2-day\"").doesNotContain("id=\"hours-3-day\"");
		assertThat(page).doesNotContain("error-summary");
	}

	@Test
	void aRowSentAfterAGapInTheRowsIsShownAgainWhereItWasTyped() throws Exception {
		// A crafted request (or a page edited in the browser) sends rows 0 and 2 without
		// 1:
		// row 2 comes back as row 2, with what was typed and its error next to it.
		MvcTestResult result = this.mvc.post()
			.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("nameFr", "Permanence sociale")
			.param("status", "ACTIVE")
			.param("kind", "SERVICE")
			.param("cost", "FREE")
			.param("areaLevel", "REGION")
			.param("hours[0].day", "MONDAY")
			.param("hours[0].opens", "09:00")
			.param("hours[0].closes", "12:00")
			.param("hours[2].day", "TUESDAY")
			.param("hours[2].opens", "14:00")
			.param("hours[2].closes", "2024-02-30")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("directory/service-form");
		String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(selected(page, "hours-0-day")).isEqualTo("MONDAY");
		assertThat(selected(page, "hours-2-day")).isEqualTo("TUESDAY");
		assertThat(value(page, "hours-2-opens")).isEqualTo("14:00");
		assertThat(value(page, "hours-2-closes")).isEqualTo("2024-02-30");
		assertThat(errorNextTo(page, "hours-2-closes")).isEqualTo("Indiquez une heure au format 09:00.");
		assertThat(value(page, "hours-1-opens")).isEmpty();
		assertThat(summaryLinks(page)).containsExactly("#hours-2-closes");
	}

	@Test
	void everyRowOfASparseRowListIsSaved() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
			.with(csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(new brussels.maillage.identity.CurrentUser(7, "repertoire@example.org", "Répertoire",
						java.util.Set.of(brussels.maillage.identity.Role.STAFF), java.util.Set.of(), "", true, false)))
			.param("nameFr", "Permanence sociale")
			.param("status", "ACTIVE")
			.param("kind", "SERVICE")
			.param("cost", "FREE")
			.param("areaLevel", "REGION")
			.param("hours[0].day", "MONDAY")
			.param("hours[0].opens", "09:00")
			.param("hours[0].closes", "12:00")
			.param("hours[2].day", "TUESDAY")
			.param("hours[2].opens", "14:00")
			.param("hours[2].closes", "17:00")
			.param("hours[5].day", "FRIDAY")
			.param("hours[5].opens", "8:30")
			.param("hours[5].closes", "11:00")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		org.mockito.ArgumentCaptor<brussels.maillage.directory.RegisterService> saved = org.mockito.ArgumentCaptor
			.forClass(brussels.maillage.directory.RegisterService.class);
		org.mockito.Mockito.verify(this.editing)
			.create(saved.capture(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
					org.mockito.ArgumentMatchers.any());
		assertThat(saved.getValue().openingHours())
			.extracting((hours) -> hours.day().name() + " " + hours.opensAt() + "-" + hours.closesAt())
			.containsExactly("MONDAY 09:00-12:00", "TUESDAY 14:00-17:00", "FRIDAY 08:30-11:00");
	}

	@Test
	void rowsNumberedAsThePageNeverDoesAreABadRequestNotAServerError() throws Exception {
		// Past the binder's 256 rows, not a number, negative: Spring's binder failed on
		// the first two (a 500) and put the third in the place of row 0.
		for (String row : new String[] { "hours[300]", "hours[x]", "hours[-1]", "hours[99999999999]" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
				.with(csrf())
				.param("nameFr", "Permanence sociale")
				.param("status", "ACTIVE")
				.param("kind", "SERVICE")
				.param("cost", "FREE")
				.param("areaLevel", "REGION")
				.param("hours[0].day", "MONDAY")
				.param("hours[0].opens", "09:00")
				.param("hours[0].closes", "12:00")
				.param(row + ".day", "FRIDAY")
				.param(row + ".opens", "8:30")
				.param(row + ".closes", "11:00")
				.exchange();
			assertThat(result).as(row).hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		org.mockito.Mockito.verify(this.editing, org.mockito.Mockito.never())
			.create(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
					org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
	}

	private String postNewService(String language) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/repertoire/organizations/{id}/services/new", ORGANIZATION)
			.with(csrf())
			.header("Accept-Language", language)
			.param("nameFr", "")
			.param("nameNl", " ")
			.param("nameEn", "")
			.param("descriptionFr", "Accueil sans rendez-vous & écoute")
			.param("descriptionNl", "Onthaal zonder afspraak")
			.param("descriptionEn", "Walk-in \"welcome\"")
			.param("eligibilityNl", "Voor iedereen")
			.param("applicationProcessEn", "Just come")
			.param("feesFr", "Gratuit pour tous")
			.param("feesNl", "x".repeat(4001))
			.param("status", "TEMPORARILY_CLOSED")
			.param("kind", "SERVICE")
			.param("cost", "SLIDING_SCALE")
			.param("url", "www sans schéma")
			.param("email", "pas-une-adresse")
			.param("phones", "02 123 45 67\nabc")
			.param("minimumAge", "12")
			.param("maximumAge", "8")
			.param("languages", "nl", "en")
			.param("_languages", "on")
			.param("targetGroups", "seniors")
			.param("themeCodes", "health")
			.param("locationIds", PLACE.toString())
			.param("areaLevel", "COMMUNE")
			.param("_areaCommunes", "on")
			.param("hours[0].day", "MONDAY")
			.param("hours[0].opens", "17:00")
			.param("hours[0].closes", "09:00")
			.param("hours[1].day", "")
			.param("hours[1].opens", "9h")
			.param("hours[1].closes", "")
			.param("hours[2].day", "")
			.param("hours[2].opens", "")
			.param("hours[2].closes", "")
			.param("internalNote", "Appeler avant <17h>")
			.param("verified", "true")
			.param("_verified", "on")
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("directory/service-form");
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** What the field of this id shows: an input's value or a text area's text. */
	static String value(String page, String id) {
		Matcher area = Pattern
			.compile("<textarea[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(page);
		if (area.find()) {
			return unescape(area.group(1)).replaceFirst("^\n", "");
		}
		String input = element(page, "input", id);
		return (input != null) ? attribute(input, "value") : null;
	}

	/** The value of the chosen option of the pick list of this id. */
	static String selected(String page, String id) {
		Matcher select = Pattern
			.compile("<select[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		assertThat(select.find()).as("a pick list #" + id).isTrue();
		Matcher option = Pattern.compile("<option([^>]*)\\sselected=\"selected\"([^>]*)>").matcher(select.group(1));
		return option.find() ? attribute(option.group(0), "value") : null;
	}

	/**
	 * The values of the ticked boxes (or chosen radio) named {@code name}, in page order.
	 */
	static List<String> checked(String page, String name) {
		List<String> values = new ArrayList<>();
		Matcher input = Pattern.compile("<input[^>]*>").matcher(page);
		while (input.find()) {
			String tag = input.group();
			if (("\"" + name + "\"").equals("\"" + attribute(tag, "name") + "\"")
					&& tag.contains("checked=\"checked\"")) {
				values.add(attribute(tag, "value"));
			}
		}
		return values;
	}

	/**
	 * The error message shown right before the field of this id (between its label and
	 * it), which the field names in aria-describedby; {@code null} when there is none.
	 */
	static String errorNextTo(String page, String id) {
		Matcher error = Pattern
			.compile("<p class=\"error-message\"[^>]*\\sid=\"" + Pattern.quote(id) + "-error\"[^>]*>(.*?)</p>\\s*"
					+ "<(input|textarea|select)([^>]*)>", Pattern.DOTALL)
			.matcher(page);
		if (!error.find()) {
			return null;
		}
		String field = error.group(3);
		assertThat(attribute(field, "id")).isEqualTo(id);
		assertThat(attribute(field, "aria-describedby")).contains(id + "-error");
		assertThat(attribute(field, "aria-invalid")).isEqualTo("true");
		return unescape(error.group(1).replaceAll("<span class=\"visually-hidden\">[^<]*</span>", "")).strip();
	}

	/** Where the links of the error summary lead, in order. */
	static List<String> summaryLinks(String page) {
		Matcher summary = Pattern.compile("<div class=\"error-summary\".*?</ul>", Pattern.DOTALL).matcher(page);
		assertThat(summary.find()).as("an error summary").isTrue();
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("<a href=\"([^\"]*)\"").matcher(summary.group());
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	private static String element(String page, String tag, String id) {
		Matcher element = Pattern.compile("<" + tag + "[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		return element.find() ? element.group() : null;
	}

	private static String attribute(String tag, String name) {
		Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return attribute.find() ? unescape(attribute.group(1)) : null;
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&#34;", "\"")
			.replace("&amp;", "&");
	}

}
