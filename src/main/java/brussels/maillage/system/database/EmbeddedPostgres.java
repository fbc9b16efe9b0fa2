package brussels.maillage.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries published on Maven Central (zonky), with its
 * data in a local folder that survives restarts. It is the one place that drives those
 * binaries, for the application and the tests alike.
 * <p>
 * PostgreSQL refuses to run as root, so when this JVM runs as root the server runs as the
 * unprivileged account {@code nobody} ({@link PostgresCluster}).
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

	private static final String SUPERUSER = PostgresCluster.SUPERUSER;

	private final Path dataDir;

	private final PostgresCluster cluster;

	private final boolean ephemeral;

	private final String password;

	private int port;

	private final AtomicInteger users = new AtomicInteger();

	private boolean stopped;

	private DataFolderLock lock;

	private EmbeddedPostgres(Path dataDir, Path binDir, boolean ephemeral) {
		this.dataDir = dataDir;
		this.ephemeral = ephemeral;
		this.password = readOrCreatePassword(dataDir.resolve("postgres.password"));
		this.cluster = new PostgresCluster(dataDir, binDir, ephemeral, this.password);
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
			EmbeddedPostgres postgres = new EmbeddedPostgres(key, PostgresBinaries.unpack(), ephemeral);
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
			this.cluster.stop();
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
		EmbeddedPostgres postgres = new EmbeddedPostgres(dataDir.toAbsolutePath().normalize(),
				PostgresBinaries.unpack(), true);
		postgres.startServer();
		return postgres;
	}

	/** Stops the server, keeping its data. */
	void stop() {
		try {
			this.cluster.stop();
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
		this.port = this.cluster.start();
		if (this.lock != null) {
			this.lock.record("postgres.port", String.valueOf(this.port));
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}{}", this.port, this.cluster.clusterDir(),
				this.cluster.asRoot() ? " (as user nobody, since this JVM runs as root)" : "");
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

	private static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", root, ex);
		}
	}

}
