package brussels.maillage.system.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A logical backup of Maillage's database that needs no PostgreSQL tools: every table's
 * rows ({@code COPY}) and every sequence, all read in one {@code REPEATABLE READ}
 * transaction, so the backup is one consistent snapshot however much the application
 * writes meanwhile. The zip also records the schema's migrations; a restore rebuilds the
 * schema with the application's own Flyway migrations up to that version, then loads the
 * rows.
 * <p>
 * Layout: {@code maillage-backup.properties} (the manifest) and one {@code tables/N.tsv}
 * per table in PostgreSQL's {@code COPY} text format.
 */
final class DatabaseBackup {

	static final String MANIFEST = "maillage-backup.properties";

	static final String FORMAT = "1";

	private static final String HISTORY_TABLE = "flyway_schema_history";

	private DatabaseBackup() {
	}

	/**
	 * Writes a backup of the database behind {@code connection} to {@code out}. With a
	 * {@code snapshot} (from {@code pg_export_snapshot()}) it reads that snapshot instead
	 * of taking its own, as {@code pg_dump --snapshot} does.
	 */
	static Summary write(Connection connection, OutputStream out, String snapshot) throws SQLException, IOException {
		boolean autoCommit = connection.getAutoCommit();
		int isolation = connection.getTransactionIsolation();
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try {
			if (snapshot != null) {
				try (var statement = connection
					.prepareStatement("set transaction snapshot '" + snapshot.replace("'", "''") + "'")) {
					statement.execute();
				}
			}
			// The first query fixes the snapshot every later one reads.
			List<Table> tables = tables(connection);
			if (!tables.isEmpty()) {
				try (var statement = connection.createStatement()) {
					statement.execute("lock table " + String.join(", ", tables.stream().map(Table::name).toList())
							+ " in access share mode");
				}
			}
			Properties manifest = new Properties();
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("created", Instant.now().toString());
			manifest.setProperty("postgres.version", queryString(connection, "show server_version"));
			List<String> migrations = appliedMigrations(connection);
			String version = migrations.stream()
				.map(MigrationVersion::fromVersion)
				.max(Comparator.naturalOrder())
				.map(MigrationVersion::getVersion)
				.orElse("");
			manifest.setProperty("schema.version", version);
			manifest.setProperty("schema.migrations", String.join(",", migrations));

			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			ZipOutputStream zip = new ZipOutputStream(out);
			long totalRows = 0;
			manifest.setProperty("table.count", String.valueOf(tables.size()));
			for (int i = 0; i < tables.size(); i++) {
				Table table = tables.get(i);
				String entry = "tables/" + (i + 1) + ".tsv";
				zip.putNextEntry(new ZipEntry(entry));
				long rows = copy.copyOut("copy " + table.name() + " (" + table.columns() + ") to stdout",
						new FilterOutputStream(zip) {

							@Override
							public void write(byte[] bytes, int offset, int length) throws IOException {
								this.out.write(bytes, offset, length);
							}

							@Override
							public void close() {
								// The zip stays open for the next table.
							}

						});
				zip.closeEntry();
				String key = "table." + (i + 1) + ".";
				manifest.setProperty(key + "name", table.name());
				manifest.setProperty(key + "columns", table.columns());
				manifest.setProperty(key + "rows", String.valueOf(rows));
				manifest.setProperty(key + "entry", entry);
				totalRows += rows;
			}
			List<String[]> sequences = sequences(connection);
			manifest.setProperty("sequence.count", String.valueOf(sequences.size()));
			for (int i = 0; i < sequences.size(); i++) {
				String key = "sequence." + (i + 1) + ".";
				manifest.setProperty(key + "name", sequences.get(i)[0]);
				manifest.setProperty(key + "last-value", sequences.get(i)[1]);
				manifest.setProperty(key + "is-called", sequences.get(i)[2]);
			}
			zip.putNextEntry(new ZipEntry(MANIFEST));
			StringWriter text = new StringWriter();
			manifest.store(text, "Maillage backup: restore with --maillage.restore=FILE into an empty data folder");
			zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
			zip.closeEntry();
			zip.finish();
			connection.commit();
			return new Summary(tables.size(), totalRows, version);
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			connection.setAutoCommit(autoCommit);
			connection.setTransactionIsolation(isolation);
		}
	}

