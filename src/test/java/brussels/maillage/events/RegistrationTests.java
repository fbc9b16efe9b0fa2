package brussels.maillage.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registration on real PostgreSQL: capacity, waiting list promoted on cancellation,
 * duplicates, refusals, and the messages queued in the registrant's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationTests {

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Leaves no unsent message behind: the test database is shared, and other tests send
	 * what the outbox holds.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration", "event-request");
	}

	@Test
	void fillsThePlacesThenTheWaitingListAndPromotesTheFirstWaitingOnCancellation() {
		UUID id = this.events.create(EventFixtures.draft("Brus'info fin de vie", 2, Duration.ofDays(10)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		RegistrationResult first = this.events.register(id, EventFixtures.person("a-" + tag + "@example.be", "fr"));
		RegistrationResult second = this.events.register(id, EventFixtures.person("b-" + tag + "@example.be", "nl"));
		RegistrationResult third = this.events.register(id, EventFixtures.person("c-" + tag + "@example.be", "nl"));
		RegistrationResult fourth = this.events.register(id, EventFixtures.person("d-" + tag + "@example.be", "en"));
		assertThat(List.of(first.outcome(), second.outcome(), third.outcome(), fourth.outcome())).containsExactly(
				RegistrationResult.Outcome.CONFIRMED, RegistrationResult.Outcome.CONFIRMED,
				RegistrationResult.Outcome.WAITING, RegistrationResult.Outcome.WAITING);
		assertThat(this.events.places(id)).isEqualTo(new EventsService.Places(2, 2, 2));

		this.events.cancel(second.registration().token());

		assertThat(this.events.registrationByToken(third.registration().token()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.events.registrationByToken(fourth.registration().token()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.WAITING);
		assertThat(this.events.places(id)).isEqualTo(new EventsService.Places(2, 2, 1));
		assertThat(subjects("c-" + tag + "@example.be")).containsExactly("Wachtlijst: Brus'info fin de vie (nl)",
				"Er is een plaats vrijgekomen: Brus'info fin de vie (nl)");
		assertThat(subjects("b-" + tag + "@example.be")).containsExactly(
				"Inschrijving bevestigd: Brus'info fin de vie (nl)",
				"Inschrijving geannuleerd: Brus'info fin de vie (nl)");
		assertThat(subjects("a-" + tag + "@example.be"))
			.containsExactly("Inscription confirmée : Brus'info fin de vie");
	}

	@Test
	void recognisesTheSameEmailAndSendsThePersonalLinkAgain() {
		UUID id = this.events.create(EventFixtures.draft("Focus live santé mentale", 10, Duration.ofDays(5)));
		String email = "double-" + UUID.randomUUID() + "@example.be";
		RegistrationResult first = this.events.register(id, EventFixtures.person(email, "fr"));
		RegistrationResult again = this.events.register(id,
				EventFixtures.person(email.toUpperCase(java.util.Locale.ROOT), "fr"));
		assertThat(again.outcome()).isEqualTo(RegistrationResult.Outcome.ALREADY_REGISTERED);
		assertThat(again.registration().id()).isEqualTo(first.registration().id());
		assertThat(this.events.places(id).confirmed()).isEqualTo(1);
		assertThat(subjects(email)).hasSize(2).last().asString().startsWith("Votre inscription");
		String body = this.jdbc
			.sql("select body_text from mail_message where recipient = ? order by created_at desc limit 1")
			.param(email)
			.query(String.class)
			.single();
		assertThat(body).contains("/agenda/inscription/" + first.registration().token());
	}

	@Test
	void refusesInvalidAnswersAClosedEventAndAnUnknownOne() {
		UUID id = this.events.create(EventFixtures.draft("Atelier du changement", 10, Duration.ofDays(3)));
		assertThatThrownBy(() -> this.events.register(id,
				new RegisterForEvent("Nom", "sans-arobase.example.be", null, "nl", List.of(), null, false)))
			.isInstanceOfSatisfying(RegistrationRefused.class, (refused) -> {
				assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.INVALID);
				assertThat(refused.problems()).containsEntry("email", "events.register.error.email")
					.containsEntry("consent", "events.register.error.consent");
			});
		this.jdbc.sql(
				"update event_session set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where event_id = ?")
			.param(id)
			.update();
		assertThatThrownBy(() -> this.events.register(id, EventFixtures.person("late@example.be", "fr")))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.CLOSED));
		assertThatThrownBy(() -> this.events.register(UUID.randomUUID(), EventFixtures.person("x@example.be", "fr")))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.NOT_FOUND));
	}

	@Test
	void twoHundredConcurrentRegistrationsForAHundredPlacesEndWithAHundredConfirmedAndAHundredWaiting()
			throws Exception {
		UUID id = this.events.create(EventFixtures.draft("Forum des pratiques prometteuses", 100, Duration.ofDays(20)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<Callable<RegistrationResult>> tasks = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String email = "forum-" + i + "-" + tag + "@example.be";
			tasks.add(() -> this.events.register(id, EventFixtures.person(email, "fr")));
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<RegistrationResult>> done = pool.invokeAll(tasks);
			for (Future<RegistrationResult> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Map<String, Object> counts = this.jdbc
			.sql("""
					select count(*) filter (where status = 'CONFIRMED') as confirmed,
						count(*) filter (where status = 'WAITING') as waiting, count(distinct email) as people, count(*) as rows
					from event_registration where event_id = ?""")
			.param(id)
			.query()
			.singleRow();
		assertThat(counts).containsEntry("confirmed", 100L)
			.containsEntry("waiting", 100L)
			.containsEntry("people", 200L)
			.containsEntry("rows", 200L);
	}

	@Test
	void remindsConfirmedPeopleOnceBeforeTheEvent() {
		UUID soon = this.events.create(EventFixtures.draft("Rappel demain", 5, Duration.ofHours(30)));
		UUID later = this.events.create(EventFixtures.draft("Rappel plus tard", 5, Duration.ofDays(30)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.events.register(soon, EventFixtures.person("soon-" + tag + "@example.be", "nl"));
		this.events.register(later, EventFixtures.person("later-" + tag + "@example.be", "fr"));
		this.events.sendDueReminders(java.time.Instant.now(), Duration.ofHours(48));
		this.events.sendDueReminders(java.time.Instant.now(), Duration.ofHours(48));
		assertThat(subjects("soon-" + tag + "@example.be")).containsExactlyInAnyOrder("Herinnering: Rappel demain (nl)",
				"Inschrijving bevestigd: Rappel demain (nl)");
		assertThat(subjects("later-" + tag + "@example.be"))
			.containsExactly("Inscription confirmée : Rappel plus tard");
	}

	@Test
	void erasesRegistrantsAfterTheEventAndKeepsTheCounts() {
		UUID id = this.events.create(EventFixtures.draft("Séance passée", 5, Duration.ofDays(1)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		RegistrationResult came = this.events.register(id, EventFixtures.person("came-" + tag + "@example.be", "fr"));
		this.events.register(id, EventFixtures.person("absent-" + tag + "@example.be", "fr"));
		UUID session = this.events.event(id).orElseThrow().sessions().get(0).id();
		this.events.recordAttendance(id, session, came.registration().id(), true, "test");
		this.jdbc.sql("""
				update event_session set starts_at = now() - interval '400 days',
					ends_at = now() - interval '400 days' + interval '2 hours' where event_id = ?""")
			.param(id)
			.update();
		this.events.eraseRegistrantsOfPastEvents(java.time.Instant.now(), Duration.ofDays(500));
		assertThat(this.jdbc.sql("select count(*) from event_registration where event_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.events.eraseRegistrantsOfPastEvents(java.time.Instant.now(), Duration.ofDays(365)))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from event_registration where event_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select registrants || '/' || attendees || '/' || no_shows from event_figures where event_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("2/1/1");
	}

	private List<String> subjects(String recipient) {
		return this.jdbc.sql("select subject from mail_message where recipient = ? order by created_at, subject")
			.param(recipient)
			.query(String.class)
			.list();
	}

}
