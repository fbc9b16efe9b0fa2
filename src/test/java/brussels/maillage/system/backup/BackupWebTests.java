package brussels.maillage.system.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators download a backup now and see the daily backups kept for the retention;
 * nobody else reaches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	Backups backups;

	@Test
	void anAdministratorDownloadsABackupNowInEachLanguage() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", PASSWORD);
		assertThat(admin.get("/admin/backup?lang=fr").body()).contains("<h1>Sauvegardes</h1>")
			.contains("Télécharger une sauvegarde maintenant")
			.contains("<caption>Sauvegardes conservées sur le serveur</caption>");
		assertThat(admin.get("/admin/backup?lang=nl").body()).contains("<h1>Back-ups</h1>")
			.contains("Nu een back-up downloaden");
		HttpResponse<String> page = admin.get("/admin/backup?lang=en");
		assertThat(page.body()).contains("<h1>Backups</h1>").contains("Download a backup now").doesNotContain("??");

		HttpResponse<String> download = admin.post("/admin/backup/download", Map.of());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"maillage-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip\"");
		assertThat(download.body()).startsWith("PK");
	}

	@Test
	void aBackupHoldsEveryTableAndTheSchemaVersion() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DatabaseBackup.Summary summary = this.backups.write(out);
		List<String> entries = new ArrayList<>();
		Properties manifest = new Properties();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
				if (entry.getName().equals("maillage-backup.properties")) {
					manifest.load(zip);
				}
			}
		}
		// V44__directory_version.sql is among the application's migrations.
		assertThat(manifest.getProperty("schema.migrations").split(",")).contains("44", "20", "10");
		assertThat(manifest.getProperty("table.count")).isEqualTo(String.valueOf(summary.tables()));
		assertThat(manifest.stringPropertyNames())
			.anySatisfy((key) -> assertThat(manifest.getProperty(key)).isEqualTo("public.event_registration"));
		assertThat(entries).contains("maillage-backup.properties").hasSize(summary.tables() + 1);
		assertThat(summary.rows()).isPositive();
	}

	@Test
	void theDailyBackupIsKeptForTheRetentionAndListedForDownload() throws Exception {
		// This JVM's own throw-away data folder, like the database.
		assertThat(this.backups.folder().getParent().getFileName().toString())
			.isEqualTo("run-" + ProcessHandle.current().pid());
		Files.createDirectories(this.backups.folder());
		Path old = this.backups.folder().resolve("maillage-2020-01-01-0230.zip");
		Files.writeString(old, "old");
		Files.setLastModifiedTime(old,
				FileTime.from(Instant.now().minus(Duration.ofDays(this.backups.keepDays() + 1))));
		Path notOurs = Files.writeString(this.backups.folder().resolve("notes.txt"), "kept");
		List<String> before = this.backups.kept().stream().map(Backups.Kept::name).toList();

		this.backups.daily();

		assertThat(old).doesNotExist();
		assertThat(notOurs).exists();
		List<String> added = this.backups.kept()
			.stream()
			.map(Backups.Kept::name)
			.filter((kept) -> !before.contains(kept))
			.toList();
		assertThat(added).hasSize(1);
		String name = added.get(0);
		assertThat(name).matches("maillage-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");

		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", PASSWORD);
		assertThat(admin.get("/admin/backup?lang=en").body()).contains("href=\"/admin/backup/files/" + name + "\"");
		HttpResponse<String> file = admin.get("/admin/backup/files/" + name);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).startsWith("PK");
		assertThat(admin.get("/admin/backup/files/notes.txt").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/backup/files/..%2Fpostgres.password").statusCode()).isGreaterThanOrEqualTo(400)
			.isLessThan(500);
	}

	@Test
	void staffAndVisitorsCannotReachBackups() {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(staff.get("/admin/backup").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/backup/files/maillage-2020-01-01-0230.zip").statusCode()).isEqualTo(403);
		assertThat(staff.post("/admin/backup/download", Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> visitor = new WebSession(this.port).get("/admin/backup");
		assertThat(visitor.statusCode()).isEqualTo(302);
		assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

}
