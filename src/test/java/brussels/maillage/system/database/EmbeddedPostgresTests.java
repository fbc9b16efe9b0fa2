package brussels.maillage.system.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import brussels.maillage.SecondLane;
import brussels.maillage.system.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps its data across restarts, recovers from a killed run,
 * belongs to one running process at a time, and has the extensions and text-search
 * configurations the modules rely on.
 */
// No application context and no shared database: servers of its own in its own folders,
// and child JVMs. So it runs beside the one-at-a-time classes (docs/testing.md); its own
// tests run one after another (the lock), as before. It waits for the second lane's
// classes (the lane's lock), so that its servers and child JVMs run in the run's second
// half, beside the one-at-a-time thread alone, not in its first minute.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock("maillage-embedded-postgres")
@ResourceLock(SecondLane.LOCK)
class EmbeddedPostgresTests {

	@TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void keepsDataAcrossRestartsAndRecoversFromAKilledRun() throws Exception {
		Path dataDir = worldReadable(this.root.resolve("data"));
		EmbeddedPostgres first = EmbeddedPostgres.startDetached(dataDir);
		first.createDatabaseIfMissing("sample");
		execute(first, "create table note (text text); insert into note values ('kept')");

		// A second start while the first server still runs is what follows a kill -9 of
		// the JVM.
		EmbeddedPostgres second = EmbeddedPostgres.startDetached(dataDir);
		assertThat(queryString(second, "select text from note")).isEqualTo("kept");
		second.stop();

		// A lock file whose process is gone must not stop the next start.
		Files.writeString(dataDir.resolve("postgres/postmaster.pid"), "999999\n" + dataDir + "\n");
		EmbeddedPostgres third = EmbeddedPostgres.startDetached(dataDir);
		assertThat(queryString(third, "select text from note")).isEqualTo("kept");
		third.stop();
	}

	@Test
	void refusesASecondStartOnAFolderInUseAndCleansUpAfterTheOwnerIsKilled() throws Exception {
		Path dataDir = worldReadable(this.root.resolve("shared"));
		ChildJvm holder = ChildJvm.start(DataFolderHolder.class.getName(), dataDir.toString());
		try {
			holder.awaitLine("READY", Duration.ofMinutes(2));

			// Same folder, this JVM: refused at once, naming the process that holds it.
			assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, false))
				.isInstanceOf(DataFolderInUseException.class)
				.hasMessageContaining("pid " + holder.process().pid())
				.hasMessageContaining("PostgreSQL port");
			// The holder's database still answers, through the address it published.
			EmbeddedPostgres.Address address = EmbeddedPostgres.runningElsewhere(dataDir).orElseThrow();
			assertThat(queryString(address, "select text from note")).isEqualTo("from the holder");

			// kill -9 of the owner: its PostgreSQL keeps running, orphaned; the next
			// start
			// stops it and comes up with the data.
			holder.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			assertThat(EmbeddedPostgres.runningElsewhere(dataDir)).isEmpty();
			EmbeddedPostgres next = EmbeddedPostgres.start(dataDir, false);
			try {
				assertThat(queryString(next.address(), "select text from note")).isEqualTo("from the holder");
				assertThat(next.port()).isNotEqualTo(address.port());
			}
			finally {
				next.release();
			}
		}
		finally {
			holder.process().destroyForcibly();
		}
	}

	@Test
	void aSecondApplicationOnAFolderInUseExitsWithTheRunningProcessNamedAndLeavesItServing() throws Exception {
		Path dataDir = worldReadable(this.root.resolve("app"));
		EmbeddedPostgres owner = EmbeddedPostgres.start(dataDir, false);
		try {
			owner.createDatabaseIfMissing("sample");
			execute(owner, "create table note (text text); insert into note values ('still here')");
			ChildJvm second = ChildJvm.runApplication(Duration.ofMinutes(3), "--maillage.data-dir=" + dataDir,
					"--server.port=0");
			assertThat(second.exitValue()).isNotZero();
			assertThat(second.output())
				.contains("The data folder " + dataDir.toAbsolutePath().normalize()
						+ " is in use by another running Maillage (pid " + ProcessHandle.current().pid())
				.doesNotContain("Stopping an embedded PostgreSQL");
			assertThat(queryString(owner.address(), "select text from note")).isEqualTo("still here");
		}
		finally {
			owner.release();
		}
	}

	@Test
	void offersTheExtensionsAndTextSearchConfigurationsSearchNeeds() throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.startDetached(worldReadable(this.root.resolve("ext")));
		try {
			postgres.createDatabaseIfMissing("sample");
			execute(postgres, "create extension unaccent; create extension pg_trgm");
			assertThat(queryString(postgres, "select unaccent('Saint-Gilles Ixelles crèche')"))
				.isEqualTo("Saint-Gilles Ixelles creche");
			assertThat(queryString(postgres, "select to_tsvector('dutch', 'thuiszorgdiensten')::text"))
				.isEqualTo("'thuiszorgdienst':1");
			assertThat(queryString(postgres, "select to_tsvector('french', 'infirmières')::text"))
				.isEqualTo("'infirmi':1");
			assertThat(queryString(postgres, "select (similarity('schaerbeek', 'schaarbeek') > 0.3)::text"))
				.isEqualTo("true");
			assertThat(queryString(postgres, "select lower('ÉCOLE')")).isEqualTo("école");
		}
		finally {
			postgres.stop();
		}
	}

	private static Path worldReadable(Path dir) throws Exception {
		Files.createDirectories(dir);
		// When the tests run as root the server runs as nobody and must reach the folder.
		dir.toFile().setExecutable(true, false);
		dir.toFile().setReadable(true, false);
		dir.getParent().toFile().setExecutable(true, false);
		return dir;
	}

	private static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("sample"), postgres.username(),
				postgres.password())) {
			connection.createStatement().execute(sql);
		}
	}

	private static String queryString(EmbeddedPostgres.Address address, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(address.jdbcUrl("sample"), address.username(),
				address.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static String queryString(EmbeddedPostgres postgres, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("sample"), postgres.username(),
				postgres.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
