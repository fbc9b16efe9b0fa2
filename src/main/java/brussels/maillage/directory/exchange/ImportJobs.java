package brussels.maillage.directory.exchange;

import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports started from the administration page run here, in the background, one at a
 * time; the page follows one by its id (so a reload finds it again) until its report is
 * ready. Finished imports are forgotten after an hour.
 */
@Component
class ImportJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	private final HsdsImport hsds;

	private final Clock clock;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "hsds-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(HsdsImport hsds, Clock clock) {
		this.hsds = hsds;
		this.clock = clock;
	}

	/**
	 * Queues an import (run as the signed-in user, for the audit log); its id.
	 */
	UUID start(Map<String, byte[]> files, ImportOptions options) {
		forgetOld();
		UUID id = UUID.randomUUID();
		Job job = new Job(id, options);
		this.jobs.put(id, job);
		this.executor.submit(new DelegatingSecurityContextRunnable(() -> {
			try {
				ImportReport report = this.hsds.importPackage(files, options, job::at);
				job.finish(report, false, this.clock.instant());
			}
			catch (RuntimeException ex) {
				LOG.warn("Import {} failed", id, ex);
				job.finish(null, true, this.clock.instant());
			}
		}));
		return id;
	}

	Optional<ImportStatus> status(UUID id) {
		Job job = (id != null) ? this.jobs.get(id) : null;
		return Optional.ofNullable(job).map(Job::status);
	}

	/** The report of a finished import. */
	Optional<ImportReport> report(UUID id) {
		Job job = (id != null) ? this.jobs.get(id) : null;
		return Optional.ofNullable(job).map((found) -> found.report);
	}

	private void forgetOld() {
		Instant limit = this.clock.instant().minus(KEPT);
		this.jobs.values().removeIf((job) -> job.finishedAt != null && job.finishedAt.isBefore(limit));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/** One import, updated by its thread and read by the page's requests. */
	private static final class Job {

		private final UUID id;

		private final ImportOptions options;

		private volatile String phase = "queued";

		private volatile long done;

		private volatile long total;

		private volatile ImportReport report;

		private volatile boolean failed;

		private volatile Instant finishedAt;

		Job(UUID id, ImportOptions options) {
			this.id = id;
			this.options = options;
		}

		void at(String phase, long done, long total) {
			this.phase = phase;
			this.done = done;
			this.total = total;
		}

		void finish(ImportReport report, boolean failed, Instant at) {
			this.report = report;
			this.failed = failed;
			this.phase = "finished";
			this.finishedAt = at;
		}

		ImportStatus status() {
			ImportReport finished = this.report;
			return new ImportStatus(this.id, this.phase, this.done, this.total, finished != null || this.failed,
					this.failed, finished,
					new ImportChoice(this.options.language(),
							this.options.validRows() ? "valid-rows" : "all-or-nothing",
							(this.options.source() != null) ? this.options.source() : "",
							this.options.managedElsewhere()));
		}

	}

}
