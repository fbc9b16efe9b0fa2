package brussels.maillage.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL cluster folder and the server process on it, driven with {@code initdb}
 * and {@code pg_ctl}. PostgreSQL refuses to run as root, so when this JVM runs as root
 * every command runs as the unprivileged account {@code nobody} through util-linux's
 * {@code setpriv}, as the official PostgreSQL container image does.
 */
final class PostgresCluster {

	private static final Logger log = LoggerFactory.getLogger(PostgresCluster.class);

	static final String SUPERUSER = "postgres";

	private static final String UNPRIVILEGED_USER = "nobody";

	private final Path dataDir;

	private final Path binDir;

	private final Path clusterDir;

	private final boolean ephemeral;

	private final boolean asRoot;

	private final String password;

	PostgresCluster(Path dataDir, Path binDir, boolean ephemeral, String password) {
		this.dataDir = dataDir;
		this.binDir = binDir;
		this.clusterDir = dataDir.resolve("postgres");
		this.ephemeral = ephemeral;
		this.asRoot = isRoot();
		this.password = password;
	}

	/**
	 * Starts the server on a free port, initialising the cluster on first use and
	 * clearing a server or lock file left by a killed run first.
	 * @return the port it listens on
	 */
	int start() {
		try {
			Files.createDirectories(this.dataDir);
			if (this.asRoot) {
				Files.createDirectories(this.clusterDir);
				setOwner(this.clusterDir, UNPRIVILEGED_USER);
				Files.setPosixFilePermissions(this.clusterDir, PosixFilePermissions.fromString("rwx------"));
			}
			if (!Files.exists(this.clusterDir.resolve("PG_VERSION"))) {
				initdb();
			}
			clearStaleServer();
			int port = freePort();
			List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port), "-h", "127.0.0.1", "-k", "''",
					"-c", "max_connections=200", "-c", "shared_buffers=128MB"));
			if (this.ephemeral) {
				options
					.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
			}
			Path logFile = this.asRoot ? this.clusterDir.resolve("server.log") : this.dataDir.resolve("postgres.log");
			run(Duration.ofSeconds(90), bin("pg_ctl"), "start", "-w", "-t", "80", "-D", this.clusterDir.toString(),
					"-l", logFile.toString(), "-o", String.join(" ", options));
			return port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + this.dataDir, ex);
		}
	}

	/** Stops the server (a fast shutdown), keeping its data. */
	void stop() throws IOException {
		run(Duration.ofSeconds(30), bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", this.clusterDir.toString());
	}

	/** The folder PostgreSQL's own files live in. */
	Path clusterDir() {
		return this.clusterDir;
	}

	/** Whether the server runs as {@code nobody} because this JVM runs as root. */
	boolean asRoot() {
		return this.asRoot;
	}

	private void initdb() throws IOException {
		Path pwfile = Files.createTempFile(this.asRoot ? this.clusterDir.getParent() : this.dataDir, "pw", ".txt");
		try {
			Files.writeString(pwfile, this.password);
			if (this.asRoot) {
				setOwner(pwfile, UNPRIVILEGED_USER);
			}
			log.info("Initialising the embedded PostgreSQL cluster in {}", this.clusterDir);
			run(Duration.ofMinutes(3), bin("initdb"), "-D", this.clusterDir.toString(), "-U", SUPERUSER, "-A",
					"scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C", "--locale-provider=builtin",
					"--builtin-locale=C.UTF-8", "--no-instructions");
		}
		finally {
			Files.deleteIfExists(pwfile);
		}
	}

	/**
	 * A server left running by a killed JVM is stopped; a lock file whose process is gone
	 * is removed. Only called while holding the data folder's lock (or for detached test
	 * servers), so the server found cannot belong to a live Maillage.
	 */
	private void clearStaleServer() throws IOException {
		Path pidFile = this.clusterDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = lines.isEmpty() ? -1 : parseLong(lines.get(0).trim());
		boolean postgresAlive = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.flatMap((handle) -> handle.info().command())
			.map((command) -> command.contains("postgres"))
			.orElse(false);
		if (postgresAlive) {
			log.warn("Stopping an embedded PostgreSQL (pid {}) left running by a previous run", pid);
			run(Duration.ofSeconds(60), bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", this.clusterDir.toString());
		}
		else {
			log.warn("Removing a stale PostgreSQL lock file left by a previous run (pid {})", pid);
			Files.deleteIfExists(pidFile);
		}
	}

	private String bin(String name) {
		return this.binDir.resolve("bin").resolve(name).toString();
	}

	private void run(Duration timeout, String... command) throws IOException {
		List<String> full = new ArrayList<>();
		if (this.asRoot) {
			full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + unprivilegedGroup(),
					"--clear-groups", "--"));
		}
		full.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C");
		builder.environment().remove("PGDATA");
		Path output = Files.createTempFile("maillage-pg", ".log");
		builder.redirectOutput(output.toFile());
		Process process = builder.start();
		try {
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(describeFailure(command, Files.readString(output)));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command[0], ex);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private String describeFailure(String[] command, String output) {
		String message = Path.of(command[0]).getFileName() + " failed: " + output.strip();
		if (this.asRoot && output.contains("ermission denied")) {
			message += "\nThe embedded PostgreSQL runs as user 'nobody' because this JVM runs as root: every folder above "
					+ this.dataDir
					+ " must be searchable by other users (chmod o+x), or set MAILLAGE_DATA_DIR to such a folder.";
		}
		return message;
	}

	private static String unprivilegedGroup() {
		try {
			UserPrincipalLookupService lookup = Path.of("/").getFileSystem().getUserPrincipalLookupService();
			lookup.lookupPrincipalByGroupName("nogroup");
			return "nogroup";
		}
		catch (IOException ex) {
			return "nobody";
		}
	}

	private static void setOwner(Path path, String user) throws IOException {
		UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
		Files.setOwner(path, lookup.lookupPrincipalByName(user));
		Files.getFileAttributeView(path, PosixFileAttributeView.class)
			.setGroup(lookup.lookupPrincipalByGroupName(unprivilegedGroup()));
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
