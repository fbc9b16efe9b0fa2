package brussels.maillage.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration latency under load: 200 people register at once over HTTP on loopback
 * ({@code POST /api/events/{id}/registrations}, each on its own connection) for an event
 * with 100 places; prints p50, p95 and the maximum of the answer times, and checks that
 * the event ends with exactly 100 confirmed, 100 waiting and no duplicate. Excluded from
 * the normal build; run it with
 * {@code ./mvnw test -Dtest=RegistrationBenchmark -Dtest.excludedGroups=none}
 * ({@code -Dbenchmark.registrations=40} for a smaller run while developing: half of them
 * get a place).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationBenchmark {

	static final int REGISTRATIONS = Integer.getInteger("benchmark.registrations", 200);

	static final int WARM_UP = 30;

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetUnsentMail() {
		this.jdbc.sql("delete from mail_message where status <> 'SENT' and reference_type = 'event-registration'")
			.update();
	}

	@Test
	void twoHundredConcurrentRegistrationsAnswerWithin300MillisecondsAtTheNinetyFifthPercentile() throws Exception {
		int places = REGISTRATIONS / 2;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		// Warm-up on another event: the first requests load classes and fill caches.
		UUID warm = this.events.create(EventFixtures.draft("Échauffement", WARM_UP, Duration.ofDays(30)));
		List<Double> alone = new ArrayList<>();
		for (int i = 0; i < WARM_UP; i++) {
			long t = System.nanoTime();
			register(client, warm, "warm-" + i + "-" + UUID.randomUUID() + "@example.be");
			if (i >= WARM_UP - 10) {
				alone.add((System.nanoTime() - t) / 1e6);
			}
		}
		System.out.printf("registration benchmark: one at a time after warm-up (n=%d): p50 %.0f ms, max %.0f ms%n",
				alone.size(), percentile(alone, 50), percentile(alone, 100));

		UUID id = this.events.create(EventFixtures.draft("Focus live sous charge", places, Duration.ofDays(30)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(REGISTRATIONS);
		CountDownLatch ready = new CountDownLatch(REGISTRATIONS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<long[]>> answers = new ArrayList<>();
		long started;
		try {
			for (int i = 0; i < REGISTRATIONS; i++) {
				String email = "charge-" + i + "-" + tag + "@example.be";
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					long t = System.nanoTime();
					int status = register(client, id, email);
					return new long[] { System.nanoTime() - t, status };
				}));
			}
			ready.await();
			started = System.nanoTime();
			go.countDown();
			for (Future<long[]> answer : answers) {
				answer.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double wall = (System.nanoTime() - started) / 1e6;
		List<Double> times = new ArrayList<>();
		List<Long> statuses = new ArrayList<>();
		for (Future<long[]> answer : answers) {
			times.add(answer.get()[0] / 1e6);
			statuses.add(answer.get()[1]);
		}
		Map<String, Object> counts = this.jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting, count(distinct lower(email)) as people,
					count(*) as rows
				from event_registration where event_id = ?""").param(id).query().singleRow();
		System.out.printf(
				"registration benchmark: %d concurrent registrations for %d places over HTTP in %.0f ms: p50 %.0f ms, p95 %.0f ms, max %.0f ms; %s%n",
				REGISTRATIONS, places, wall, percentile(times, 50), percentile(times, 95), percentile(times, 100),
				counts);
		assertThat(statuses).as("HTTP statuses").containsOnly(201L);
		assertThat(counts).containsEntry("confirmed", (long) places)
			.containsEntry("waiting", (long) (REGISTRATIONS - places))
			.containsEntry("people", (long) REGISTRATIONS)
			.containsEntry("rows", (long) REGISTRATIONS);
		assertThat(percentile(times, 95)).as("p95 of the registrations, ms").isLessThan(300);
	}

	private int register(HttpClient client, UUID event, String email) throws Exception {
		String body = """
				{"name": "Personne %s", "email": "%s", "organisation": "CPAS", "language": "fr",
				 "answers": ["infirmière"], "consent": true}""".formatted(email, email);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/events/" + event + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
	}

}
