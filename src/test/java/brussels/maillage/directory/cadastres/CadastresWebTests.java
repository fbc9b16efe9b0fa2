package brussels.maillage.directory.cadastres;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.system.LocalizedText;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadastres over real HTTP: a staff member records two trainings (one on palliative
 * care for volunteers, free, with dates; one on mental health, recurring, paid), the
 * public list narrows them by theme, language and cost and exports them; the orientation
 * lines are listed and met one by one until the mapping counts "40 lines listed, 21 met".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CadastresWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrientationMapping mapping;

	@Test
	void trainingsAreRecordedFilteredAndExported() throws IOException {
		organization("Asbl Cadastre Formations Soins Palliatifs");
		organization("Asbl Cadastre Intervisions Santé Mentale");
		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		sud.get("/staff/repertoire/formations?lang=fr");
		String invalid = sud.post("/staff/repertoire/formations",
				List.of(Map.entry("organization", "Asbl Cadastre Inconnue"), Map.entry("titleFr", ""),
						Map.entry("audience", "PROFESSIONALS"), Map.entry("startsOn", ""), Map.entry("recurrence", ""),
						Map.entry("cost", "gratuit"), Map.entry("theme", "")))
			.body();
		assertThat(invalid).contains("id=\"organization-error\"")
			.contains("Aucune organisation du répertoire ne porte ce nom")
			.contains("id=\"titleFr-error\"")
			.contains("id=\"languages-error\"")
			.contains("Choisissez au moins une langue.")
			.contains("id=\"startsOn-error\"")
			.contains("Donnez le premier jour ou une récurrence.")
			.contains("id=\"cost-error\"")
			.contains("Entrez un montant en euros, par exemple 0 ou 45,50.")
			.contains("id=\"theme-error\"")
			.contains("value=\"Asbl Cadastre Inconnue\"")
			.contains("value=\"gratuit\"");
		assertThat(sud.post("/staff/repertoire/formations",
				List.of(Map.entry("organization", "asbl cadastre formations soins palliatifs"),
						Map.entry("titleFr", "Module de base pour volontaires en soins palliatifs"),
						Map.entry("titleNl", "Basisopleiding voor vrijwilligers in de palliatieve zorg"),
						Map.entry("audience", "VOLUNTEERS"), Map.entry("languages", "fr"),
						Map.entry("startsOn", "2025-03-04"), Map.entry("endsOn", "2025-05-27"),
						Map.entry("recurrence", ""), Map.entry("cost", "0"), Map.entry("theme", "palliative"),
						Map.entry("url", "")))
			.statusCode()).isEqualTo(302);
		assertThat(sud
			.post("/staff/repertoire/formations",
					List.of(Map.entry("organization", "Asbl Cadastre Intervisions Santé Mentale"),
							Map.entry("titleFr", "Intervision en santé mentale de première ligne"),
							Map.entry("titleNl", "Intervisie geestelijke gezondheid in de eerste lijn"),
							Map.entry("audience", "PROFESSIONALS"), Map.entry("languages", "fr"),
							Map.entry("languages", "nl"), Map.entry("startsOn", ""),
							Map.entry("recurrence", "Chaque premier mardi du mois"), Map.entry("cost", "45,50"),
							Map.entry("theme", "mental_health"), Map.entry("url", "https://example.org/intervision")))
			.statusCode()).isEqualTo(302);

		WebSession visitor = new WebSession(this.port);
		String palliative = visitor.get("/repertoire/formations?theme=palliative&lang=fr").body();
		assertThat(palliative).contains("Module de base pour volontaires en soins palliatifs")
			.contains("Volontaires")
			.contains("Gratuite")
			.doesNotContain("Intervision en santé mentale");
		assertThat(visitor.get("/repertoire/formations?language=nl&q=cadastre&lang=nl").body())
			.contains("Intervisie geestelijke gezondheid in de eerste lijn")
			.contains("Chaque premier mardi du mois")
			.doesNotContain("Basisopleiding voor vrijwilligers");
		assertThat(visitor.get("/repertoire/formations?free=true&q=cadastre&lang=fr").body())
			.contains("Module de base pour volontaires")
			.doesNotContain("Intervision en santé mentale");
		String csv = visitor.get("/repertoire/formations.csv?q=cadastre&lang=fr").body();
		assertThat(csv).as("Belgian Excel: a byte order mark, semicolons, decimal commas")
			.startsWith("\uFEFFFormation;Organisateur;Thème;Public;Langues;Premier jour;Dernier jour;Récurrence;"
					+ "Coût (euros);Adresse\r\n")
			.contains("Intervision en santé mentale de première ligne;Asbl Cadastre Intervisions Santé Mentale;")
			.contains(";Professionnel·les;français, néerlandais;;;Chaque premier mardi du mois;45,50;"
					+ "https://example.org/intervision")
			.contains(";Volontaires;français;2025-03-04;2025-05-27;;0,00;");
		List<Row> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(bytes("/repertoire/formations.xlsx?q=cadastre&lang=en")))) {
			workbook.getFirstSheet().openStream().forEach(rows::add);
		}
		assertThat(text(rows.get(0))).containsExactly("Training", "Organiser", "Theme", "Audience", "Languages",
				"First day", "Last day", "Recurrence", "Cost (euros)", "Address");
		Row intervision = rows.stream()
			.filter((row) -> text(row).contains("Asbl Cadastre Intervisions Santé Mentale"))
			.findFirst()
			.orElseThrow();
		assertThat(text(intervision)).contains("Mental health", "Professionals", "French, Dutch",
				"Chaque premier mardi du mois", "https://example.org/intervision");
		assertThat(intervision.getCell(8).getType()).as("the cost is a number").isEqualTo(CellType.NUMBER);
		assertThat(intervision.getCell(8).asNumber()).isEqualByComparingTo("45.50");

		String staff = sud.get("/staff/repertoire/formations?q=intervision&lang=fr").body();
		Matcher link = Pattern.compile("/staff/repertoire/formations/([0-9a-f-]{36})").matcher(staff);
		assertThat(link.find()).isTrue();
		String edit = "/staff/repertoire/formations/" + link.group(1);
		assertThat(sud.get(edit + "?lang=fr").body()).contains("value=\"45,5\"")
			.contains("value=\"Chaque premier mardi du mois\"");
		String badEnd = sud.post(edit,
				List.of(Map.entry("organization", "Asbl Cadastre Intervisions Santé Mentale"),
						Map.entry("titleFr", "Intervision en santé mentale de première ligne"),
						Map.entry("audience", "PROFESSIONALS"), Map.entry("languages", "fr"), Map.entry("startsOn", ""),
						Map.entry("endsOn", "2025-06-30"), Map.entry("recurrence", "Chaque premier mardi du mois"),
						Map.entry("cost", "50"), Map.entry("theme", "mental_health")))
			.body();
		assertThat(badEnd).contains("id=\"endsOn-error\"").contains("Donnez aussi le premier jour.");
		assertThat(sud.post(edit,
				List.of(Map.entry("organization", "Asbl Cadastre Intervisions Santé Mentale"),
						Map.entry("titleFr", "Intervision en santé mentale de première ligne"),
						Map.entry("audience", "PROFESSIONALS"), Map.entry("languages", "fr"), Map.entry("startsOn", ""),
						Map.entry("recurrence", "Chaque premier mardi du mois"), Map.entry("cost", "50"),
						Map.entry("theme", "mental_health")))
			.statusCode()).isEqualTo(302);
		assertThat(visitor.get("/repertoire/formations?q=intervision&lang=fr").body()).contains("50,00 €");
	}

	@Test
	void fortyLinesListedAndTwentyOneMetAreCounted() {
		LocalDate end2024 = LocalDate.of(2024, 12, 31);
		OrientationMapping.Counts before = this.mapping.counts(end2024);
		OrientationMapping.Counts beforeMarch = this.mapping.counts(LocalDate.of(2024, 2, 1));
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		nord.get("/staff/repertoire/lignes?lang=fr");
		String invalid = nord
			.post("/staff/repertoire/lignes", Map.of("name", "", "phone", "appelez-nous", "listedOn", "2024-02-30"))
			.body();
		assertThat(invalid).contains("id=\"name-error\"")
			.contains("id=\"phone-error\"")
			.contains("id=\"listedOn-error\"")
			.contains("Entrez une date qui existe, par exemple 2025-03-12.")
			.contains("value=\"appelez-nous\"");
		for (int i = 1; i <= 40; i++) {
			assertThat(nord
				.post("/staff/repertoire/lignes", Map.of("name", "Ligne d'écoute test " + i, "phone",
						"02 500 00 " + (10 + i), "listedOn", "2024-03-" + String.format("%02d", 1 + i % 28)))
				.statusCode()).isEqualTo(302);
		}
		String page = nord.get("/staff/repertoire/lignes?lang=fr").body();
		List<String> ids = new ArrayList<>();
		Matcher link = Pattern
			.compile("href=\"/staff/repertoire/lignes/([0-9a-f-]{36})\">Ligne d&#39;écoute test (\\d+)<")
			.matcher(page);
		while (link.find()) {
			if (Integer.parseInt(link.group(2)) <= 21) {
				ids.add(link.group(1));
			}
		}
		assertThat(ids).hasSize(21);
		String tooEarly = nord.post("/staff/repertoire/lignes/" + ids.get(0), Map.of("on", "2024-01-15")).body();
		assertThat(tooEarly).contains("id=\"on-error\"").contains("Ce jour précède l&#39;étape précédente.");
		for (String id : ids) {
			assertThat(nord.post("/staff/repertoire/lignes/" + id, Map.of("on", "2024-10-15")).statusCode())
				.isEqualTo(302);
		}
		assertThat(nord.post("/staff/repertoire/lignes/" + ids.get(0), Map.of("on", "2025-01-20")).statusCode())
			.isEqualTo(302);
		OrientationMapping.Counts after = this.mapping.counts(end2024);
		assertThat(after.listed() - before.listed()).isEqualTo(40);
		assertThat(after.met() - before.met()).isEqualTo(21);
		assertThat(after.agreed() - before.agreed()).isZero();
		assertThat(this.mapping.counts(LocalDate.of(2025, 2, 1)).agreed() - before.agreed()).isEqualTo(1);
		assertThat(this.mapping.counts(LocalDate.of(2024, 2, 1)).listed()).isEqualTo(beforeMarch.listed());
		assertThat(nord.get("/staff/repertoire/lignes?lang=fr").body()).contains("lignes répertoriées");
	}

	private static List<String> text(Row row) {
		return row.stream().map((cell) -> (cell != null) ? cell.getText() : "").toList();
	}

	private byte[] bytes(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofByteArray())
				.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void organization(String name) {
		this.directory.register(new RegisterOrganization(UUID.randomUUID(), name,
				LocalizedText.of("Association de formation", null, null), null, null, List.of()));
	}

}
