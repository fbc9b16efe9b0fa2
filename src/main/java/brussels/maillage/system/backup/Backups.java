package brussels.maillage.system.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import brussels.maillage.system.database.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Backups taken by the running application: on demand (the administrators' download) and
 * daily into a folder, where they are kept for a number of days.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final Pattern KEPT_NAME = Pattern.compile("maillage-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");

	private final DataSource dataSource;

	private final boolean daily;

	private final Path folder;

	private final int keepDays;

	private final ZoneId zone;

	private final Clock clock = Clock.systemUTC();

	Backups(DataSource dataSource, BackupProperties properties, Environment environment,
			ObjectProvider<EmbeddedPostgres> embedded) {
		this.dataSource = dataSource;
		this.daily = (properties.daily() != null) ? properties.daily()
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		this.folder = (StringUtils.hasText(properties.folder()) ? Path.of(properties.folder().strip())
				: embedded.stream()
					.findFirst()
					.map(EmbeddedPostgres::dataDir)
					.orElseGet(() -> Path.of(environment.getProperty("maillage.data-dir", "./data")))
					.resolve("backups"))
			.toAbsolutePath()
			.normalize();
		this.keepDays = properties.keptDays();
		this.zone = ZoneId.of(environment.getProperty("maillage.time-zone", "Europe/Brussels"));
	}

	/** Writes a backup of the database, one consistent snapshot, to {@code out}. */
	DatabaseBackup.Summary write(OutputStream out) throws IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			return DatabaseBackup.write(connection, out, null);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The backup could not read the database: " + ex.getMessage(), ex);
		}
	}

	/** The daily backup, then the removal of those older than the retention. */
	@Scheduled(cron = "${maillage.backup.cron:0 30 2 * * *}", zone = "${maillage.time-zone:Europe/Brussels}")
	@SchedulerLock(name = "system.daily-backup", lockAtMostFor = "PT3H")
	void daily() {
		if (!this.daily) {
			return;
		}
		try {
			Path file = writeKept();
			int removed = removeExpired();
			log.info("Daily backup written to {} ({} bytes); {} older than {} days removed", file, Files.size(file),
					removed, this.keepDays);
		}
		catch (IOException | RuntimeException ex) {
			log.error("The daily backup failed: {}", ex.getMessage());
		}
	}

	/** Writes a backup into the folder of kept backups; its path. */
	Path writeKept() throws IOException {
		Files.createDirectories(this.folder);
		Path target = this.folder.resolve("maillage-"
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").format(this.clock.instant().atZone(this.zone))
				+ ".zip");
		Path partial = Files.createTempFile(this.folder, ".maillage-backup", ".part");
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
				write(out);
			}
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Removes the kept backups older than the retention; how many. */
	int removeExpired() throws IOException {
		Instant limit = this.clock.instant().minus(Duration.ofDays(this.keepDays));
		int removed = 0;
		for (Kept kept : kept()) {
			if (kept.modified().isBefore(limit)) {
				Files.deleteIfExists(this.folder.resolve(kept.name()));
				removed++;
			}
		}
		return removed;
	}

	/** The kept backups, newest first. */
	List<Kept> kept() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter((file) -> KEPT_NAME.matcher(file.getFileName().toString()).matches())
				.map(Backups::describe)
				.sorted(Comparator.comparing(Kept::modified).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the backups in " + this.folder, ex);
		}
	}

	/** A kept backup by its name, only if it is one. */
	Optional<Path> keptFile(String name) {
		if (name == null || !KEPT_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = this.folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	boolean dailyEnabled() {
		return this.daily;
	}

	Path folder() {
		return this.folder;
	}

	int keepDays() {
		return this.keepDays;
	}

	private static Kept describe(Path file) {
		try {
			return new Kept(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant(),
					Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A backup file in the folder of kept backups. */
	record Kept(String name, Instant modified, long size) {
	}

}
