package brussels.maillage.helpdesk.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import brussels.maillage.helpdesk.settings.HelpdeskProperties;
import brussels.maillage.helpdesk.HelpdeskService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the free text of requests older than the retention period, once a night across
 * instances; the coded fields stay, so the statistics do not change.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RequestService requests;

	private final HelpdeskProperties properties;

	private final Clock clock;

	RetentionJob(RequestService requests, HelpdeskProperties properties, Clock clock) {
		this.requests = requests;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${maillage.helpdesk.retention-cron:0 30 2 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "helpdesk.retention", lockAtMostFor = "PT1H")
	void eraseOldFreeText() {
		int erased = eraseBefore(ZonedDateTime.now(this.clock.withZone(HelpdeskService.TIME_ZONE))
			.minus(this.properties.retention())
			.toInstant());
		if (erased > 0) {
			log.info("Helpdesk retention: free text of {} requests erased", erased);
		}
	}

	int eraseBefore(Instant before) {
		return this.requests.eraseFreeText(before);
	}

}
