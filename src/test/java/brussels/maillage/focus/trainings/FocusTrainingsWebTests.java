package brussels.maillage.focus.trainings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.cadastres.Training;
import brussels.maillage.focus.ListedTraining;
import brussels.maillage.system.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainings of the cadastre in a Focus over real HTTP: staff record two trainings (the
 * volunteers' basic training in palliative care, free, with its dates; a paid
 * mental-health intervision that recurs), an editor finds them from the repertoire's
 * editor page and lists them with a note; the public page in fr and nl, the brochure and
 * the CSV and XLSX of the repertoire's trainings show them with every label in the
 * reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FocusTrainingsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Test
	void anEditorListsTrainingsThatThePageTheBrochureAndTheExportsShow() throws IOException {
		String organiser = "Asbl Focus Formations " + UUID.randomUUID().toString().substring(0, 6);
		UUID service = service(organiser);
		WebSession editor = new WebSession(this.port);
		editor.login("nord@demo.maillage.brussels", PASSWORD);
		editor.get("/staff/repertoire/formations?lang=fr");
		assertThat(editor.post("/staff/repertoire/formations", List.of(Map.entry("organization", organiser),
				Map.entry("titleFr", "Formation de base des volontaires en soins palliatifs"),
				Map.entry("titleNl", "Basisopleiding voor vrijwilligers in de palliatieve zorg"),
				Map.entry("audience", "VOLUNTEERS"), Map.entry("languages", "fr"), Map.entry("startsOn", "2024-03-05"),
				Map.entry("endsOn", "2024-05-14"), Map.entry("recurrence", ""), Map.entry("cost", "0"),
				Map.entry("theme", "palliative"), Map.entry("url", "")))
			.statusCode()).isEqualTo(302);
		assertThat(editor.post("/staff/repertoire/formations",
				List.of(Map.entry("organization", organiser), Map.entry("titleFr", "Intervision focus santé mentale"),
						Map.entry("titleNl", "Intervisie focus geestelijke gezondheid"),
						Map.entry("audience", "PROFESSIONALS"), Map.entry("languages", "fr"),
						Map.entry("languages", "nl"), Map.entry("startsOn", ""),
						Map.entry("recurrence", "Chaque premier mardi du mois"), Map.entry("cost", "45,50"),
						Map.entry("theme", "mental_health"), Map.entry("url", "https://example.org/intervision")))
			.statusCode()).isEqualTo(302);

		String slug = "formations-" + UUID.randomUUID().toString().substring(0, 8);
		editor.get("/staff/focus/new");
		HttpResponse<String> created = editor.post("/staff/focus/new",
				Map.of("slug", slug, "titleFr", "Se former en fin de vie", "titleNl", "Vorming levenseinde",
						"introductionFr", "Pour les soignant·es.", "introductionNl", "Voor zorgverleners."));
		Matcher id = Pattern.compile("/staff/focus/([0-9a-f-]{36})")
			.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String edit = "/staff/focus/" + id.group(1);
		editor.get(edit);
		editor.post(edit + "/sections", Map.of("level", "REGION", "sectionTitleFr", "", "sectionTitleNl", ""));
		Matcher section = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Pour toute la Région</option>")
			.matcher(editor.get(edit + "?q=" + organiser.replace(' ', '+')).body());
		assertThat(section.find()).isTrue();
		editor.post(edit + "/services",
				Map.of("sectionId", section.group(1), "serviceId", service.toString(), "noteFr", "", "noteNl", ""));

		String search = editor.get(edit + "?tq=" + organiser.replace(' ', '+') + "&lang=fr").body();
		assertThat(search).contains("Formation de base des volontaires en soins palliatifs")
			.contains("Intervision focus santé mentale");
		List<String> trainings = new ArrayList<>();
		Matcher found = Pattern.compile("name=\"trainingId\" value=\"([0-9a-f-]{36})\"").matcher(search);
		while (found.find()) {
			trainings.add(found.group(1));
		}
		assertThat(trainings).hasSize(2);
		assertThat(editor.post(edit + "/trainings", Map.of("trainingId", UUID.randomUUID().toString())).statusCode())
			.isEqualTo(302);
		assertThat(editor.get(edit + "?lang=fr").body())
			.contains("Cette formation n&#39;a pas pu être ajoutée : choisissez une formation du cadastre.");
		for (String training : trainings) {
			assertThat(editor.post(edit + "/trainings",
					Map.of("trainingId", training, "noteFr", "À proposer aux équipes.", "noteNl", "Voor de teams.")))
				.extracting(HttpResponse::statusCode)
				.isEqualTo(302);
		}
		editor.get(edit);
		assertThat(editor.post(edit + "/publish", Map.of()).statusCode()).isEqualTo(302);

		String fr = new WebSession(this.port).get("/focus/" + slug + "?lang=fr").body();
		assertThat(fr).contains("Se former")
			.contains("Formation de base des volontaires en soins palliatifs")
			.contains("Volontaires")
			.contains("Soins palliatifs et fin de vie")
			.contains("5 mars 2024 – 14 mai 2024")
			.contains("Gratuite")
			.contains("Cette formation est terminée.")
			.contains("Chaque premier mardi du mois")
			.contains("45,50 €")
			.contains("français, néerlandais")
			.contains("À proposer aux équipes.")
			.doesNotContain("VOLUNTEERS")
			.doesNotContain("mental_health");
		String nl = new WebSession(this.port).get("/focus/" + slug + "?lang=nl").body();
		assertThat(nl).contains("Vorming")
			.contains("Basisopleiding voor vrijwilligers in de palliatieve zorg")
			.contains("Vrijwilligers")
			.contains("Gratis")
			.contains("Frans, Nederlands")
			.contains("Deze opleiding is afgelopen.")
			.contains("Voor de teams.")
			.doesNotContain("VOLUNTEERS");

		try (PDDocument pdf = Loader.loadPDF(bytes("/focus/" + slug + "/brochure.pdf?lang=nl"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Vorming")
				.contains("Basisopleiding voor vrijwilligers in de palliatieve zorg")
				.contains("Intervisie focus geestelijke gezondheid")
				.contains("Professionals");
		}

		byte[] csv = bytes("/focus/" + slug + "/formations.csv?lang=fr");
		String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		assertThat(text)
			.startsWith("\uFEFFFormation;Organisateur;Thème;Public;Langues;Premier jour;Dernier jour;"
					+ "Récurrence;Coût (euros);Adresse\r\n")
			.contains("Formation de base des volontaires en soins palliatifs;" + organiser
					+ ";Soins palliatifs et fin de vie;Volontaires;français;2024-03-05;2024-05-14;;0,00;")
			.contains(";Professionnel·les;français, néerlandais;;;Chaque premier mardi du mois;45,50;"
					+ "https://example.org/intervision");
		List<List<String>> sheet = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(bytes("/focus/" + slug + "/formations.xlsx?lang=nl")))) {
			workbook.getFirstSheet()
				.openStream()
				.forEach((Row row) -> sheet.add(row.stream().map((cell) -> cell.getText()).toList()));
		}
		assertThat(sheet.get(0)).contains("Organisator", "Doelgroep");
		assertThat(sheet).anySatisfy((row) -> assertThat(row)
			.contains("Basisopleiding voor vrijwilligers in de palliatieve zorg", organiser, "Vrijwilligers", "Frans"));

		String page = editor.get(edit).body();
		Matcher entry = Pattern.compile("/staff/focus/[0-9a-f-]{36}/trainings/([0-9a-f-]{36})/delete").matcher(page);
		assertThat(entry.find()).isTrue();
		editor.post(edit + "/trainings/" + entry.group(1) + "/delete", Map.of());
		assertThat(new WebSession(this.port).get("/focus/" + slug + "?lang=fr").body())
			.doesNotContain("Formation de base des volontaires en soins palliatifs")
			.contains("Intervision focus santé mentale");
	}

	@Test
	void flagsATrainingThatLeftTheCadastreOrIsOver() {
		LocalDate today = LocalDate.of(2025, 6, 1);
		assertThat(FocusTrainings.flag(null, today)).isEqualTo(ListedTraining.Flag.MISSING);
		assertThat(FocusTrainings.flag(training(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 5, 31), null), today))
			.isEqualTo(ListedTraining.Flag.ENDED);
		assertThat(FocusTrainings.flag(training(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 6, 1), null), today))
			.isNull();
		assertThat(FocusTrainings.flag(training(LocalDate.of(2025, 5, 20), null, null), today))
			.as("a one-day training that took place")
			.isEqualTo(ListedTraining.Flag.ENDED);
		assertThat(FocusTrainings.flag(training(LocalDate.of(2024, 1, 9), null, "Chaque premier mardi"), today))
			.as("a training that recurs since a day")
			.isNull();
	}

	private static Training training(LocalDate startsOn, LocalDate endsOn, String recurrence) {
		return new Training(UUID.randomUUID(), UUID.randomUUID(), "Asbl", LocalizedText.of("Formation", null, null),
				Training.Audience.PROFESSIONALS, List.of("fr"), startsOn, endsOn, recurrence, BigDecimal.ZERO,
				"palliative", null);
	}

	private UUID service(String organiser) {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), organiser,
				LocalizedText.of("Association de formation", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue Josaphat 10", "1030", "Schaerbeek", "21015",
						50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Permanence " + organiser, "Permanentie " + organiser, null),
				LocalizedText.of("Information sur les formations.", null, null), null, null, null, ServiceStatus.ACTIVE,
				ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(), AreaLevel.REGION,
				List.of(), List.of(organization.locations().get(0).id()), List.of("02 555 12 34"), List.of(),
				List.of("palliative"), Instant.now(), "test");
		this.directory.register(service, "test");
		return service.id();
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

}
