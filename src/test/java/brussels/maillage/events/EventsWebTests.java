package brussels.maillage.events;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.system.OutboxFixtures;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The events pages, feeds and API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern EVENT_ID = Pattern.compile("/staff/events/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	/**
	 * Leaves no unsent message behind: the test database is shared, and other tests send
	 * what the outbox holds.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration", "event-request");
	}

	@Test
	void staffGetAClearMessageNextToEachBadFieldAndKeepWhatTheyTyped() {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(staff.get("/staff/events/new").statusCode()).isEqualTo(200);
		Map<String, String> form = validForm("Brus'info aidants proches");
		form.put("capacity", "0");
		form.put("sessionDate", LocalDate.now().minusDays(3).toString());
		HttpResponse<String> refused = staff.post("/staff/events", form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Le nombre de places doit être d&#39;au moins 1.")
			.contains("Cette séance est dans le passé")
			.contains("id=\"capacity-error\"")
			.contains("aria-describedby=\"capacity-error\"")
			.contains("value=\"Brus&#39;info aidants proches\"")
			.contains("href=\"#session0\"");

		form = validForm("Brus'info aidants proches");
		form.put("postcode", "9000");
		form.put("capacity", "douze");
		assertThat(staff.post("/staff/events", form).body()).contains("pas un code postal de la Région bruxelloise")
			.contains("Donnez le nombre de places en chiffres");

		HttpResponse<String> created = staff.post("/staff/events", validForm("Brus'info aidants proches"));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		Matcher id = EVENT_ID.matcher(location);
		assertThat(id.find()).isTrue();
		Event event = this.events.event(UUID.fromString(id.group(1))).orElseThrow();
		assertThat(event.capacity()).isEqualTo(25);
		assertThat(event.communeNis()).as("placed by the territory").isEqualTo("21004");
		assertThat(event.questions()).hasSize(1);
	}

	@Test
	void staffOfAnotherBassinCannotSeeRegistrantsAndTheAccessIsAudited() {
		UUID id = this.events.create(EventFixtures.draft("Concertation santé mentale", 20, Duration.ofDays(8)));
		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		assertThat(sud.get("/staff/events/" + id).statusCode()).isEqualTo(403);
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(nord.get("/staff/events/" + id).statusCode()).isEqualTo(200);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'event.registrants.viewed' and record_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new WebSession(this.port).get("/staff/events/" + id).statusCode()).isEqualTo(302);
	}

	@Test
	void aVisitorRegistersInDutchWithoutAnAccountAndCancelsThroughThePersonalLink() {
		UUID id = this.events.create(EventFixtures.draft("Focus live diabète", 30, Duration.ofDays(12)));
		WebSession visitor = new WebSession(this.port).language("nl");
		HttpResponse<String> page = visitor.get("/agenda/" + id);
		assertThat(page.body()).contains("<html lang=\"nl\"")
			.contains("Focus live diabète (nl)")
			.contains("\"@type\":\"Event\"")
			.contains("Uw functie?")
			.doesNotContain("??");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "An Peeters");
		form.put("email", "an.peeters.example.be");
		form.put("language", "nl");
		form.put("answers", "verpleegkundige");
		HttpResponse<String> refused = visitor.post("/agenda/" + id + "/inscription", form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Geef een geldig e-mailadres")
			.contains("Vink het vakje aan")
			.contains("value=\"An Peeters\"")
			.contains("value=\"verpleegkundige\"");
		String email = "an.peeters-" + UUID.randomUUID() + "@example.be";
		form.put("email", email);
		form.put("consent", "true");
		HttpResponse<String> done = visitor.post("/agenda/" + id + "/inscription", form);
		assertThat(done.statusCode()).isEqualTo(302);
		String personal = done.headers().firstValue("Location").orElseThrow();
		assertThat(personal).matches(".*/agenda/inscription/[A-Za-z0-9_-]{43}");
		String path = personal.substring(personal.indexOf("/agenda/"));
		assertThat(visitor.get(path).body()).contains("Bevestigd")
			.contains("Mijn inschrijving annuleren")
			.contains("href=\"" + path + "/annulation\"");
		String asked = visitor.get(path + "/annulation").body();
		assertThat(asked).as("following the link only asks")
			.contains("Wilt u uw inschrijving echt annuleren?")
			.contains("<form action=\"" + path + "/annulation\" method=\"post\"")
			.contains("Ja, mijn inschrijving annuleren")
			.contains("Nee, mijn inschrijving behouden")
			.contains("Bevestigd");
		assertThat(this.events.registrationByToken(path.substring(path.lastIndexOf('/') + 1)).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(visitor.post(path + "/annulation", Map.of()).statusCode()).isEqualTo(302);
		assertThat(visitor.get(path).body()).contains("Geannuleerd");
		assertThat(visitor.get("/agenda/inscription/" + "x".repeat(43)).statusCode()).isEqualTo(404);
	}

	@Test
	void theAgendaShowsTheMonthFilteredAndTheCalendarFeedParsesBack() throws Exception {
		UUID id = this.events.create(EventFixtures.draft("Webinaire Focus soins palliatifs", 150, Duration.ofDays(40)));
		Event event = this.events.event(id).orElseThrow();
		YearMonth month = YearMonth.from(event.startsAt().atZone(EventsService.TIME_ZONE));
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/agenda?month=" + month + "&territory=NORD").body())
			.contains("Webinaire Focus soins palliatifs");
		assertThat(visitor.get("/agenda?month=" + month + "&territory=SUD").body())
			.doesNotContain("Webinaire Focus soins palliatifs");
		assertThat(visitor.get("/agenda?month=nonsense&kind=NOPE&theme=%3Cscript%3E").statusCode()).isEqualTo(200);

		HttpResponse<String> feed = visitor.get("/calendar.ics?territory=NORD&kind=INFO_SESSION");
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		List<VEvent> found = calendar.getComponents("VEVENT");
		assertThat(found).anySatisfy((component) -> {
			assertThat(component.getSummary().getValue()).isEqualTo("Webinaire Focus soins palliatifs");
			assertThat(component.getUid().orElseThrow().getValue())
				.isEqualTo(event.sessions().get(0).id() + "@maillage");
		});
		calendar.validate();
		Calendar one = new CalendarBuilder().build(new StringReader(visitor.get("/agenda/" + id + ".ics").body()));
		assertThat(one.<VEvent>getComponents("VEVENT")).hasSize(1);
		assertThat(new CalendarBuilder().build(new StringReader(visitor.get("/calendar.ics?territory=SUD").body()))
			.<VEvent>getComponents("VEVENT"))
			.noneSatisfy((component) -> assertThat(component.getSummary().getValue())
				.isEqualTo("Webinaire Focus soins palliatifs"));
	}

	@Test
	void theApiListsEventsAndRegistersWithProblemDocumentsOnRefusal() {
		UUID id = this.events.create(EventFixtures.draft("Forum API", 1, Duration.ofDays(6)));
		WebSession client = new WebSession(this.port);
		HttpResponse<String> list = client.json("GET", "/api/events?territory=NORD&kind=INFO_SESSION&size=500", null,
				null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"items\":[").contains(id.toString()).contains("\"size\":100");
		String body = "{\"name\":\"Jan\",\"email\":\"jan-" + UUID.randomUUID()
				+ "@example.be\",\"language\":\"nl\",\"consent\":true}";
		HttpResponse<String> created = client.json("POST", "/api/events/" + id + "/registrations", null, body);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"CONFIRMED\"");
		HttpResponse<String> again = client.json("POST", "/api/events/" + id + "/registrations", null, body);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("ALREADY_REGISTERED");
		HttpResponse<String> waiting = client.json("POST", "/api/events/" + id + "/registrations", null,
				body.replace("jan-", "piet-"));
		assertThat(waiting.body()).contains("\"status\":\"WAITING\"");
		HttpResponse<String> invalid = client.json("POST", "/api/events/" + id + "/registrations", null,
				"{\"name\":\"\",\"email\":\"no-at-sign\",\"language\":\"fr\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(invalid.body()).contains("\"errors\":{").contains("\"email\":\"Donnez une adresse e-mail valide");
		HttpResponse<String> invalidInDutch = client.json("POST", "/api/events/" + id + "/registrations", null,
				"{\"name\":\"Jan\",\"email\":\"geen-apenstaartje\",\"language\":\"nl\",\"consent\":true}");
		assertThat(invalidInDutch.statusCode()).isEqualTo(400);
		assertThat(invalidInDutch.body()).as("refusals in the language chosen for the messages")
			.doesNotContain("Donnez")
			.contains("\"email\":\"" + this.messages.getMessage("events.register.error.email", null, Locale.of("nl")));
		assertThat(client.json("POST", "/api/events/" + UUID.randomUUID() + "/registrations", null, body).statusCode())
			.isEqualTo(404);
		assertThat(client.json("GET", "/api/openapi", null, null).body()).contains("/api/events/{id}/registrations");
	}

	@Test
	void staffCheckPeopleInPerSessionOnATabletPage() {
		UUID id = this.events.create(EventFixtures.draft("Formation concertation", 10, Duration.ofDays(5)));
		RegistrationResult came = this.events.register(id,
				EventFixtures.person("came-" + UUID.randomUUID() + "@example.be", "fr"));
		RegistrationResult away = this.events.register(id,
				EventFixtures.person("away-" + UUID.randomUUID() + "@example.be", "fr"));
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", PASSWORD);
		HttpResponse<String> list = nord.get("/staff/events/" + id + "/presences/1");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(came.registration().name()).contains("Signature");
		assertThat(nord
			.post("/staff/events/" + id + "/presences/1",
					Map.of("registration", came.registration().id().toString(), "present", "true"))
			.statusCode()).isEqualTo(302);
		nord.get("/staff/events/" + id + "/presences/1");
		nord.post("/staff/events/" + id + "/presences/1",
				Map.of("registration", away.registration().id().toString(), "present", "false"));
		assertThat(this.jdbc.sql("select registration_id, present from event_attendance where session_id = ?")
			.param(this.events.event(id).orElseThrow().sessions().get(0).id())
			.query((rs, row) -> rs.getObject(1, UUID.class) + "=" + rs.getBoolean(2))
			.list()).containsExactlyInAnyOrder(came.registration().id() + "=true", away.registration().id() + "=false");
		assertThat(nord.get("/staff/events/" + id + "/presences/9").statusCode()).isEqualTo(404);
	}

	@Test
	void figuresCountRegistrantsAttendeesAndNoShowsAndExportToCsvAndXlsx() throws Exception {
		UUID id = this.events.create(EventFixtures.draft("Séance chiffrée", 10, Duration.ofDays(1)));
		UUID session = this.events.event(id).orElseThrow().sessions().get(0).id();
		for (int i = 0; i < 3; i++) {
			RegistrationResult result = this.events.register(id,
					EventFixtures.person("figure-" + i + "-" + UUID.randomUUID() + "@example.be", "fr"));
			if (i < 2) {
				this.events.recordAttendance(id, session, result.registration().id(), true, "test");
			}
		}
		this.jdbc.sql(
				"update event_session set starts_at = '2019-03-05 09:00+01', ends_at = '2019-03-05 11:00+01' where event_id = ?")
			.param(id)
			.update();
		WebSession staff = new WebSession(this.port);
		staff.login("sud@demo.maillage.brussels", PASSWORD);
		String page = staff.get("/staff/events/figures?by=event&from=2019-03-01&to=2019-03-31").body();
		assertThat(page).contains("Séance chiffrée");
		HttpResponse<String> csv = staff.get("/staff/events/figures.csv?by=kind&from=2019-03-01&to=2019-03-31");
		assertThat(csv.body()).isEqualToIgnoringNewLines(
				"\uFEFFType d'événement;Prévus;Tenus;Annulés (prévus non tenus);Inscrit·es;Présent·es;dont estimé·es;"
						+ "Ont terminé le cycle;Absent·es\r\nSéance d'information;1;1;0;3;2;0;0;1");
		java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port
					+ "/staff/events/figures.xlsx?by=month&from=2019-03-01&to=2019-03-31"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).as("not signed in").isEqualTo(302);
		assertThat(staff.get("/staff/events/figures.xlsx?by=month&from=2019-03-01&to=2019-03-31").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aTeamAsksForASessionStaffAcceptAndScheduleItAndTheRequestFollows() {
		WebSession team = new WebSession(this.port).language("nl");
		team.get("/agenda/demande");
		Map<String, String> request = new LinkedHashMap<>();
		request.put("organisation", "Wijkgezondheidscentrum De Brug");
		request.put("contactName", "Sara Janssens");
		request.put("email", "sara-" + UUID.randomUUID() + "@example.be");
		request.put("language", "nl");
		request.put("topic", "Palliatieve zorg thuis");
		request.put("audience", "verpleegkundigen");
		request.put("expectedPeople", "nul");
		request.put("preferredDates", "maart, dinsdagvoormiddag");
		request.put("territory", "NORD");
		HttpResponse<String> refused = team.post("/agenda/demande", request);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Geef het aantal personen in cijfers").contains("value=\"Sara Janssens\"");
		request.put("expectedPeople", "14");
		assertThat(team.post("/agenda/demande", request).statusCode()).isEqualTo(302);
		UUID id = this.jdbc.sql("select id from event_request where email = ?")
			.param(request.get("email"))
			.query(UUID.class)
			.single();

		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(staff.get("/staff/events/requests").body()).contains("Wijkgezondheidscentrum De Brug");
		assertThat(staff.post("/staff/events/requests/" + id + "/accept", Map.of()).statusCode()).isEqualTo(302);
		assertThat(staff.get("/staff/events/new?request=" + id).body()).contains("name=\"request\"")
			.contains("value=\"14\"");
		Map<String, String> form = validForm("Brus'info De Brug");
		form.put("request", id.toString());
		String location = staff.post("/staff/events", form).headers().firstValue("Location").orElseThrow();
		UUID eventId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select status || ':' || event_id from event_request where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("SCHEDULED:" + eventId);
		assertThat(this.jdbc.sql("select subject from mail_message where recipient = ? order by created_at")
			.param(request.get("email"))
			.query(String.class)
			.list()).containsExactly("Uw aanvraag voor een infosessie", "Uw infosessie is gepland");
	}

	private static Map<String, String> validForm(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "INFO_SESSION");
		form.put("titleFr", title);
		form.put("titleNl", title + " NL");
		form.put("language", "bilingual");
		form.put("mode", "place");
		form.put("address", "Rue Royale 1");
		form.put("postcode", "1020");
		form.put("territory", "NORD");
		form.put("organiserTeam", "NORD");
		form.put("capacity", "25");
		form.put("questionsFr", "Votre fonction ?");
		form.put("status", "PUBLISHED");
		form.put("sessionDate", LocalDate.now().plusDays(30).toString());
		form.put("sessionStart", "09:30");
		form.put("sessionEnd", "12:00");
		return form;
	}

}
