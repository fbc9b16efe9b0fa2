package brussels.maillage.events.figures;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventFixtures;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.system.LocalizedText;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the annual report counts (issue 20): an unlisted Brus'info session given in a
 * nursing home with a headcount, counted by requesting territory and by delivering team;
 * a cancelled workshop planned and not held; a cycle's completion rule; a webinar's
 * replay link; bad input refused next to its field in the user's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityRecordsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern EVENT_ID = Pattern.compile("/staff/events/([0-9a-f-]{36})");

	private static final String COUNTS = "Prévus;Tenus;Annulés (prévus non tenus);Inscrit·es;Présent·es;dont estimé·es;"
			+ "Ont terminé le cycle;Absent·es";

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	RegistrationService store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FigureService figures;

	@Autowired
	FigureExports exports;

	@Test
	void anUnlistedSessionInANursingHomeIsOutOfTheAgendaFeedsAndApiAndCountedByRequestAndByTeam() throws Exception {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		staff.get("/staff/events/new");
		LocalDate day = LocalDate.now(EventsService.TIME_ZONE).plusDays(20);
		String title = "Brus'info maison de repos Les Tilleuls " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = form(title, day);
		form.put("unlisted", "true");
		form.put("requestingTerritory", "NORD_EST");
		UUID id = created(staff.post("/staff/events", form));
		String listedTitle = "Brus'info publique " + UUID.randomUUID().toString().substring(0, 8);
		UUID listed = created(staff.post("/staff/events", form(listedTitle, day)));

		WebSession visitor = new WebSession(this.port);
		String agenda = visitor.get("/agenda?month=" + YearMonth.from(day)).body();
		assertThat(agenda).contains(html(listedTitle)).doesNotContain(html(title));
		List<String> summaries = new ArrayList<>();
		new CalendarBuilder().build(new StringReader(visitor.get("/calendar.ics").body()))
			.<VEvent>getComponents("VEVENT")
			.forEach((component) -> summaries.add(component.getSummary().getValue()));
		assertThat(summaries).contains(listedTitle).doesNotContain(title);
		assertThat(visitor.get("/calendar.ics?territory=NORD&kind=INFO_SESSION").body()).doesNotContain(id.toString());
		String api = visitor
			.json("GET", "/api/events?territory=NORD&from=" + day + "&to=" + day + "&size=100", null, null)
			.body();
		assertThat(api).contains(listed.toString()).doesNotContain(id.toString());
		HttpResponse<String> byLink = visitor.get("/agenda/" + id);
		assertThat(byLink.statusCode()).isEqualTo(200);
		assertThat(byLink.body()).contains(html(title));
		assertThat(byLink.headers().firstValue("X-Robots-Tag")).contains("noindex");

		// Held in October 2015 for 22 residents' carers, counted at the door.
		Map<String, String> held = form(title, LocalDate.of(2015, 10, 14));
		held.put("unlisted", "true");
		held.put("requestingTerritory", "NORD_EST");
		held.put("headcount", "22");
		held.put("headcountExactness", "EXACT");
		assertThat(staff.post("/staff/events/" + id, held).statusCode()).isEqualTo(302);
		assertThat(staff.get("/staff/events/" + id).body()).contains("Non publiée")
			.contains("22 personnes, décompte exact")
			.contains("Bassin Nord-Est");
		this.jdbc.sql("update event set status = 'DRAFT' where id = ?").param(listed).update();

		String period = "&from=2015-10-01&to=2015-10-31";
		assertThat(lines(staff.get("/staff/events/figures.csv?by=requesting" + period).body()))
			.containsExactly("Demande reçue de;" + COUNTS, "Bassin Nord-Est;1;1;0;0;22;0;0;0");
		assertThat(lines(staff.get("/staff/events/figures.csv?by=team" + period).body()))
			.containsExactly("Équipe qui l'a donnée;" + COUNTS, "Équipe du bassin Nord;1;1;0;0;22;0;0;0");
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind&then=requesting" + period).body()))
			.containsExactly("Type d'événement;Demande reçue de;" + COUNTS,
					"Séance d'information;Bassin Nord-Est;1;1;0;0;22;0;0;0");
		WebSession dutch = new WebSession(this.port).language("nl");
		dutch.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(dutch.get("/staff/events/figures?by=requesting&then=team" + period).body())
			.contains("Zorgzone Noord-Oost")
			.contains("Team zorgzone Noord")
			.contains("Aanvraag ontvangen van");
	}

	@Test
	void aCancelledWorkshopCountsAsPlannedAndNotHeldAndTheFiguresFilterByStatus() throws Exception {
		UUID held = workshop("Atelier changement tenu");
		UUID cancelled = workshop("Atelier changement annulé");
		for (UUID id : List.of(held, cancelled)) {
			UUID session = this.events.event(id).orElseThrow().sessions().get(0).id();
			for (int i = 0; i < 2; i++) {
				UUID registration = this.events
					.register(id, EventFixtures.person("atelier-" + i + "-" + UUID.randomUUID() + "@example.be", "fr"))
					.registration()
					.id();
				this.events.recordAttendance(id, session, registration, true, "test");
			}
		}
		Event toCancel = this.events.event(cancelled).orElseThrow();
		this.events.update(cancelled, draft(toCancel, EventStatus.CANCELLED));
		moveTo(held, ZonedDateTime.parse("2015-11-10T14:00+01:00[Europe/Brussels]"));
		moveTo(cancelled, ZonedDateTime.parse("2015-11-17T14:00+01:00[Europe/Brussels]"));

		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		String period = "&from=2015-11-01&to=2015-11-30";
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind" + period).body()))
			.containsExactly("Type d'événement;" + COUNTS, "Atelier du changement;2;1;1;4;2;0;0;0");
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind&status=CANCELLED" + period).body()))
			.containsExactly("Type d'événement;" + COUNTS, "Atelier du changement;1;0;1;2;0;0;0;0");
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind&status=PUBLISHED" + period).body()))
			.containsExactly("Type d'événement;" + COUNTS, "Atelier du changement;1;1;0;2;2;0;0;0");

		FigureQuery byKindAndMonth = new FigureQuery("kind", "month", null, LocalDate.of(2015, 11, 1),
				LocalDate.of(2015, 11, 30));
		Locale dutch = Locale.forLanguageTag("nl");
		byte[] xlsx = this.exports.xlsx(byKindAndMonth, this.figures.figures(byKindAndMonth, dutch), dutch);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2),
					rows.get(0).getCellText(3), rows.get(0).getCellText(4)))
				.containsExactly("Soort evenement", "Maand", "Gepland", "Gehouden",
						"Geannuleerd (gepland, niet gehouden)");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Veranderingsatelier");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("november 2015");
			assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("2");
			assertThat(rows.get(1).getCell(4).asNumber()).isEqualByComparingTo("1");
		}
	}

	@Test
	void aCycleParticipantPresentAtFiveOfTenDaysIsNotTrainedWhenTheRuleIsEight() {
		Instant first = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
		List<EventDraft.Times> days = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Instant start = first.plus(Duration.ofDays(7L * i));
			days.add(new EventDraft.Times(start, start.plus(Duration.ofHours(3))));
		}
		UUID id = this.events.create(new EventDraft(EventKind.TRAINING,
				LocalizedText.of("Cycle soins palliatifs", "Cyclus palliatieve zorg", null),
				LocalizedText.of(null, null, null), "fr", false, null, "Rue Marie-Christine 185", "1020", "NORD",
				List.of(), "NORD", 20, List.of(), null, EventStatus.PUBLISHED, days,
				new EventActivity(false, null, null, null, 8, null)));
		List<EventSession> sessions = this.events.event(id).orElseThrow().sessions();
		int[] presentDays = { 10, 8, 5 };
		for (int person = 0; person < presentDays.length; person++) {
			UUID registration = this.events
				.register(id, EventFixtures.person("cycle-" + person + "-" + UUID.randomUUID() + "@example.be", "fr"))
				.registration()
				.id();
			for (int day = 0; day < 10; day++) {
				this.events.recordAttendance(id, sessions.get(day).id(), registration, day < presentDays[person],
						"test");
			}
		}
		moveTo(id, ZonedDateTime.parse("2015-09-07T09:00+02:00[Europe/Brussels]"));

		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		String period = "&from=2015-09-01&to=2015-09-30";
		String expected = "Formation;1;1;0;3;3;0;2;0";
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind" + period).body()))
			.containsExactly("Type d'événement;" + COUNTS, expected);
		this.store.eraseRegistrants(id);
		assertThat(lines(staff.get("/staff/events/figures.csv?by=kind" + period).body()))
			.as("kept when the registrants are erased")
			.containsExactly("Type d'événement;" + COUNTS, expected);
	}

	@Test
	void badActivityInputIsRefusedNextToEachFieldInTheUsersLanguage() {
		WebSession staff = new WebSession(this.port).language("nl");
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		staff.get("/staff/events/new");
		Map<String, String> form = form("Cyclus vorming", LocalDate.now(EventsService.TIME_ZONE).plusDays(30));
		form.put("headcount", "twintig");
		form.put("completionSessions", "3");
		form.put("replayUrl", "javascript:alert(1)");
		form.put("requestingTerritory", "ATLANTIS");
		HttpResponse<String> refused = staff.post("/staff/events", form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"headcount-error\"")
			.contains("Geef het aantal aanwezigen in cijfers, bijvoorbeeld 22.")
			.contains("id=\"completionSessions-error\"")
			.contains("Het aantal vereiste sessies kan niet groter zijn dan het aantal sessies van de cyclus.")
			.contains("id=\"replayUrl-error\"")
			.contains("Geef een volledig webadres, beginnend met https://")
			.contains("id=\"requestingTerritory-error\"")
			.contains("href=\"#headcount\"")
			.contains("value=\"twintig\"");
		form.put("headcount", "-3");
		form.put("completionSessions", "nul");
		assertThat(staff.post("/staff/events", form).body()).contains("Het aantal aanwezigen ligt tussen 0 en 100.000.")
			.contains("Geef het aantal vereiste sessies in cijfers, minstens 1, bijvoorbeeld 8.");
	}

	@Test
	void aWebinarKeepsItsReplayLinkOnItsPageAndInTheApi() {
		WebSession staff = new WebSession(this.port);
		staff.login("coordination@demo.maillage.brussels", PASSWORD);
		staff.get("/staff/events/new");
		LocalDate day = LocalDate.now(EventsService.TIME_ZONE).plusDays(40);
		String title = "Focus live santé mentale " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = form(title, day);
		form.put("kind", "WEBINAR");
		form.put("mode", "online");
		form.put("onlineUrl", "https://meet.example.org/focus");
		form.put("territory", "REGION");
		form.put("organiserTeam", "REGION");
		form.put("replayUrl", "https://www.youtube.com/watch?v=focus-sante-mentale");
		UUID id = created(staff.post("/staff/events", form));
		WebSession visitor = new WebSession(this.port).language("nl");
		assertThat(visitor.get("/agenda/" + id).body()).contains("Het webinar herbekijken")
			.contains("href=\"https://www.youtube.com/watch?v=focus-sante-mentale\"");
		assertThat(visitor.json("GET", "/api/events?kind=WEBINAR&from=" + day + "&to=" + day, null, null).body())
			.contains("\"replayUrl\":\"https://www.youtube.com/watch?v=focus-sante-mentale\"");
		assertThat(staff.get("/staff/events/" + id + "/edit").body())
			.contains("value=\"https://www.youtube.com/watch?v=focus-sante-mentale\"");
	}

	private UUID workshop(String title) {
		EventDraft fixture = EventFixtures.draft(title, 10, Duration.ofDays(5));
		return this.events.create(new EventDraft(EventKind.WORKSHOP, fixture.title(), fixture.description(),
				fixture.language(), false, null, fixture.address(), fixture.postcode(), "NORD", List.of(), "NORD", 10,
				List.of(), null, EventStatus.PUBLISHED, fixture.sessions()));
	}

	private static EventDraft draft(Event event, EventStatus status) {
		return new EventDraft(event.kind(), event.title(), event.description(), event.language(), event.online(),
				event.onlineUrl(), event.address(), event.postcode(), event.territory(), event.themes(),
				event.organiserTeam(), event.capacity(), event.questions(), event.consent(), status,
				event.sessions().stream().map((s) -> new EventDraft.Times(s.startsAt(), s.endsAt())).toList(),
				event.activity());
	}

	/** Moves an event's sessions so that its first starts at {@code start}. */
	private void moveTo(UUID id, ZonedDateTime start) {
		Instant first = this.events.event(id).orElseThrow().startsAt();
		long seconds = Duration.between(start.toInstant(), first).toSeconds();
		this.jdbc.sql("""
				update event_session set starts_at = starts_at - make_interval(secs => :s),
					ends_at = ends_at - make_interval(secs => :s) where event_id = :id""")
			.param("s", seconds)
			.param("id", id)
			.update();
	}

	private static UUID created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		Matcher matcher = EVENT_ID.matcher(response.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	/**
	 * The lines of a CSV for Belgian Excel (semicolons, CRLF), after its byte order mark,
	 * which must be there for Excel to read the accents.
	 */
	private static List<String> lines(String csv) {
		assertThat(csv).as("UTF-8 byte order mark for Excel").startsWith("\uFEFF");
		assertThat(csv).as("Windows line ends").contains("\r\n");
		return csv.substring(1).lines().toList();
	}

	private static String html(String text) {
		return text.replace("'", "&#39;");
	}

	private static Map<String, String> form(String title, LocalDate day) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "INFO_SESSION");
		form.put("titleFr", title);
		form.put("titleNl", title);
		form.put("language", "fr");
		form.put("mode", "place");
		form.put("address", "Rue Marie-Christine 185");
		form.put("postcode", "1020");
		form.put("territory", "NORD");
		form.put("organiserTeam", "NORD");
		form.put("capacity", "30");
		form.put("status", "PUBLISHED");
		form.put("sessionDate", day.toString());
		form.put("sessionStart", "14:00");
		form.put("sessionEnd", "16:00");
		return form;
	}

}
