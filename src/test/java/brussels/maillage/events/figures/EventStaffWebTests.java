package brussels.maillage.events.figures;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventFixtures;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.LocalizedText;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers tell sessions apart: the staff list (upcoming or past, search, filters,
 * registrations, pages) and the figures per event (date, bassin, place), whose exports
 * keep a title that starts like a formula as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventStaffWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	FigureService figures;

	@Autowired
	FigureExports exports;

	@Autowired
	JdbcClient jdbc;

	private final List<UUID> created = new java.util.ArrayList<>();

	@AfterEach
	void forgetEvents() {
		for (UUID id : this.created) {
			this.jdbc.sql("delete from event where id = ?").param(id).update();
		}
	}

	private UUID event(String title, String territory, String address, String postcode, String startsAt) {
		Instant start = ZonedDateTime.parse(startsAt).toInstant();
		UUID id = this.events.create(new EventDraft(EventKind.INFO_SESSION, LocalizedText.of(title, title, null),
				LocalizedText.of(null, null, null), "fr", false, null, address, postcode, territory, List.of(),
				territory, 20, List.of(), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000)))));
		// Registrations are only taken for future sessions: the dates are moved
		// afterwards.
		this.jdbc.sql("update event_session set starts_at = ?, ends_at = ? where event_id = ?")
			.params(java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plusSeconds(7200)), id)
			.update();
		this.created.add(id);
		return id;
	}

	@Test
	void sessionsOfTheSameTitleAreToldApartByDateBassinAndPlaceOnThePageAndInTheCsv() {
		String title = "Brus'info : l'aide à domicile des 60 ans et plus";
		event(title, "SUD", "Place Keym 2", "1170", "2017-05-03T09:30+02:00[Europe/Brussels]");
		event(title, "NORD", "Rue Léon Theodor 108", "1090", "2017-05-17T14:00+02:00[Europe/Brussels]");
		WebSession staff = new WebSession(this.port);
		staff.login("sud@demo.maillage.brussels", PASSWORD);
		String page = staff.get("/staff/events/figures?by=event&from=2017-05-01&to=2017-05-31").body();
		assertThat(page).contains("3 mai 2017")
			.contains("17 mai 2017")
			.contains("09:30")
			.contains("Bassin Sud")
			.contains("Bassin Nord")
			.contains("Place Keym 2, 1170 Watermael-Boitsfort")
			.contains("Rue Léon Theodor 108, 1090 Jette")
			.contains("<caption");
		assertThat(page.indexOf("3 mai 2017")).as("in date order").isLessThan(page.indexOf("17 mai 2017"));

		WebSession dutch = new WebSession(this.port).language("nl");
		dutch.login("sud@demo.maillage.brussels", PASSWORD);
		assertThat(dutch.get("/staff/events/figures?by=event&from=2017-05-01&to=2017-05-31").body())
			.contains("3 mei 2017")
			.contains("Place Keym 2, 1170 Watermaal-Bosvoorde");

		String csv = staff.get("/staff/events/figures.csv?by=event&from=2017-05-01&to=2017-05-31").body();
		assertThat(csv).as("UTF-8 byte order mark for Excel").startsWith("\uFEFF");
		List<String> lines = csv.substring(1).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("Événement;Date;Territoire;Où;Prévus;Tenus;"
				+ "Annulés (prévus non tenus);Inscrit·es;Présent·es;dont estimé·es;Ont terminé le cycle;Absent·es");
		assertThat(lines.get(1)).startsWith(title + ";").contains("3 mai 2017").contains(";Bassin Sud;");
		assertThat(lines.get(1)).contains(";Place Keym 2, 1170 Watermael-Boitsfort;");
		assertThat(lines.get(2)).contains("17 mai 2017").contains(";Bassin Nord;");
	}

	@Test
	void aTitleThatStartsLikeAFormulaStaysTextInTheCsvAndTheXlsx() throws Exception {
		event("=HYPERLINK(\"http://x\",\"y\")", "SUD", "Place Keym 2", "1170",
				"2016-02-10T10:00+01:00[Europe/Brussels]");
		WebSession staff = new WebSession(this.port);
		staff.login("sud@demo.maillage.brussels", PASSWORD);
		HttpResponse<String> csv = staff.get("/staff/events/figures.csv?by=event&from=2016-02-01&to=2016-02-29");
		assertThat(csv.body().lines().toList().get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";");

		byte[] xlsx = this.exports.xlsx("event", this.figures.figures("event", java.time.LocalDate.of(2016, 2, 1),
				java.time.LocalDate.of(2016, 2, 29), Locale.FRENCH), Locale.FRENCH);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
			assertThat(rows.get(1).getCell(0).getFormula()).isNull();
		}
	}

	private UUID upcoming(String title, String territory, int capacity, java.time.Duration startsIn) {
		Instant start = Instant.now().plus(startsIn).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		UUID id = this.events.create(new EventDraft(EventKind.WORKSHOP, LocalizedText.of(title, title + " (nl)", null),
				LocalizedText.of(null, null, null), "fr", false, null, "Place Keym 2", "1170", territory, List.of(),
				territory, capacity, List.of(), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(start, start.plusSeconds(7200)))));
		this.created.add(id);
		return id;
	}

	@Test
	void theStaffListShowsUpcomingEventsSoonestFirstPastOnesApartAndTheirRegistrations() {
		UUID later = upcoming("Atelier zythologie avancé", "SUD", 20, java.time.Duration.ofDays(40));
		UUID soon = upcoming("Atelier Zythologie débutants", "SUD", 1, java.time.Duration.ofDays(3));
		UUID other = upcoming("Atelier zythologie Nord", "NORD", 10, java.time.Duration.ofDays(5));
		this.events.register(soon, EventFixtures.person("first-" + UUID.randomUUID() + "@example.be", "fr"));
		this.events.register(soon, EventFixtures.person("second-" + UUID.randomUUID() + "@example.be", "fr"));
		UUID past = event("Atelier zythologie de l'an passé", "SUD", "Place Keym 2", "1170",
				"2015-06-02T10:00+02:00[Europe/Brussels]");
		WebSession staff = new WebSession(this.port);
		staff.login("sud@demo.maillage.brussels", PASSWORD);

		String all = staff.get("/staff/events").body();
		assertThat(all).contains("<caption id=\"events-caption\">Événements à venir, du plus proche au plus lointain")
			.contains("aria-current=\"page\">À venir</a>")
			.contains("rel=\"next\"")
			.as("the demo has more events than one page")
			.contains("Page 1 sur ");

		String found = staff.get("/staff/events?q=ZYTHOLOGIE").body();
		assertThat(found).contains("(3)")
			.contains("/staff/events/" + soon)
			.contains("/staff/events/" + later)
			.doesNotContain("/staff/events/" + past);
		assertThat(found.indexOf("/staff/events/" + soon)).isLessThan(found.indexOf("/staff/events/" + other));
		assertThat(found.indexOf("/staff/events/" + other)).isLessThan(found.indexOf("/staff/events/" + later));
		assertThat(found).contains("1 inscrit·es / 1 places").contains("1 en liste d&#39;attente");

		String south = staff.get("/staff/events?q=zythologie&territory=SUD&kind=WORKSHOP&status=PUBLISHED").body();
		assertThat(south).contains("/staff/events/" + soon).doesNotContain("/staff/events/" + other);
		assertThat(staff.get("/staff/events?q=zythologie&status=CANCELLED").body())
			.contains("Aucun événement avec ces filtres.");

		String pastOnes = staff.get("/staff/events?when=past&q=zythologie").body();
		assertThat(pastOnes).contains("/staff/events/" + past)
			.doesNotContain("/staff/events/" + soon)
			.contains("Événements passés, du plus récent au plus ancien (1)")
			.contains("aria-current=\"page\">Passés</a>");
		assertThat(staff.get("/staff/events?page=abc&kind=nonsense&status=x").statusCode()).isEqualTo(200);
	}

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	@Test
	void everyDemoEventOfABassinIsHeldAtAnAddressTheTerritoryPlacesInThatBassin() {
		List<String[]> demo = this.jdbc.sql("""
				select territory, address, postcode from event
				where not online and territory <> 'REGION' and (title ->> 'fr' like 'Brus''info :%'
					or title ->> 'fr' in ('Atelier du changement', 'Concertation thématique : santé mentale'))""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		assertThat(demo).as("the demo agenda").hasSizeGreaterThan(20);
		assertThat(demo).allSatisfy((event) -> assertThat(this.territory.place(event[2]).bassin())
			.as("%s, %s of an event of %s", event[1], event[2], event[0])
			.isEqualTo(event[0]));
	}

}