	/** The manifest of a backup file. */
	static Properties manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			throw new BackupRefusedException(
					Path.of(zip.getName()).getFileName() + " is not a Maillage backup (it has no " + MANIFEST + ")");
		}
		Properties manifest = new Properties();
		try (InputStream in = zip.getInputStream(entry)) {
			manifest.load(in);
		}
		if (!FORMAT.equals(manifest.getProperty("format"))) {
			throw new BackupRefusedException("This backup has format " + manifest.getProperty("format")
					+ ", which this Maillage cannot read (it reads format " + FORMAT + "): restore it with a newer"
					+ " Maillage.");
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
	static Summary restore(ZipFile zip, Connection connection, DatabaseAddress address, List<String> locations)
			throws SQLException, IOException {
		Properties manifest = manifest(zip);
		checkSchema(manifest, locations);
		if (!tables(connection).isEmpty()) {
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
			return new Summary(count, totalRows, version);
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * The application's tables: every ordinary table outside PostgreSQL's own schemas and
	 * extensions, but Flyway's history, which the migrations rebuild.
	 */
	static List<Table> tables(Connection connection) throws SQLException {
		String sql = """
				select quote_ident(n.nspname) || '.' || quote_ident(c.relname),
				       (select string_agg(quote_ident(a.attname), ',' order by a.attnum)
				          from pg_attribute a
				         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '')
				  from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 where c.relkind = 'r' and c.relpersistence = 'p'
				   and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
				   and c.relname <> ?
				   and not exists (select 1 from pg_depend d
				                    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
				 order by n.nspname, c.relname
				""";
		List<Table> tables = new ArrayList<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, HISTORY_TABLE);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.add(new Table(rows.getString(1), rows.getString(2)));
				}
			}
		}
		return tables;
	}

	private static List<String> appliedMigrations(Connection connection) throws SQLException {
		List<String> versions = new ArrayList<>();
		if (queryString(connection, "select to_regclass('" + HISTORY_TABLE + "')::text") == null) {
			return versions;
		}
		try (var statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version from " + HISTORY_TABLE
						+ " where success and version is not null order by installed_rank")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}

	private static List<String[]> sequences(Connection connection) throws SQLException {
		String sql = """
				select quote_ident(n.nspname) || '.' || quote_ident(c.relname)
				  from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 where c.relkind = 'S' and n.nspname not in ('pg_catalog', 'information_schema')
				   and n.nspname not like 'pg\\_%'
				   and not exists (select 1 from pg_depend d
				                    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
				   and not exists (select 1 from pg_depend d join pg_class t on t.oid = d.refobjid
				                    where d.objid = c.oid and d.classid = 'pg_class'::regclass
				                      and d.refclassid = 'pg_class'::regclass and t.relname = ?)
				 order by 1
				""";
		List<String> names = new ArrayList<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, HISTORY_TABLE);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
		}
		List<String[]> sequences = new ArrayList<>();
		for (String name : names) {
			try (var statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select last_value, is_called from " + name)) {
				rows.next();
				sequences.add(
						new String[] { name, rows.getString(1), rows.getString(2).startsWith("t") ? "true" : "false" });
			}
		}
		return sequences;
	}

	private static String queryString(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** A table by its quoted, schema-qualified name, with its stored columns. */
	record Table(String name, String columns) {
	}

	/** What a backup or a restore held. */
	record Summary(int tables, long rows, String schemaVersion) {
	}

	/** How to open a second connection to the same database (Flyway needs its own). */
	record DatabaseAddress(String jdbcUrl, String username, String password) {
	}

}
