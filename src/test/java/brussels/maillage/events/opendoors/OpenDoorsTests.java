package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.events.EventsService;
import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Open-doors weeks on real PostgreSQL: the closing date for hosts, overlapping slots of a
 * host, bookings refused on a full slot or when two visits of one person overlap, the
 * confirmation in the visitor's language and the host's list (the demo weeks:
 * {@link DemoOpenDoorsFidelityTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDoorsTests {

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

	/** Leaves no unsent message behind: the test database is shared. */
	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-booking");
	}

	static LocalDate nextMonday() {
		return LocalDate.now(EventsService.TIME_ZONE).plusWeeks(4).with(java.time.DayOfWeek.MONDAY);
	}

	static OpenDoors.Offer offer(String host, LocalDateTime... starts) {
		return new OpenDoors.Offer(null, host, "Rue Haute 298", "21004", null, "Visite de l'équipe.",
				"hote@example.org", OpenDoors.slots(List.of(starts), 2));
	}

	UUID publishedWeek(String name) {
		LocalDate monday = nextMonday();
		return this.weeks.createWeek(name, "NORD", monday, monday.plusDays(4), monday.minusDays(7));
	}

	@Test
	void refusesOffersAfterTheClosingDateAndOverlappingSlotsOfAHost() {
		LocalDate monday = nextMonday();
		UUID closed = this.weeks.createWeek("Semaine close " + UUID.randomUUID(), "SUD", monday, monday.plusDays(4),
				LocalDate.now(EventsService.TIME_ZONE).minusDays(1));
		assertThatThrownBy(() -> this.offers.offer(closed, offer("Maison médicale", monday.atTime(9, 30)), "test"))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("closed"));

		UUID open = publishedWeek("Semaine ouverte " + UUID.randomUUID());
		assertThatThrownBy(() -> this.offers.offer(open,
				offer("Maison médicale", monday.atTime(9, 30), monday.atTime(10, 30)), "test"))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("slotoverlap"));
		assertThatThrownBy(
				() -> this.offers.offer(open, offer("Maison médicale", monday.minusDays(1).atTime(9, 30)), "test"))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("outside"));
		assertThatThrownBy(
				() -> this.weeks.createWeek("Mauvaise", "NORD", monday, monday.minusDays(1), monday.minusDays(7)))
			.isInstanceOf(OpenDoorsRefused.class);

		UUID offer = this.offers.offer(open, offer("Maison médicale", monday.atTime(9, 30), monday.atTime(11, 0)),
				"test");
		assertThat(this.programme.programme(open, null, null, null, java.util.Locale.FRENCH)).isEmpty();
		this.offers.decide(offer, true);
		this.weeks.publish(open);
		assertThat(this.programme.programme(open, null, null, null, java.util.Locale.FRENCH)).hasSize(2);
		assertThat(this.programme.programme(open, monday, "21004", null, java.util.Locale.FRENCH)).hasSize(2);
		assertThat(this.programme.programme(open, monday.plusDays(1), null, null, java.util.Locale.FRENCH)).isEmpty();
		assertThat(this.programme.programme(open, null, "21015", null, java.util.Locale.FRENCH)).isEmpty();
	}

	@Test
	void booksSeveralVisitsRefusesAFullSlotAndOverlappingVisitsAndTellsTheHost() {
		LocalDate monday = nextMonday();
		UUID week = publishedWeek("Semaine réservations " + UUID.randomUUID());
		UUID first = this.offers.offer(week, offer("CPAS Jette", monday.atTime(9, 30), monday.atTime(14, 0)), "test");
		UUID second = this.offers.offer(week, offer("Maison de repos", monday.atTime(10, 0)), "test");
		this.offers.decide(first, true);
		this.offers.decide(second, true);
		this.weeks.publish(week);
		List<ProgrammeSlot> programme = this.programme.programme(week, null, null, null, java.util.Locale.FRENCH);
		UUID morning = programme.stream()
			.filter((s) -> s.hostName().equals("CPAS Jette")
					&& s.startsAt().atZone(EventsService.TIME_ZONE).toLocalTime().equals(LocalTime.of(9, 30)))
			.findFirst()
			.orElseThrow()
			.slotId();
		UUID afternoon = programme.stream()
			.filter((s) -> s.hostName().equals("CPAS Jette")
					&& s.startsAt().atZone(EventsService.TIME_ZONE).toLocalTime().equals(LocalTime.of(14, 0)))
			.findFirst()
			.orElseThrow()
			.slotId();
		UUID overlapping = programme.stream()
			.filter((s) -> s.hostName().equals("Maison de repos"))
			.findFirst()
			.orElseThrow()
			.slotId();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String anne = "anne-" + tag + "@example.be";

		this.bookings.book(morning, new OpenDoors.Booking("Anne", anne, "infirmière", "nl"));
		this.bookings.book(afternoon, new OpenDoors.Booking("Anne", anne.toUpperCase(), "infirmière", "nl"));
		assertThatThrownBy(
				() -> this.bookings.book(overlapping, new OpenDoors.Booking("Anne", anne, "infirmière", "nl")))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("overlap"));
		assertThatThrownBy(() -> this.bookings.book(morning, new OpenDoors.Booking("Anne", anne, "infirmière", "nl")))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("overlap"));

		this.bookings.book(morning, new OpenDoors.Booking("Bruno", "bruno-" + tag + "@example.be", "médecin", "fr"));
		assertThatThrownBy(() -> this.bookings.book(morning,
				new OpenDoors.Booking("Chloé", "chloe-" + tag + "@example.be", "kiné", "fr")))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("full"));
		assertThatThrownBy(
				() -> this.bookings.book(afternoon, new OpenDoors.Booking("Chloé", "chloe-sans-arobase", "kiné", "fr")))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (e) -> assertThat(e.reason()).isEqualTo("email"));

		assertThat(this.programme.slot(morning, java.util.Locale.FRENCH).orElseThrow().left()).isZero();
		assertThat(this.programme.slot(afternoon, java.util.Locale.FRENCH).orElseThrow().left()).isEqualTo(1);
		assertThat(subjects(anne)).containsExactly("Bezoek gereserveerd: CPAS Jette",
				"Bezoek gereserveerd: CPAS Jette");
		String token = this.jdbc.sql("select host_token from open_doors_offer where id = ?")
			.param(first)
			.query(String.class)
			.single();
		assertThat(this.hostVisitors.visitors(token)).extracting(HostVisitor::name)
			.containsExactly("Anne", "Bruno", "Anne");
	}

	private List<String> subjects(String email) {
		return this.jdbc
			.sql("select subject from mail_message where lower(recipient) = lower(?) order by created_at, id")
			.param(email)
			.query(String.class)
			.list();
	}

}
