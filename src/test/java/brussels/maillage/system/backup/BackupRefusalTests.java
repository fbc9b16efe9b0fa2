package brussels.maillage.system.backup;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restore refuses, before touching anything, what it cannot do safely: a backup from a
 * newer Maillage, a file that is no backup, a data folder that already holds a database.
 */
class BackupRefusalTests {

	@TempDir
	Path root;

	@Test
	void refusesABackupFromANewerSchemaWithAClearMessageAndLeavesTheFolderEmpty() throws Exception {
		// The application's migrations end well below version 9999
		// (src/main/resources/db/migration).
		Path backup = backup("format=1\nschema.version=9999\nschema.migrations=1,2,3,9999\ntable.count=0\n");
		Path dataDir = this.root.resolve("data");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = BackupCommands.restore(backup, environment(dataDir),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("This backup comes from a newer Maillage: its database schema is at version 9999")
			.contains("with migrations 9999 that this Maillage does not have")
			.contains("Nothing was restored");
		assertThat(dataDir.resolve("postgres")).doesNotExist();
	}

	@Test
	void refusesAFileThatIsNotAMaillageBackup() throws Exception {
		Path other = this.root.resolve("photos.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
			zip.putNextEntry(new ZipEntry("photo.jpg"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(BackupCommands.restore(other, environment(this.root.resolve("data")), print(out))).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("photos.zip is not a Maillage backup (it has no maillage-backup.properties)");

		Path text = Files.writeString(this.root.resolve("notes.txt"), "not a zip");
		out.reset();
		assertThat(BackupCommands.restore(text, environment(this.root.resolve("data")), print(out))).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("it is not a zip file");
	}

	@Test
	void refusesADataFolderThatAlreadyHoldsADatabase() throws Exception {
		Path backup = backup("format=1\nschema.version=1\nschema.migrations=1\ntable.count=0\n");
		Path dataDir = this.root.resolve("used");
		Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "17\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(BackupCommands.restore(backup, environment(dataDir), print(out))).isEqualTo(1);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("already holds a database")
			.contains("restored into an empty data folder only");
		assertThat(Files.readString(dataDir.resolve("postgres/PG_VERSION"))).isEqualTo("17\n");
	}

	private Path backup(String manifest) throws Exception {
		Path file = this.root.resolve("backup.zip");
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			zip.putNextEntry(new ZipEntry("maillage-backup.properties"));
			zip.write(manifest.getBytes(StandardCharsets.ISO_8859_1));
		}
		return file;
	}

	private static MockEnvironment environment(Path dataDir) {
		return new MockEnvironment().withProperty("maillage.data-dir", dataDir.toString())
			.withProperty("spring.flyway.locations", "classpath:db/migration");
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

}
