package brussels.maillage.system.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.system.ChildJvm;
import brussels.maillage.system.database.EmbeddedPostgres;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken by the command line beside the running application, while people
 * register for an event, restores into an empty data folder with every table identical to
 * the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRoundTripTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EventsService events;

	@Autowired
	Environment environment;

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void aBackupTakenWhileRegistrationsAreWrittenRestoresEveryTableIdentically() throws Exception {
		Path dataDir = Path.of(this.environment.getProperty("maillage.data-dir"))
			.resolve("run-" + ProcessHandle.current().pid());
		Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
		UUID event = this.events.create(
				new EventDraft(EventKind.INFO_SESSION, LocalizedText.of("Séance sauvegarde", "Sessie back-up", null),
						LocalizedText.of("Séance", "Sessie", null), "bilingual", false, null, "Rue Haute 298", "1000",
						"NORD", List.of(), "NORD", 1_000_000, List.of(), null, EventStatus.PUBLISHED,
						List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2))))));

		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger registered = new AtomicInteger();
		Thread writer = Thread.ofPlatform().start(() -> {
			while (writing.get()) {
				int n = registered.get() + 1;
				this.events.register(event, new RegisterForEvent("Personne " + n, "personne-" + n + "@example.be",
						"CPAS", "fr", List.of(), null, true));
				registered.incrementAndGet();
			}
		});
		Path file = this.root.resolve("backups/maillage.zip");
		Map<String, String> snapshotTables;
		List<String> snapshotMigrations;
		int registeredAtSnapshot;
		try {
			waitFor(() -> registered.get() >= 20);
			try (Connection truth = this.dataSource.getConnection()) {
				truth.setAutoCommit(false);
				truth.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				String snapshot = query(truth, "select pg_export_snapshot()").get(0);
				snapshotTables = fingerprints(truth);
				snapshotMigrations = query(truth,
						"select version || ' ' || checksum from flyway_schema_history where success and version is not null order by version");
				registeredAtSnapshot = Integer
					.parseInt(query(truth, "select count(*) from event_registration where event_id = '" + event + "'")
						.get(0));

				// Another JVM, as an operator would run it beside the application: it
				// reaches this JVM's embedded server through the data folder.
				ChildJvm backup = ChildJvm.runApplication(Duration.ofMinutes(3), "--maillage.data-dir=" + dataDir,
						"--maillage.backup=" + file, "--maillage.backup.snapshot=" + snapshot);
				assertThat(backup.exitValue()).as(backup.output()).isZero();
				assertThat(backup.output()).contains("Backup written to " + file)
					.contains("one snapshot of the running Maillage (pid " + ProcessHandle.current().pid());
				truth.rollback();
			}
			waitFor(() -> registered.get() > registeredAtSnapshot + 20);
		}
		finally {
			writing.set(false);
			writer.join();
		}
		assertThat(registeredAtSnapshot).isGreaterThanOrEqualTo(20);
		assertThat(snapshotTables).containsKey("public.event_registration").hasSizeGreaterThan(30);

		Path restoredDir = Files.createDirectories(this.root.resolve("restored"));
		restoredDir.toFile().setExecutable(true, false);
		this.root.toFile().setExecutable(true, false);
		ChildJvm restore = ChildJvm.runApplication(Duration.ofMinutes(5), "--maillage.data-dir=" + restoredDir,
				"--maillage.restore=" + file);
		assertThat(restore.exitValue()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("Restored " + file + " into the data folder " + restoredDir);

		EmbeddedPostgres restored = EmbeddedPostgres.start(restoredDir, false);
		try (Connection connection = java.sql.DriverManager.getConnection(
				restored.jdbcUrl(EmbeddedPostgres.APPLICATION_DATABASE), restored.username(), restored.password())) {
			assertThat(fingerprints(connection)).isEqualTo(snapshotTables);
			assertThat(query(connection,
					"select version || ' ' || checksum from flyway_schema_history where success and version is not null order by version"))
				.isEqualTo(snapshotMigrations);
			assertThat(query(connection, "select count(*) from event_registration where event_id = '" + event + "'"))
				.containsExactly(String.valueOf(registeredAtSnapshot));
		}
		finally {
			restored.release();
		}
	}

	/**
	 * Every table but Flyway's history (which the restore rebuilds): its row count and an
	 * md5 of its rows in order.
	 */
	private static Map<String, String> fingerprints(Connection connection) throws Exception {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : query(connection, """
				select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables
				 where schemaname not in ('pg_catalog', 'information_schema') and tablename <> 'flyway_schema_history'
				 order by 1""")) {
			tables.put(table, query(connection,
					"select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from "
							+ table + " t")
				.get(0));
		}
		return tables;
	}

	private static List<String> query(Connection connection, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
