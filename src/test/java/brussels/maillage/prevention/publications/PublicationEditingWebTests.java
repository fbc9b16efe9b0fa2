package brussels.maillage.prevention.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.prevention.programmes.Programme;
import brussels.maillage.prevention.programmes.ProgrammeService;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a programme and a publication over real HTTP: the forms show what is stored,
 * bad input comes back by its fields with what was typed, a change shows on the public
 * lists, and a publication taken out leaves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationEditingWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	ProgrammeService programmes;

	@Autowired
	PublicationService publications;

	@Test
	void anAdministratorChangesAProgrammesNamesTerritoriesAndDates() {
		this.programmes.add(new Programme(UUID.randomUUID(), "aidants-proches",
				LocalizedText.of("Aidants proches", "Mantelzorgers", null), List.of("REGION"), LocalDate.of(2025, 1, 1),
				null));
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", PASSWORD);
		String form = admin.get("/admin/programmes/aidants-proches?lang=fr").body();
		assertThat(form).contains("Code : aidants-proches").contains("value=\"Aidants proches\"");
		String invalid = admin.post("/admin/programmes/aidants-proches",
				List.of(Map.entry("code", "aidants-proches"), Map.entry("nameFr", "Aidants proches à domicile"),
						Map.entry("nameNl", "Mantelzorgers thuis"), Map.entry("territories", "SUD"),
						Map.entry("startsOn", "2025-06-01"), Map.entry("endsOn", "2025-05-31")))
			.body();
		assertThat(invalid).contains("id=\"endsOn-error\"")
			.contains("La fin doit venir après le début.")
			.contains("value=\"Aidants proches à domicile\"")
			.contains("value=\"2025-05-31\"");
		assertThat(admin.post("/admin/programmes/aidants-proches",
				List.of(Map.entry("code", "autre-code"), Map.entry("nameFr", "Aidants proches à domicile"),
						Map.entry("nameNl", "Mantelzorgers thuis"), Map.entry("territories", "SUD"),
						Map.entry("territories", "SUD_EST"), Map.entry("startsOn", "2025-06-01"),
						Map.entry("endsOn", "2027-12-31")))
			.statusCode()).isEqualTo(302);
		Programme changed = this.programmes.byCode("aidants-proches").orElseThrow();
		assertThat(changed.name().nl()).isEqualTo("Mantelzorgers thuis");
		assertThat(changed.territories()).containsExactly("SUD", "SUD_EST");
		assertThat(changed.endsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(this.programmes.byCode("autre-code")).isEmpty();
		assertThat(new WebSession(this.port).get("/programmes?lang=nl").body()).contains("Mantelzorgers thuis");
		assertThat(admin.get("/admin/programmes/inconnu").statusCode()).isEqualTo(404);
	}

	@Test
	void aStaffMemberChangesAPublicationAndTakesItOut() {
		UUID id = UUID.randomUUID();
		this.publications.register(
				new Publication(id, Publication.Series.SYNTHESIS, null,
						LocalizedText.of("Synthèse des rencontres de quartier", "Synthese van de buurtontmoetingen",
								null),
						LocalDate.of(2025, 5, 12), List.of("fr", "nl"), "https://example.org/rencontres", false,
						LocalizedText.of("Ce que les habitants ont dit.", "Wat de bewoners zeiden.", null),
						List.of("quartier"), null, null),
				null, "test");
		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		assertThat(sud.get("/staff/publications?lang=fr").body()).contains("href=\"/staff/publications/" + id + "\"");
		String form = sud.get("/staff/publications/" + id + "?lang=fr").body();
		assertThat(form).contains("value=\"Synthèse des rencontres de quartier\"")
			.contains("value=\"https://example.org/rencontres\"")
			.contains("value=\"2025-05-12\"")
			.contains("value=\"quartier\"");
		String invalid = sud
			.post("/staff/publications/" + id,
					List.of(Map.entry("series", "SYNTHESIS"), Map.entry("titleFr", ""),
							Map.entry("titleNl", "Synthese van de buurtontmoetingen 2025"),
							Map.entry("publishedOn", "2025-05-12"), Map.entry("languages", "nl"), Map.entry("url", "")))
			.body();
		assertThat(invalid).contains("id=\"titleFr-error\"")
			.contains("id=\"url-error\"")
			.contains("Donnez l&#39;adresse de la publication ou joignez son PDF.")
			.contains("value=\"Synthese van de buurtontmoetingen 2025\"");
		assertThat(sud
			.post("/staff/publications/" + id,
					List.of(Map.entry("series", "SYNTHESIS"), Map.entry("issue", "2025"),
							Map.entry("titleFr", "Synthèse des rencontres de quartier 2025"),
							Map.entry("titleNl", "Synthese van de buurtontmoetingen 2025"),
							Map.entry("publishedOn", "2025-06-02"), Map.entry("languages", "fr"),
							Map.entry("languages", "nl"), Map.entry("url", "https://example.org/rencontres-2025"),
							Map.entry("summaryFr", "Ce que les habitants ont dit en 2025."), Map.entry("themes", "")))
			.statusCode()).isEqualTo(302);
		String list = new WebSession(this.port).get("/publications?lang=fr").body();
		assertThat(list).contains("Synthèse des rencontres de quartier 2025")
			.contains("https://example.org/rencontres-2025")
			.doesNotContain("https://example.org/rencontres\"");
		assertThat(sud.post("/staff/publications/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port).get("/publications?lang=fr").body())
			.doesNotContain("Synthèse des rencontres de quartier 2025");
		assertThat(sud.get("/staff/publications/" + id).statusCode()).isEqualTo(404);
	}

}
