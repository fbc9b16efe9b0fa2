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

import brussels.maillage.system.OutboxFixtures;
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

	static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20_000);

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration");
	}

	@Test
	void twoHundredConcurrentRegistrationsAnswerWithin300MillisecondsAtTheNinetyFifthPercentile() throws Exception {
		int places = REGISTRATIONS / 2;
		// Warm-up, as a server that has been running: the first requests load classes and
		// fill caches, and the just-in-time compiler needs thousands of calls (and a rush
		// or two) before the code runs compiled; otherwise it compiles during the burst.
		HttpClient warmClient = client();
		UUID warm = this.events.create(EventFixtures.draft("Échauffement", WARM_UP / 2, Duration.ofDays(30)));
		ExecutorService warmers = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> warming = new ArrayList<>();
			for (int i = 0; i < WARM_UP; i++) {
				String email = "warm-" + i + "-" + UUID.randomUUID() + "@example.be";
				warming.add(warmers.submit(() -> register(warmClient, warm, email)));
			}
			for (Future<Integer> done : warming) {
				done.get();
			}
		}
		finally {
			warmers.shutdown();
		}
		for (int i = 0; i < 3; i++) {
			// Measured as the real one, so that the measuring code is warm too.
			threadCpu();
			cpu();
			burst(this.events.create(EventFixtures.draft("Échauffement " + i, places, Duration.ofDays(30))), "warm");
			cpu();
			threadCpu();
		}
		waitForTheCompiler();
		List<Double> alone = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long t = System.nanoTime();
			register(warmClient, warm, "alone-" + i + "-" + UUID.randomUUID() + "@example.be");
			alone.add((System.nanoTime() - t) / 1e6);
		}
		System.out.printf("registration benchmark: one at a time after warm-up (n=%d): p50 %.0f ms, max %.0f ms%n",
				alone.size(), percentile(alone, 50), percentile(alone, 100));

		UUID id = this.events.create(EventFixtures.draft("Focus live sous charge", places, Duration.ofDays(30)));
		Map<String, Long> threadsBefore = threadCpu();
		long[] cpuBefore = cpu();
		long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
		Burst burst = burst(id, "charge");
		System.out.printf("registration benchmark: burst from JVM uptime %d ms to %d ms%n", uptime,
				java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
		long[] cpuAfter = cpu();
		Map<String, Long> threadsAfter = threadCpu();
		Map<String, Long> byKind = new java.util.TreeMap<>();
		threadsAfter.forEach((thread, nanos) -> byKind.merge(thread.replaceAll("[0-9]+", "N").replaceAll("#.*", ""),
				(nanos - threadsBefore.getOrDefault(thread, 0L)) / 1_000_000, Long::sum));
		byKind.values().removeIf((millis) -> millis == 0);
		System.out.println("registration benchmark: CPU ms by thread kind: " + byKind);
		System.out.printf(
				"registration benchmark: during the burst: %d garbage collections (%d ms), just-in-time compilation %d ms%n",
				cpuAfter[2] - cpuBefore[2], cpuAfter[3] - cpuBefore[3], cpuAfter[4] - cpuBefore[4]);
		System.out.printf(
				"registration benchmark: CPU during the burst: this JVM (server and client) %d ms, PostgreSQL %d ms, per registration %.1f ms%n",
				(cpuAfter[0] - cpuBefore[0]) / 1_000_000, (cpuAfter[1] - cpuBefore[1]) / 1_000_000,
				((cpuAfter[0] - cpuBefore[0]) + (cpuAfter[1] - cpuBefore[1])) / 1e6 / REGISTRATIONS);
		Map<String, Object> counts = this.jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting, count(distinct lower(email)) as people,
					count(*) as rows
				from event_registration where event_id = ?""").param(id).query().singleRow();
		System.out.printf(
				"registration benchmark: %d concurrent registrations for %d places over HTTP in %.0f ms: p50 %.0f ms, p95 %.0f ms, max %.0f ms; %s%n",
				REGISTRATIONS, places, burst.wall(), percentile(burst.times(), 50), percentile(burst.times(), 95),
				percentile(burst.times(), 100), counts);
		assertThat(burst.statuses()).as("HTTP statuses").containsOnly(201L);
		assertThat(counts).containsEntry("confirmed", (long) places)
			.containsEntry("waiting", (long) (REGISTRATIONS - places))
			.containsEntry("people", (long) REGISTRATIONS)
			.containsEntry("rows", (long) REGISTRATIONS);
		assertThat(percentile(burst.times(), 95)).as("p95 of the registrations, ms").isLessThan(300);
	}

	/**
	 * {@link #REGISTRATIONS} people register for an event at the same instant, each on a
	 * new connection. The requests are written on plain sockets, as a load generator such
	 * as wrk does, so that the client takes as little as possible of the two cores the
	 * server needs.
	 */
	private Burst burst(UUID event, String prefix) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(REGISTRATIONS);
		CountDownLatch ready = new CountDownLatch(REGISTRATIONS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<long[]>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < REGISTRATIONS; i++) {
				String email = prefix + "-" + i + "-" + tag + "@example.be";
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					long t = System.nanoTime();
					int status = registerOnSocket(event, email);
					return new long[] { System.nanoTime() - t, status };
				}));
			}
			ready.await();
			long started = System.nanoTime();
			go.countDown();
			List<Double> times = new ArrayList<>();
			List<Long> statuses = new ArrayList<>();
			for (Future<long[]> answer : answers) {
				times.add(answer.get()[0] / 1e6);
				statuses.add(answer.get()[1]);
			}
			return new Burst((System.nanoTime() - started) / 1e6, times, statuses);
		}
		finally {
			pool.shutdown();
		}
	}

	private record Burst(double wall, List<Double> times, List<Long> statuses) {
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private int registerOnSocket(UUID event, String email) throws java.io.IOException {
		byte[] body = body(email).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String head = "POST /api/events/" + event + "/registrations HTTP/1.1\r\nHost: localhost:" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n";
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(60_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			byte[] answer = socket.getInputStream().readAllBytes();
			String text = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
			return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
		}
	}

	private static String body(String email) {
		return """
				{"name": "Personne %s", "email": "%s", "organisation": "CPAS", "language": "fr",
				 "answers": ["infirmière"], "consent": true}""".formatted(email, email);
	}

	private int register(HttpClient client, UUID event, String email) throws Exception {
		String body = body(email);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/events/" + event + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/**
	 * CPU time used so far by this JVM and by the PostgreSQL processes, in nanoseconds
	 * (Linux only; zero elsewhere).
	 */
	private long[] cpu() {
		long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
		long gcMillis = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
			.sum();
		long gcCount = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount)
			.sum();
		long jitMillis = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		// This database's server: the parent of a connection's backend, and its children.
		long backend = this.jdbc.sql("select pg_backend_pid()").query(Long.class).single();
		long server = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
		long postgres = ProcessHandle.allProcesses()
			.filter((process) -> process.pid() == server
					|| process.parent().map((parent) -> parent.pid() == server).orElse(false))
			.mapToLong(RegistrationBenchmark::ticks)
			.sum();
		return new long[] { jvm, postgres * 10_000_000L, gcCount, gcMillis, jitMillis };
	}

	/**
	 * Waits (at most a minute) until the just-in-time compiler has finished with what the
	 * warm-up gave it: a second without compiling.
	 */
	private static void waitForTheCompiler() throws InterruptedException {
		java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
		long last = compiler.getTotalCompilationTime();
		for (int i = 0; i < 60; i++) {
			Thread.sleep(1000);
			long now = compiler.getTotalCompilationTime();
			if (now - last < 20) {
				return;
			}
			last = now;
		}
	}

	private static Map<String, Long> threadCpu() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		Map<String, Long> cpu = new java.util.HashMap<>();
		for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				cpu.put(info.getThreadName() + "#" + info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return cpu;
	}

	private static long ticks(ProcessHandle process) {
		try {
			String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (java.io.IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
	}

}
