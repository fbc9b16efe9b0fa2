package brussels.maillage.prevention.programmes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.focus.FocusService;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.prevention.programmes.ProgrammeActivity;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.system.LocalizedText;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme running in bassin Nord tags, from its staff page, an event of Nord found by
 * words of its title, a helpdesk request of Nord by its number, a Focus repertoire and a
 * directory theme; an event of bassin Sud and a mistyped number are refused by the
 * fields; the counts programme × bassin × kind and their CSV/XLSX say what was tagged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeTagsWebTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@LocalServerPort
	int port;

	@Autowired
	ProgrammeService programmes;

	@Autowired
	ProgrammeActivity activity;

	@Autowired
	ProgrammeFigures figures;

	@Autowired
	EventsService events;

	@Autowired
	FocusService focus;

	@Autowired
	DirectoryService directory;

	@Test
	void aProgrammeOfBassinNordTagsItsActivityAndCountsItByBassinAndKind() throws IOException {
		int year = LocalDate.now(BRUSSELS).getYear();
		this.programmes.add(new Programme(UUID.randomUUID(), "sante-mentale-nord",
				LocalizedText.of("Santé mentale au Nord", "Geestelijke gezondheid in het Noorden", null),
				List.of("NORD"), LocalDate.of(2025, 1, 1), null));
		UUID nordEvent = event("Atelier anxiété Jette", "Rue Léopold Ier 12", "1090", "NORD");
		UUID sudEvent = event("Atelier anxiété Forest", "Chaussée de Neerstalle 200", "1190", "SUD");
		UUID repertoire = this.focus.create("anxiete-des-jeunes",
				LocalizedText.of("Anxiété des jeunes", "Angst bij jongeren", null),
				LocalizedText.of("Où orienter.", "Waarheen verwijzen.", null), "test");
		String theme = this.directory.themes().get(0).code();

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> call = HelpdeskFixtures.simpleRequest("NORD");
		call.put("postcode", "1090");
		long request = HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", call));

		String page = nord.get("/staff/programmes/sante-mentale-nord?q=anxi%C3%A9t%C3%A9&lang=fr").body();
		assertThat(page).contains("Atelier anxiété Jette").contains("Atelier anxiété Forest");
		String base = "/staff/programmes/sante-mentale-nord/tags";
		assertThat(nord.post(base, Map.of("kind", "EVENT", "event", nordEvent.toString(), "q", "anxiété")).statusCode())
			.isEqualTo(302);
		String refused = nord.post(base, Map.of("kind", "EVENT", "event", sudEvent.toString(), "q", "anxiété")).body();
		assertThat(refused).contains("id=\"event-error\"")
			.contains("Il relève d&#39;un bassin où le programme ne court pas.")
			.contains("value=\"anxiété\"");

		String mistyped = nord.post(base, Map.of("kind", "HELPDESK_REQUEST", "request", request + "a")).body();
		assertThat(mistyped).contains("id=\"request-error\"")
			.contains("Entrez le numéro de la demande en chiffres, par exemple 1204.")
			.contains("value=\"" + request + "a\"");
		assertThat(nord.post(base, Map.of("kind", "HELPDESK_REQUEST", "request", "987654321")).body())
			.contains("Aucune demande ne porte ce numéro.");
		assertThat(nord.post(base, Map.of("kind", "HELPDESK_REQUEST", "request", " " + request + " ")).statusCode())
			.isEqualTo(302);
		assertThat(
				nord.post(base, Map.of("kind", "FOCUS_REPERTOIRE", "repertoire", repertoire.toString())).statusCode())
			.isEqualTo(302);
		assertThat(nord.post(base, Map.of("kind", "DIRECTORY_THEME", "theme", theme)).statusCode()).isEqualTo(302);
		assertThat(nord.post(base, Map.of("kind", "DIRECTORY_THEME", "theme", theme)).body())
			.contains("id=\"theme-error\"")
			.contains("Le programme le marque déjà.");

		String tagged = nord.get("/staff/programmes/sante-mentale-nord?lang=nl").body();
		assertThat(tagged).contains("Atelier anxiété Jette (nl)")
			.contains("Vraag nr. " + request)
			.contains("Angst bij jongeren")
			.doesNotContain("Atelier anxiété Forest");

		List<ProgrammeActivity.Count> counts = this.activity.counts(year)
			.stream()
			.filter((count) -> count.programmeCode().equals("sante-mentale-nord"))
			.toList();
		assertThat(counts)
			.extracting(ProgrammeActivity.Count::territory, ProgrammeActivity.Count::kind,
					ProgrammeActivity.Count::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("NORD", SubjectKind.EVENT, 1L),
					org.assertj.core.groups.Tuple.tuple("NORD", SubjectKind.HELPDESK_REQUEST, 1L),
					org.assertj.core.groups.Tuple.tuple("REGION", SubjectKind.FOCUS_REPERTOIRE, 1L),
					org.assertj.core.groups.Tuple.tuple("REGION", SubjectKind.DIRECTORY_THEME, 1L));
		assertThat(this.activity.counts(2024)).noneMatch((count) -> count.programmeCode().equals("sante-mentale-nord"));

		String csv = nord.get("/staff/programmes/figures.csv?year=" + year + "&lang=fr").body();
		assertThat(csv)
			.startsWith(
					"Programme,Territoire,Événements,Demandes au helpdesk,Répertoires Focus,Thèmes du répertoire,Total")
			.contains("Santé mentale au Nord,Bassin Nord,1,1,0,0,2")
			.contains("Santé mentale au Nord,Région,0,0,1,1,2");
		assertThat(nord.get("/staff/programmes/figures?year=" + year + "&lang=nl").body())
			.contains("Geestelijke gezondheid in het Noorden");
		List<List<String>> sheet = new ArrayList<>();
		byte[] xlsx = this.figures.xlsx(this.figures.lines(year), year, Locale.of("nl"));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet()
				.openStream()
				.forEach((Row row) -> sheet.add(row.stream().map((cell) -> cell.getText()).toList()));
		}
		assertThat(sheet.get(0)).contains("Helpdeskvragen", "Totaal");
		assertThat(sheet)
			.contains(List.of("Geestelijke gezondheid in het Noorden", "Zorgzone Noord", "1", "1", "0", "0", "2"));

		HttpResponse<String> removed = nord.post("/staff/programmes/sante-mentale-nord/tags/remove",
				Map.of("kind", "EVENT", "subject", nordEvent.toString()));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(this.activity.counts(year)).noneMatch(
				(count) -> count.programmeCode().equals("sante-mentale-nord") && count.kind() == SubjectKind.EVENT);
	}

	private UUID event(String title, String address, String postcode, String territory) {
		Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		if (start.atZone(BRUSSELS).getYear() != LocalDate.now(BRUSSELS).getYear()) {
			start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		}
		return this.events.create(new EventDraft(EventKind.WORKSHOP, LocalizedText.of(title, title + " (nl)", null),
				LocalizedText.of("Un atelier pour les équipes.", "Een workshop voor de teams.", null), "fr", false,
				null, address, postcode, territory, List.of(), territory, 20, List.of(), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2))))));
	}

}
