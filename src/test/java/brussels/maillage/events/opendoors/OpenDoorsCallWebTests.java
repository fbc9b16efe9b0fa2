package brussels.maillage.events.opendoors;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public call for hosts over HTTP: a host finds its organisation in the directory,
 * offers slots, sees each refusal next to its field with what it typed kept, receives its
 * private link in its language, changes its offer through it; staff see who answered; a
 * visitor cancels a visit through the link of the confirmation and the host's list no
 * longer shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDoorsCallWebTests {

	private static final Pattern HOST_LINK = Pattern.compile("/portes-ouvertes/hote/([A-Za-z0-9_-]{20,})");

	private static final Pattern VISIT_LINK = Pattern.compile("/portes-ouvertes/visite/([A-Za-z0-9_-]{20,})");

	@LocalServerPort
	int port;

	@Autowired
	OpenDoorsWeekService weeks;

	@Autowired
	HostOfferService offers;

	@Autowired
	OpenDoorsProgrammeService programme;

	@Autowired
	BookingService bookings;

	@Autowired
	HostVisitorService hostVisitors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-booking", "open-doors-offer");
	}

	private Map<String, String> answer(LocalDate monday, String organization) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("organizationQuery", "");
		form.put("organization", organization);
		form.put("otherName", "");
		form.put("otherNote", "");
		form.put("contactName", "Sofie Janssens");
		form.put("contactEmail", "sofie-" + UUID.randomUUID() + "@example.be");
		form.put("contactLanguage", "nl");
		form.put("address", "Rue Haute 298");
		form.put("commune", "21004");
		form.put("slot-0-day", monday.toString());
		form.put("slot-0-start", "09:30");
		form.put("slot-0-capacity", "5");
		form.put("slot-0-language", "bilingual");
		form.put("slot-0-descriptionFr", "Visite de l'accueil et rencontre de l'équipe.");
		form.put("slot-0-descriptionNl", "Bezoek aan het onthaal en kennismaking met het team.");
		form.put("slot-0-descriptionEn", "");
		form.put("slot-1-day", monday.plusDays(1).toString());
		form.put("slot-1-start", "14:00");
		form.put("slot-1-capacity", "3");
		form.put("slot-1-language", "fr");
		form.put("slot-1-descriptionFr", "Atelier collectif.");
		form.put("slot-1-descriptionNl", "");
		form.put("slot-1-descriptionEn", "");
		form.put("action", "send");
		return form;
	}

	private static String path(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
	}

	@Test
	void aHostAnswersTheCallSeesRefusalsNextToTheFieldsReceivesItsLinkAndChangesItsOffer() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		String name = "Appel public " + UUID.randomUUID().toString().substring(0, 6);
		UUID week = this.weeks.createWeek(name, "NORD", monday, monday.plusDays(4), monday.minusDays(7));
		WebSession host = new WebSession(this.port);
		HttpResponse<String> page = host.get("/portes-ouvertes/appel/" + week + "?lang=nl");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(name).contains("id=\"slot-1-day\"");
		assertThat(host.get("/portes-ouvertes?lang=fr").body()).contains("/portes-ouvertes/appel/" + week);

		// The directory is searched by a part of the name, accents ignored.
		String part = this.directory.organizations(0, 1).get(0).name().split("\\s+")[0];
		HttpResponse<String> found = host.get("/portes-ouvertes/appel/" + week + "/organisations?organizationQuery="
				+ java.net.URLEncoder.encode(part.toUpperCase(Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(found.statusCode()).isEqualTo(200);
		Matcher organization = Pattern.compile("name=\"organization\" id=\"organization-([0-9a-f-]{36})\"")
			.matcher(found.body());
		assertThat(organization.find()).as("an organisation found for %s", part).isTrue();
		String organizationId = organization.group(1);
		String organizationName = this.directory.organization(UUID.fromString(organizationId)).orElseThrow().name();

		// Every refusal next to its field, what was typed kept.
		host.get("/portes-ouvertes/appel/" + week + "?lang=fr");
		Map<String, String> form = answer(monday, organizationId);
		form.put("contactEmail", "sofie.example.be");
		form.put("slot-1-capacity", "0");
		HttpResponse<String> refused = host.post("/portes-ouvertes/appel/" + week, form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"contactEmail-error\"")
			.contains("id=\"slot-1-capacity-error\"")
			.contains("value=\"sofie.example.be\"")
			.contains("Bezoek aan het onthaal en kennismaking met het team.")
			.contains("value=\"Sofie Janssens\"");
		form = answer(monday, organizationId);
		form.put("slot-1-day", monday.toString());
		form.put("slot-1-start", "10:30");
		HttpResponse<String> overlapping = host.post("/portes-ouvertes/appel/" + week, form);
		assertThat(overlapping.statusCode()).isEqualTo(422);
		assertThat(overlapping.body()).contains("id=\"slot-1-start-error\"").contains("se chevauchent");
		form = answer(monday, organizationId);
		form.put("slot-1-day", monday.plusDays(7).toString());
		assertThat(host.post("/portes-ouvertes/appel/" + week, form).body()).contains("id=\"slot-1-day-error\"");
		form = answer(monday, "");
		assertThat(host.post("/portes-ouvertes/appel/" + week, form).body()).contains("id=\"organization-error\"");

		// Accepted: the host is told in Dutch, with its private link.
		form = answer(monday, organizationId);
		HttpResponse<String> sent = host.post("/portes-ouvertes/appel/" + week, form);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(host.get(path(sent)).body()).contains(form.get("contactEmail"));
		Map<String, Object> mail = this.jdbc
			.sql("select subject, body_text, language from mail_message where recipient = ?")
			.param(form.get("contactEmail"))
			.query()
			.singleRow();
		assertThat(mail).containsEntry("language", "nl");
		assertThat((String) mail.get("subject")).contains(name).startsWith("Uw aanbod");
		Matcher link = HOST_LINK.matcher((String) mail.get("body_text"));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		HostOffer offer = this.offers.offers(week).get(0);
		assertThat(offer.registeredBy()).isEqualTo("host");
		assertThat(offer.hostName()).isEqualTo(organizationName);
		assertThat(offer.slots()).isEqualTo(2);

		String hostPage = host.get("/portes-ouvertes/hote/" + token + "?lang=nl").body();
		assertThat(hostPage).contains("Bezoek aan het onthaal").contains("Sofie Janssens");
		HttpResponse<String> change = host.get("/portes-ouvertes/hote/" + token + "/modifier?lang=fr");
		assertThat(change.body()).contains("value=\"5\"").contains("Atelier collectif.");
		form.put("slot-1-capacity", "8");
		form.put("slot-2-day", monday.plusDays(2).toString());
		form.put("slot-2-start", "11:00");
		form.put("slot-2-capacity", "2");
		form.put("slot-2-language", "nl");
		form.put("slot-2-descriptionFr", "");
		form.put("slot-2-descriptionNl", "Rondleiding.");
		form.put("slot-2-descriptionEn", "");
		assertThat(host.post("/portes-ouvertes/hote/" + token + "/modifier", form).statusCode()).isEqualTo(302);
		HostOfferDetails details = this.offers.offerDetails(token).orElseThrow();
		assertThat(details.slots()).extracting(HostOfferDetails.OfferedSlot::capacity).containsExactly(5, 8, 2);
		assertThat(details.slots().get(2).description().nl()).isEqualTo("Rondleiding.");

		// Staff see who answered and validate as before.
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		String staffPage = staff.get("/staff/portes-ouvertes/" + week + "?lang=fr").body();
		assertThat(staffPage).contains("proposée par l&#39;hôte").contains("/portes-ouvertes/appel/" + week);
	}

	@Test
	void aHostNotInTheDirectoryNamesItselfWithANoteForStaff() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Appel hors répertoire " + UUID.randomUUID(), "SUD", monday,
				monday.plusDays(4), monday.minusDays(7));
		WebSession host = new WebSession(this.port);
		host.get("/portes-ouvertes/appel/" + week);
		Map<String, String> form = answer(monday, "");
		form.put("otherName", "Collectif du Midi");
		form.put("otherNote", "Rue du Midi 12, aide aux sans-abri");
		assertThat(host.post("/portes-ouvertes/appel/" + week, form).statusCode()).isEqualTo(302);
		HostOffer offer = this.offers.offers(week).get(0);
		assertThat(offer.hostName()).isEqualTo("Collectif du Midi");
		assertThat(offer.organizationNote()).isEqualTo("Rue du Midi 12, aide aux sans-abri");
	}

	@Test
	void theCallRefusesOffersAfterItsClosingDate() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Appel clos " + UUID.randomUUID(), "SUD", monday, monday.plusDays(4),
				LocalDate.now(EventsService.TIME_ZONE).minusDays(1));
		WebSession host = new WebSession(this.port);
		String page = host.get("/portes-ouvertes/appel/" + week + "?lang=fr").body();
		assertThat(page).contains("clôturé").doesNotContain("id=\"slot-0-day\"");
		HttpResponse<String> refused = host.post("/portes-ouvertes/appel/" + week, answer(monday, ""));
		assertThat(refused.statusCode()).isIn(403, 422);
		assertThat(this.offers.offers(week)).isEmpty();
	}

	@Test
	void aVisitorCancelsAVisitThroughTheLinkOfTheConfirmation() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Annulations " + UUID.randomUUID(), "NORD", monday, monday.plusDays(4),
				monday.minusDays(7));
		UUID offer = this.offers.offer(week, OpenDoorsTests.offer("Maison d'accueil", monday.atTime(9, 30)), "test");
		this.offers.decide(offer, true);
		this.weeks.publish(week);
		UUID slot = this.programme.programme(week, null, null, null, Locale.FRENCH).get(0).slotId();
		String email = "annule-" + UUID.randomUUID() + "@example.be";
		UUID booking = this.bookings.book(slot,
				new OpenDoors.Booking("Anne Lambert", email, "assistante sociale", "fr"));
		assertThat(this.programme.slot(slot, Locale.FRENCH).orElseThrow().left()).isEqualTo(1);
		String body = this.jdbc
			.sql("select body_text from mail_message where reference_type = 'open-doors-booking' and reference_id = ?")
			.param(booking.toString())
			.query(String.class)
			.single();
		Matcher link = VISIT_LINK.matcher(body);
		assertThat(link.find()).isTrue();
		String hostToken = this.jdbc.sql("select host_token from open_doors_offer where id = ?")
			.param(offer)
			.query(String.class)
			.single();
		assertThat(this.hostVisitors.visitors(hostToken)).extracting(HostVisitor::name).containsExactly("Anne Lambert");

		WebSession visitor = new WebSession(this.port);
		String page = visitor.get("/portes-ouvertes/visite/" + link.group(1) + "?lang=fr").body();
		assertThat(page).contains("Anne Lambert").contains("Maison d&#39;accueil");
		String asked = visitor.get("/portes-ouvertes/visite/" + link.group(1) + "/annuler?lang=fr").body();
		assertThat(asked).as("following the cancel link only asks")
			.contains("Voulez-vous vraiment annuler votre visite ?")
			.contains("Oui, annuler ma visite")
			.contains("Non, garder ma visite");
		assertThat(this.hostVisitors.visitors(hostToken)).hasSize(1);
		HttpResponse<String> cancelled = visitor.post("/portes-ouvertes/visite/" + link.group(1) + "/annuler",
				Map.of());
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(visitor.get(path(cancelled) + "?lang=fr").body()).contains("annulée");
		assertThat(this.programme.slot(slot, Locale.FRENCH).orElseThrow().left()).isEqualTo(2);
		assertThat(this.hostVisitors.visitors(hostToken)).isEmpty();
		assertThat(visitor.get("/portes-ouvertes/visite/" + link.group(1)).body()).doesNotContain("Anne Lambert");
		// The place freed can be booked again by the same person.
		this.bookings.book(slot, new OpenDoors.Booking("Anne Lambert", email, "assistante sociale", "fr"));
		assertThat(this.programme.slot(slot, Locale.FRENCH).orElseThrow().left()).isEqualTo(1);
		assertThat(List.of(this.hostVisitors.visitors(hostToken).size())).containsExactly(1);
	}

	@Test
	void publishedVisitsAppearInTheAgendaAndTheCalendarFeed() throws Exception {
		LocalDate monday = OpenDoorsTests.nextMonday();
		String name = "Semaine agenda " + UUID.randomUUID().toString().substring(0, 6);
		UUID week = this.weeks.createWeek(name, "SUD", monday, monday.plusDays(4), monday.minusDays(7));
		UUID offer = this.offers.offer(week, OpenDoorsTests.offer("Centre du calendrier", monday.atTime(14, 0)),
				"test");
		this.offers.decide(offer, true);
		WebSession visitor = new WebSession(this.port);
		String month = "month=" + java.time.YearMonth.from(monday);
		assertThat(visitor.get("/agenda?lang=fr&" + month).body()).doesNotContain(name);
		this.weeks.publish(week);
		UUID slot = this.programme.programme(week, null, null, null, Locale.FRENCH).get(0).slotId();

		assertThat(visitor.get("/agenda?lang=fr&" + month).body()).contains(name).contains("/portes-ouvertes/" + week);
		assertThat(visitor.get("/agenda?lang=fr&territory=NORD&" + month).body()).doesNotContain(name);
		assertThat(visitor.get("/agenda?lang=fr&kind=WEBINAR&" + month).body()).doesNotContain(name);

		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(visitor.get("/calendar.ics?territory=SUD&kind=OPEN_DOORS_VISIT").body()));
		calendar.validate();
		List<net.fortuna.ical4j.model.component.VEvent> visits = calendar.getComponents("VEVENT");
		assertThat(visits).anySatisfy((component) -> {
			assertThat(component.getUid().orElseThrow().getValue()).isEqualTo(slot + "@maillage.open-doors");
			assertThat(component.getSummary().getValue()).contains("Centre du calendrier");
			assertThat(component.getUrl().getValue()).endsWith("/portes-ouvertes/creneau/" + slot);
		});
		assertThat(new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(visitor.get("/calendar.ics?territory=NORD")
				.body())).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT"))
			.noneSatisfy((component) -> assertThat(component.getUid().orElseThrow().getValue())
				.isEqualTo(slot + "@maillage.open-doors"));
	}

}
