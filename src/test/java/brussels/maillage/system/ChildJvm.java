package brussels.maillage.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another JVM on the tests' class path (a second Maillage, a command beside a running
 * one), its output collected as it comes.
 */
public final class ChildJvm {

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private Thread reader;

	private ChildJvm(Process process) {
		this.process = process;
	}

	/**
	 * Starts {@code mainClass} with these arguments, with only the C1 compiler like the
	 * test JVM (docs/testing.md, "The test JVM's flags"): a short run costs less CPU.
	 */
	public static ChildJvm start(String mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		ChildJvm child = new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
		child.reader = Thread.ofVirtual().start(() -> {
			try (BufferedReader reader = child.process.inputReader()) {
				reader.lines().forEach((line) -> child.output.append(line).append('\n'));
			}
			catch (IOException ex) {
				// The process ended.
			}
		});
		return child;
	}

	/** Runs the application's main class to its end. */
	public static ChildJvm runApplication(Duration timeout, String... args) throws Exception {
		ChildJvm child = start("brussels.maillage.MaillageApplication", args);
		assertThat(child.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS))
			.as("finished in time; output:%n%s", child.output)
			.isTrue();
		child.reader.join(Duration.ofSeconds(10));
		return child;
	}

	/** Waits until the process prints a line starting with {@code start}. */
	public void awaitLine(String start, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (output().lines().noneMatch((line) -> line.startsWith(start))) {
			assertThat(this.process.isAlive()).as("child alive; its output:%n%s", output()).isTrue();
			assertThat(System.nanoTime()).as("waiting for %s; output:%n%s", start, output()).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	public Process process() {
		return this.process;
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	/** What it printed so far (all of it once its output is closed). */
	public String output() {
		return this.output.toString();
	}

}
