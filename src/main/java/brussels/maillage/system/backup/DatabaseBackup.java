package brussels.maillage.system.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of Maillage's database that needs no PostgreSQL tools: every table's
 * rows ({@code COPY}) and every sequence, all read in one {@code REPEATABLE READ}
 * transaction, so the backup is one consistent snapshot however much the application
 * writes meanwhile. The zip also records the schema's migrations.
 * <p>
 * Layout: {@code maillage-backup.properties} (the manifest) and one {@code tables/N.tsv}
 * per table in PostgreSQL's {@code COPY} text format. {@link DatabaseRestore} reads it
 * back.
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
