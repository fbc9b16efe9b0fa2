package brussels.maillage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts on its own with {@code java -jar}: embedded PostgreSQL,
 * migrations, demo data (its directory's services listed by the API), the home page in
 * French; and starts again on the same data, with the same services.
 */
// Its own process, data folder and port, nothing shared with the other tests: in a run of
// the whole suite it runs beside them, after the other such classes and after the second
// lane's (the lane's lock), in the run's second half, where the one-at-a-time thread runs
// alone on two cores (docs/testing.md).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SecondLane.LOCK)
class ExecutableJarIT {

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path folder;

	@Test
	void startsWithJavaMinusJarAndKeepsItsDataAcrossRestarts() throws Exception {
		Path jar = Path.of(System.getProperty("maillage.jar", "target/maillage.jar"));
		assertThat(jar).exists();
		Path data = this.folder.resolve("data");
		Files.createDirectories(data);
		// The embedded PostgreSQL runs as 'nobody' when the build runs as root: it must
		// reach the folder.
		this.folder.toFile().setExecutable(true, false);
		data.toFile().setExecutable(true, false);

		Started first = start(jar, data);
		assertThat(first.home()).contains("<html lang=\"fr\"");
		assertThat(first.services()).as("the demo directory's services").isPositive();
		assertThat(data.resolve("postgres/PG_VERSION")).exists();
		Started again = start(jar, data);
		assertThat(again.home()).contains("Trouver la bonne aide");
		assertThat(again.services()).as("the same services after a restart on the same data")
			.isEqualTo(first.services());
	}

	/**
	 * What a start showed once ready: the home page and how many services the API lists.
	 */
	private record Started(String home, long services) {
	}

	private static final Pattern TOTAL = Pattern.compile("\"total_items\"\\s*:\\s*(\\d+)");

	/**
	 * Starts the jar, waits until its home page answers and its API lists services (the
	 * home page answers while the demo data is still loading), reads what it shows and
	 * stops it.
	 */
	private Started start(Path jar, Path data) throws Exception {
		int port = freePort();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		// The same jar, started as `java -jar` starts it, with C1 alone like the test JVM
		// and ChildJvm: half the CPU of a start (about 13 s against 25 s), which it takes
		// from the tests running beside it.
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("app-" + port + ".log").toFile());
		builder.environment().put("MAILLAGE_DATA_DIR", data.toString());
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
				.timeout(Duration.ofSeconds(10))
				.build();
			// A wait, not a measure: at load 24 on 2 cores (helpers beside a CI run) the
			// jar took
			// 176 s to start before loading its demo, past the 3 minutes this waited
			// until then.
			Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
			while (Instant.now().isBefore(deadline)) {
				assertThat(process.isAlive()).as("the jar is still running (see its log in %s)", this.folder).isTrue();
				try {
					HttpResponse<String> response = client.send(home, HttpResponse.BodyHandlers.ofString());
					long services = (response.statusCode() == 200) ? services(read(client, port, "/api/hsds/services"))
							: 0;
					if (services > 0) {
						return new Started(response.body(), services);
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(250);
			}
			throw new AssertionError("The jar did not answer on / with its services listed within 6 minutes");
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static String read(HttpClient client, int port, String path) throws Exception {
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static long services(String body) {
		Matcher total = TOTAL.matcher(body);
		assertThat(total.find()).as("total_items in %s", body.substring(0, Math.min(200, body.length()))).isTrue();
		return Long.parseLong(total.group(1));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
