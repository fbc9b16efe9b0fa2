package brussels.maillage.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data across restarts, recovers from a killed run, and
 * has the extensions and text-search configurations the modules rely on.
 */
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

	private static String queryString(EmbeddedPostgres postgres, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("sample"), postgres.username(),
				postgres.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
