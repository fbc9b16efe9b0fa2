package brussels.maillage.system.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A restore of a {@link DatabaseBackup}: the backup's schema version is checked against
 * the application's migrations, the schema is rebuilt with the application's own Flyway
 * migrations up to that version, then the rows are loaded.
 */
final class DatabaseRestore {

	private DatabaseRestore() {
	}

	/** The manifest of a backup file. */
	static Properties manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(DatabaseBackup.MANIFEST);
		if (entry == null) {
			throw new BackupRefusedException(Path.of(zip.getName()).getFileName()
					+ " is not a Maillage backup (it has no " + DatabaseBackup.MANIFEST + ")");
		}
		Properties manifest = new Properties();
		try (InputStream in = zip.getInputStream(entry)) {
			manifest.load(in);
		}
		if (!DatabaseBackup.FORMAT.equals(manifest.getProperty("format"))) {
			throw new BackupRefusedException("This backup has format " + manifest.getProperty("format")
					+ ", which this Maillage cannot read (it reads format " + DatabaseBackup.FORMAT
					+ "): restore it with a newer" + " Maillage.");
		}
		return manifest;
	}

	/**
	 * Refuses a backup whose schema this application does not know: one made by a newer
	 * Maillage.
	 */
	static void checkSchema(Properties manifest, List<String> locations) throws IOException {
		List<MigrationVersion> versions = migrationVersions(locations);
		Set<String> known = new LinkedHashSet<>();
		for (MigrationVersion version : versions) {
			known.add(version.getVersion());
		}
		MigrationVersion latest = versions.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
		String backupVersion = manifest.getProperty("schema.version", "");
		List<String> unknown = new ArrayList<>();
		for (String version : manifest.getProperty("schema.migrations", "").split(",")) {
			if (!version.isBlank() && !known.contains(MigrationVersion.fromVersion(version).getVersion())) {
				unknown.add(version);
			}
		}
		if (!unknown.isEmpty()) {
			throw new BackupRefusedException(
					"This backup comes from a newer Maillage: its database schema is at version " + backupVersion
							+ " (with migrations " + String.join(", ", unknown)
							+ " that this Maillage does not have), and this Maillage's schema goes up to version "
							+ latest.getVersion()
							+ ". Nothing was restored. Restore it with the Maillage version that made it, or a newer one.");
		}
	}

	/** The versions of the application's migrations, read from its class path. */
	static List<MigrationVersion> migrationVersions(List<String> locations) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<MigrationVersion> versions = new ArrayList<>();
		for (String location : locations) {
			String folder = location.strip().replaceFirst("^classpath:", "").replaceAll("/+$", "");
			for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/V*__*.sql")) {
				String name = resource.getFilename();
				versions.add(MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')));
			}
		}
		return versions;
	}

	/**
	 * Restores a backup into an empty database: its schema is built by the application's
	 * migrations up to the backup's version, then every table's rows and every sequence's
	 * value are loaded in one transaction.
	 */
	static DatabaseBackup.Summary restore(ZipFile zip, Connection connection, DatabaseBackup.DatabaseAddress address,
			List<String> locations) throws SQLException, IOException {
		Properties manifest = manifest(zip);
		checkSchema(manifest, locations);
		if (!DatabaseBackup.tables(connection).isEmpty()) {
			throw new BackupRefusedException(
					"The database already holds tables: a backup is restored into an empty database only. Nothing was"
							+ " restored.");
		}
		String version = manifest.getProperty("schema.version", "");
		var flyway = Flyway.configure()
			.dataSource(address.jdbcUrl(), address.username(), address.password())
			.locations(locations.toArray(String[]::new))
			.outOfOrder(true);
		if (!version.isBlank()) {
			flyway.target(MigrationVersion.fromVersion(version)).load().migrate();
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			// Rows go in as they were, without triggers or foreign-key checks (a backup
			// is
			// consistent as a whole, not table by table).
			try (var statement = connection.createStatement()) {
				statement.execute("set local session_replication_role = replica");
			}
			int count = Integer.parseInt(manifest.getProperty("table.count", "0"));
			List<String> names = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				names.add(manifest.getProperty("table." + i + ".name"));
			}
			if (!names.isEmpty()) {
				try (var statement = connection.createStatement()) {
					// Rows the migrations themselves inserted are in the backup too.
					statement.execute("truncate " + String.join(", ", names));
				}
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long totalRows = 0;
			for (int i = 1; i <= count; i++) {
				String key = "table." + i + ".";
				String name = manifest.getProperty(key + "name");
				ZipEntry entry = zip.getEntry(manifest.getProperty(key + "entry"));
				if (entry == null) {
					throw new BackupRefusedException("The backup is damaged: the rows of " + name + " are missing.");
				}
				long rows;
				try (InputStream in = zip.getInputStream(entry)) {
					rows = copy.copyIn("copy " + name + " (" + manifest.getProperty(key + "columns") + ") from stdin",
							in);
				}
				if (rows != Long.parseLong(manifest.getProperty(key + "rows"))) {
					throw new BackupRefusedException("The backup is damaged: " + name + " has " + rows
							+ " rows instead of " + manifest.getProperty(key + "rows") + ".");
				}
				totalRows += rows;
			}
			int sequences = Integer.parseInt(manifest.getProperty("sequence.count", "0"));
			for (int i = 1; i <= sequences; i++) {
				String key = "sequence." + i + ".";
				try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
					statement.setString(1, manifest.getProperty(key + "name"));
					statement.setLong(2, Long.parseLong(manifest.getProperty(key + "last-value")));
					statement.setBoolean(3, Boolean.parseBoolean(manifest.getProperty(key + "is-called")));
					statement.execute();
				}
			}
			connection.commit();
			try (var statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				statement.execute("analyze");
			}
			return new DatabaseBackup.Summary(count, totalRows, version);
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			connection.setAutoCommit(autoCommit);
		}
	}

}
