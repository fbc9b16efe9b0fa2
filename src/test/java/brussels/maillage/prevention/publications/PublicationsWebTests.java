package brussels.maillage.prevention.publications;

import java.util.List;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programmes and the register of publications over real HTTP: an administrator adds a
 * programme, a staff member registers a publication tagged with it; both show on the
 * public lists and the publication in the feed; bad input gets messages by the fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Test
	void anAdministratorAddsAProgrammeAndAPublicationTaggedWithItIsListedAndInTheFeed() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", PASSWORD);
		admin.get("/admin/programmes");
		String invalid = admin
			.post("/admin/programmes", List.of(Map.entry("code", "Santé Mentale"), Map.entry("nameFr", "Santé mentale"),
					Map.entry("nameNl", ""), Map.entry("startsOn", "2025-01-01"), Map.entry("endsOn", "2024-12-31")))
			.body();
		assertThat(invalid).contains("id=\"code-error\"")
			.contains("Utilisez des lettres minuscules")
			.contains("id=\"nameNl-error\"")
			.contains("id=\"territories-error\"")
			.contains("Choisissez au moins un territoire.")
			.contains("value=\"Santé mentale\"");
		assertThat(admin.post("/admin/programmes",
				List.of(Map.entry("code", "sante-mentale-jeunes"), Map.entry("nameFr", "Santé mentale des jeunes"),
						Map.entry("nameNl", "Geestelijke gezondheid van jongeren"), Map.entry("territories", "SUD"),
						Map.entry("territories", "NORD"), Map.entry("startsOn", "2025-01-01"), Map.entry("endsOn", "")))
			.statusCode()).isEqualTo(302);
		String programmes = new WebSession(this.port).get("/programmes").body();
		assertThat(programmes).contains("Santé mentale des jeunes")
			.contains("Bassin Sud, Bassin Nord")
			.contains("Programme périnatalité");
		String programmeId = admin.get("/staff/publications")
			.body()
			.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">Santé mentale des jeunes</option>.*", "$1");
		assertThat(programmeId).hasSize(36);

		String noLink = admin.post("/staff/publications",
				List.of(Map.entry("series", "SYNTHESIS"), Map.entry("titleFr", "Synthèse de la concertation"),
						Map.entry("publishedOn", "2025-02-30"), Map.entry("url", "")))
			.body();
		assertThat(noLink).contains("id=\"url-error\"")
			.contains("Donnez l&#39;adresse de la publication ou joignez son PDF.")
			.contains("id=\"publishedOn-error\"")
			.contains("id=\"languages-error\"");
		assertThat(admin
			.post("/staff/publications",
					List.of(Map.entry("series", "SYNTHESIS"), Map.entry("issue", ""),
							Map.entry("titleFr", "Synthèse de la concertation santé mentale"),
							Map.entry("titleNl", "Synthese van het overleg geestelijke gezondheid"),
							Map.entry("publishedOn", "2025-03-20"), Map.entry("languages", "fr"),
							Map.entry("languages", "nl"), Map.entry("url", "https://example.org/synthese.pdf"),
							Map.entry("summaryFr", "Les propositions de la concertation au conseil."),
							Map.entry("summaryNl", "De voorstellen van het overleg aan de raad."),
							Map.entry("themes", "santé mentale, jeunes"), Map.entry("programmeId", programmeId)))
			.statusCode()).isEqualTo(302);
		String list = new WebSession(this.port).get("/publications").body();
		assertThat(list).contains("Synthèse de la concertation santé mentale")
			.contains("https://example.org/synthese.pdf")
			.contains("santé mentale, jeunes")
			.contains("Santé mentale des jeunes")
			.contains("Zinneke #2 – automne 2024");
		assertThat(new WebSession(this.port).get("/publications/feed.atom?lang=nl").body())
			.contains("Synthese van het overleg geestelijke gezondheid")
			.contains("https://example.org/synthese.pdf");
		assertThat(new WebSession(this.port).get("/api/publications").body()).contains("\"sante-mentale-jeunes\"");
	}

}
