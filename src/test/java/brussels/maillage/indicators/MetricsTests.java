package brussels.maillage.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics measured from the records: events, Brus'info sessions counted by requesting
 * territory and by delivering team, distinct attendees never summed across bassins, and
 * helpdesk requests taken through the helpdesk's own form. Each test reads the measure,
 * creates records through the owning module, and expects the measure to change by exactly
 * what it created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@LocalServerPort
	int port;

	@Autowired
	Metrics metrics;

	@Autowired
	EventsService events;

	@Autowired
	DirectoryService directory;

	@Test
	void pastEventsCountAsPlannedHeldAndCancelledWithTheirBrusinfoCountedBothWays() {
		int year = 2006;
		long plannedSud = value("events.planned", year, "SUD");
		long heldSud = value("events.held", year, "SUD");
		long cancelledRegion = value("events.cancelled", year, "REGION");
		long heldRegion = value("events.held", year, "REGION");
		long requestedByNordEst = value("events.brusinfo.byRequesting", year, "NORD_EST");
		long givenBySud = value("events.brusinfo.byTeam", year, "SUD");
		long givenByPalliative = value("events.brusinfo.byTeam", year, "PALLIATIVE");
		long requestedBySud = value("events.brusinfo.byRequesting", year, "SUD");
		long attendancesSud = value("events.attendances", year, "SUD");
		long infoHeldSud = this.metrics.breakdown("events.held", year, "SUD", "kind")
			.get("INFO_SESSION")
			.value()
			.longValueExact();

		// A Brus'info in a nursing home of Sud, asked for by Nord-Est, given by the Sud
		// team,
		// about 18 people counted; one on the end of life given by the palliative
		// platform at
		// the region's request; a webinar of the region cancelled.
		create(EventKind.INFO_SESSION, "SUD", "SUD", EventStatus.PUBLISHED, LocalDate.of(year, 3, 12),
				new EventActivity(true, 18, HeadcountExactness.ESTIMATED, "NORD_EST", null, null));
		create(EventKind.INFO_SESSION, "REGION", "PALLIATIVE", EventStatus.PUBLISHED, LocalDate.of(year, 5, 7),
				new EventActivity(true, 9, HeadcountExactness.EXACT, "REGION", null, null));
		create(EventKind.WEBINAR, "REGION", "REGION", EventStatus.CANCELLED, LocalDate.of(year, 6, 20),
				EventActivity.NONE);

		assertThat(value("events.planned", year, "SUD")).isEqualTo(plannedSud + 1);
		assertThat(value("events.held", year, "SUD")).isEqualTo(heldSud + 1);
		assertThat(value("events.cancelled", year, "REGION")).isEqualTo(cancelledRegion + 1);
		assertThat(value("events.held", year, "REGION")).isEqualTo(heldRegion + 1);
		assertThat(value("events.brusinfo.byRequesting", year, "NORD_EST")).isEqualTo(requestedByNordEst + 1);
		assertThat(value("events.brusinfo.byRequesting", year, "SUD")).isEqualTo(requestedBySud);
		assertThat(value("events.brusinfo.byTeam", year, "SUD")).isEqualTo(givenBySud + 1);
		assertThat(value("events.brusinfo.byTeam", year, "PALLIATIVE")).isEqualTo(givenByPalliative + 1);
		assertThat(this.metrics.breakdown("events.held", year, "SUD", "kind").get("INFO_SESSION").value())
			.isEqualByComparingTo(BigDecimal.valueOf(infoHeldSud + 1));
		Measure attendances = this.metrics.measure("events.attendances", year, "SUD");
		assertThat(attendances.value()).isEqualByComparingTo(BigDecimal.valueOf(attendancesSud + 18));
		assertThat(attendances.exactness()).as("an estimated headcount is part of it").isEqualTo(Exactness.ABOUT);
		assertThat(attendances.source()).isEqualTo("events");
	}

	@Test
	void aPersonAtEventsOfTwoBassinsIsOneDistinctAttendeeOfTheRegionNotTwo() {
		int year = 2031;
		long nord = value("events.attendees.distinct", year, "NORD");
		long sud = value("events.attendees.distinct", year, "SUD");
		long all = value("events.attendees.distinct", year, null);
		long registrantsNord = value("events.registrants", year, "NORD");
		long webinarRegistrants = value("events.webinars.registrants", year, null);

		String email = "marie." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID inNord = create(EventKind.WORKSHOP, "NORD", "NORD", EventStatus.PUBLISHED, LocalDate.of(year, 2, 3),
				EventActivity.NONE);
		UUID inSud = create(EventKind.WEBINAR, "SUD", "SUD", EventStatus.PUBLISHED, LocalDate.of(year, 4, 8),
				EventActivity.NONE);
		present(inNord, email);
		present(inSud, email);
		this.events.register(inNord, person("absent." + UUID.randomUUID() + "@example.org"));

		assertThat(value("events.attendees.distinct", year, "NORD")).isEqualTo(nord + 1);
		assertThat(value("events.attendees.distinct", year, "SUD")).isEqualTo(sud + 1);
		assertThat(value("events.attendees.distinct", year, null)).as("counted once, not summed over bassins")
			.isEqualTo(all + 1);
		assertThat(value("events.registrants", year, "NORD")).isEqualTo(registrantsNord + 2);
		assertThat(value("events.webinars.registrants", year, null)).isEqualTo(webinarRegistrants + 1);
		assertThat(this.metrics.find("events.attendees.distinct").orElseThrow().aggregation())
			.isEqualTo(Aggregation.DISTINCT_COUNT);
	}

	@Test
	void helpdeskRequestsTakenOnTheNordLineCountByChannelAndTheirOrientationsAndUnmetNeeds() {
		int year = LocalDate.now(HelpdeskService.TIME_ZONE).getYear();
		long nordLine = value("helpdesk.requests", year, "NORD");
		long regionLine = value("helpdesk.requests", year, "REGION");
		Map<String, Measure> channels = this.metrics.breakdown("helpdesk.requests", year, "NORD", "channel");
		long phone = channels.containsKey("PHONE") ? channels.get("PHONE").value().longValueExact() : 0;
		long email = channels.containsKey("EMAIL") ? channels.get("EMAIL").value().longValueExact() : 0;
		long unmet = value("helpdesk.unmetNeeds", year, null);
		long orientations = value("helpdesk.orientations", year, null);

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		nord.get("/staff/helpdesk/requests/new");
		List<SearchHit> hits = this.directory.search(SearchQuery.of("aide familiale", Place.NOWHERE)).hits();
		Map<String, String> oriented = HelpdeskFixtures.simpleRequest("NORD");
		oriented.put("orientations", hits.get(0).id() + "," + hits.get(1).id());
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", oriented));
		Map<String, String> unmetByMail = HelpdeskFixtures.simpleRequest("NORD");
		unmetByMail.put("channel", "EMAIL");
		unmetByMail.put("themes", "housing");
		unmetByMail.put("unmetNeed", "true");
		unmetByMail.put("unmetReason", "Aucun logement de transit disponible.");
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", unmetByMail));

		assertThat(value("helpdesk.requests", year, "NORD")).isEqualTo(nordLine + 2);
		assertThat(value("helpdesk.requests", year, "REGION")).isEqualTo(regionLine);
		Map<String, Measure> after = this.metrics.breakdown("helpdesk.requests", year, "NORD", "channel");
		assertThat(after.get("PHONE").value().longValueExact()).isEqualTo(phone + 1);
		assertThat(after.get("EMAIL").value().longValueExact()).isEqualTo(email + 1);
		assertThat(value("helpdesk.unmetNeeds", year, null)).isEqualTo(unmet + 1);
		assertThat(value("helpdesk.orientations", year, null)).isEqualTo(orientations + 2);
	}

	@Test
	void everyMetricHasItsNameAndDefinitionInFrenchDutchAndEnglish() {
		assertThat(this.metrics.all()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(this.metrics.all()).allSatisfy((metric) -> {
			assertThat(metric.name().missingLanguages()).as(metric.code()).isEmpty();
			assertThat(metric.definition().missingLanguages()).as(metric.code()).isEmpty();
			assertThat(metric.name().fr()).as(metric.code()).doesNotStartWith("indicators.");
		});
		assertThat(this.metrics.measure("focus.repertoires.published", 2024, "NORD").hasData())
			.as("a metric of the whole region has no value for a bassin")
			.isFalse();
	}

	private long value(String code, int year, String territory) {
		Measure measure = this.metrics.measure(code, year, territory);
		assertThat(measure.hasData()).as(code + " " + territory).isTrue();
		return measure.value().longValueExact();
	}

	private UUID create(EventKind kind, String territory, String team, EventStatus status, LocalDate day,
			EventActivity activity) {
		Instant start = LocalDateTime.of(day, java.time.LocalTime.of(14, 0)).atZone(BRUSSELS).toInstant();
		String title = kind + " " + UUID.randomUUID().toString().substring(0, 8);
		return this.events.create(new EventDraft(kind, LocalizedText.of(title, title, null),
				LocalizedText.of("Séance de test.", "Testsessie.", null), "fr", false, null, "Rue Haute 298a", "1000",
				territory, List.of(), team, 40, List.of(), null, status,
				List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2)))), activity));
	}

	private void present(UUID eventId, String email) {
		UUID registration = this.events.register(eventId, person(email)).registration().id();
		Event event = this.events.event(eventId).orElseThrow();
		this.events.recordAttendance(eventId, event.sessions().get(0).id(), registration, true, "test");
	}

	private static RegisterForEvent person(String email) {
		return new RegisterForEvent("Personne", email, "CPAS", "fr", List.of(), null, true);
	}

}
