package brussels.maillage.system.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import brussels.maillage.system.database.DataFolderLock;
import brussels.maillage.system.database.EmbeddedPostgres;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The command line backup and restore: {@code --maillage.backup=FILE} writes a backup of
 * the database (beside a running Maillage, through its server) and
 * {@code --maillage.restore=FILE} restores one into an empty data folder. Both run before
 * the application starts, print what they did and exit: 0 when done, 1 when refused
 * (nothing changed), 2 when the file, the options or the database cannot be read.
 */
class BackupCommands implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public int getOrder() {
		// After the logging system is ready.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String backup = environment.getProperty("maillage.backup");
		String restore = environment.getProperty("maillage.restore");
		if (!StringUtils.hasText(backup) && !StringUtils.hasText(restore)) {
			return;
		}
		int code;
		if (StringUtils.hasText(backup) && StringUtils.hasText(restore)) {
			System.out.println("Give either --maillage.backup=FILE or --maillage.restore=FILE, not both.");
			code = 2;
		}
		else if (StringUtils.hasText(backup)) {
			code = backup(Path.of(backup.strip()), environment, System.out);
		}
		else {
			code = restore(Path.of(restore.strip()), environment, System.out);
		}
		System.out.flush();
		System.exit(code);
	}

	/** Writes a backup to {@code file}; the exit code. */
	static int backup(Path file, Environment environment, PrintStream out) {
		String snapshot = environment.getProperty("maillage.backup.snapshot");
		try {
			Target target = Target.of(environment);
			if (target.server() == null) {
				Path dataDir = target.dataDir();
				Optional<DataFolderLock.Owner> owner = DataFolderLock.heldElsewhere(dataDir);
				Optional<EmbeddedPostgres.Address> running = EmbeddedPostgres.runningElsewhere(dataDir);
				if (running.isPresent()) {
					var address = running.get();
					return write(file,
							connect(address.jdbcUrl(EmbeddedPostgres.APPLICATION_DATABASE), address.username(),
									address.password()),
							snapshot,
							"the running Maillage (" + owner.map(DataFolderLock.Owner::describe).orElse("") + ")", out);
				}
				if (!Files.exists(dataDir.resolve("postgres/PG_VERSION"))) {
					out.println("There is no database in the data folder " + dataDir + ": nothing to back up.");
					return 2;
				}
				EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, false);
				try {
					var address = postgres.address();
					return write(file, connect(address.jdbcUrl(EmbeddedPostgres.APPLICATION_DATABASE),
							address.username(), address.password()), snapshot, "the data folder " + dataDir, out);
				}
				finally {
					postgres.release();
				}
			}
			return write(file,
					connect(target.server().jdbcUrl(), target.server().username(), target.server().password()),
					snapshot, "the server " + target.server().jdbcUrl(), out);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			out.println("No backup was written: " + ex.getMessage());
			return 2;
		}
	}

	private static int write(Path file, Connection connection, String snapshot, String source, PrintStream out)
			throws IOException, SQLException {
		try (connection) {
			Path target = file.toAbsolutePath().normalize();
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".maillage-backup", ".part");
			try {
				DatabaseBackup.Summary summary;
				try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
					summary = DatabaseBackup.write(connection, stream, snapshot);
				}
				move(partial, target);
				out.printf(
						"Backup written to %s (%,d bytes): %d tables, %,d rows, schema version %s; one snapshot of %s.%n",
						target, Files.size(target), summary.tables(), summary.rows(), summary.schemaVersion(), source);
				return 0;
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
	}

	/**
	 * Restores the backup {@code file} into an empty data folder (or database); the exit
	 * code.
	 */
	static int restore(Path file, Environment environment, PrintStream out) {
		if (!Files.isRegularFile(file)) {
			out.println("Cannot read the backup " + file + ": there is no such file.");
			return 2;
		}
		List<String> locations = Arrays
			.stream(environment.getProperty("spring.flyway.locations", "classpath:db/migration").split(","))
			.map(String::strip)
			.toList();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Properties manifest = DatabaseRestore.manifest(zip);
			DatabaseRestore.checkSchema(manifest, locations);
			Target target = Target.of(environment);
			if (target.server() != null) {
				try (Connection connection = connect(target.server().jdbcUrl(), target.server().username(),
						target.server().password())) {
					var summary = DatabaseRestore.restore(zip, connection, target.server(), locations);
					printRestored(file, "the database " + target.server().jdbcUrl(), summary, out);
					return 0;
				}
			}
			return restoreIntoDataFolder(zip, file, target.dataDir(), locations, out);
		}
		catch (BackupRefusedException ex) {
			out.println(ex.getMessage());
			return 1;
		}
		catch (ZipException ex) {
			out.println("Cannot read the backup " + file + ": it is not a zip file (" + ex.getMessage() + ").");
			return 2;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			out.println("Nothing was restored: " + ex.getMessage());
			return 2;
		}
	}

	private static int restoreIntoDataFolder(ZipFile zip, Path file, Path dataDir, List<String> locations,
			PrintStream out) throws IOException, SQLException {
		Optional<DataFolderLock.Owner> owner = DataFolderLock.heldElsewhere(dataDir);
		if (owner.isPresent()) {
			throw new BackupRefusedException(
					"The data folder " + dataDir + " is in use by a running Maillage (" + owner.get().describe()
							+ "). A backup is restored into an empty data folder only: stop it and give the restore"
							+ " a new folder (MAILLAGE_DATA_DIR). Nothing was restored.");
		}
		Path cluster = dataDir.resolve("postgres");
		if (Files.isDirectory(cluster)) {
			try (var entries = Files.list(cluster)) {
				if (entries.findAny().isEmpty()) {
					Files.delete(cluster);
				}
			}
		}
		if (Files.exists(cluster)) {
			throw new BackupRefusedException("The data folder " + dataDir + " already holds a database (" + cluster
					+ "). A backup is restored into an empty data folder only: move that folder aside or set"
					+ " MAILLAGE_DATA_DIR to a new folder. Nothing was restored.");
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, false);
		boolean restored = false;
		try {
			postgres.createDatabaseIfMissing(EmbeddedPostgres.APPLICATION_DATABASE);
			var address = postgres.address();
			var database = new DatabaseBackup.DatabaseAddress(address.jdbcUrl(EmbeddedPostgres.APPLICATION_DATABASE),
					address.username(), address.password());
			try (Connection connection = connect(database.jdbcUrl(), database.username(), database.password())) {
				var summary = DatabaseRestore.restore(zip, connection, database, locations);
				restored = true;
				printRestored(file, "the data folder " + dataDir, summary, out);
				return 0;
			}
		}
		finally {
			postgres.release();
			if (!restored) {
				// The folder was empty: leave it so, ready for another try.
				FileSystemUtils.deleteRecursively(cluster);
			}
		}
	}

	private static void printRestored(Path file, String target, DatabaseBackup.Summary summary, PrintStream out) {
		out.printf(
				"Restored %s into %s: %d tables, %,d rows, schema version %s. The next start applies this"
						+ " Maillage's newer migrations, if any.%n",
				file, target, summary.tables(), summary.rows(), summary.schemaVersion());
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		if (StringUtils.hasText(username)) {
			properties.setProperty("user", username);
		}
		if (StringUtils.hasText(password)) {
			properties.setProperty("password", password);
		}
		Connection connection = new org.postgresql.Driver().connect(url, properties);
		if (connection == null) {
			throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
		}
		return connection;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The embedded database's data folder, or a PostgreSQL server. */
	record Target(Path dataDir, DatabaseBackup.DatabaseAddress server) {

		static Target of(Environment environment) {
			String url = environment.getProperty("spring.datasource.url");
			if (StringUtils.hasText(url)) {
				return new Target(null,
						new DatabaseBackup.DatabaseAddress(url, environment.getProperty("spring.datasource.username"),
								environment.getProperty("spring.datasource.password")));
			}
			return new Target(
					Path.of(environment.getProperty("maillage.data-dir", "./data")).toAbsolutePath().normalize(), null);
		}

	}

}
