package brussels.maillage.events.registration;

import java.time.Clock;

import brussels.maillage.events.settings.EventsProperties;
import brussels.maillage.events.EventsService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled work of the events module, once across instances: reminders before events,
 * and erasure of registrants' data after them.
 */
@Component
class EventJobs {

	private static final Logger log = LoggerFactory.getLogger(EventJobs.class);

	private final EventsService events;

	private final EventsProperties properties;

	private final Clock clock;

	EventJobs(EventsService events, EventsProperties properties, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${maillage.events.reminder-interval:PT15M}",
			initialDelayString = "${maillage.events.reminder-initial-delay:PT2M}")
	@SchedulerLock(name = "events.reminders", lockAtMostFor = "PT10M")
	void sendReminders() {
		int sent = this.events.sendDueReminders(this.clock.instant(), this.properties.reminderBefore());
		if (sent > 0) {
			log.info("Queued {} event reminders", sent);
		}
	}

	@Scheduled(cron = "${maillage.events.erase-cron:0 23 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "events.erase-registrants", lockAtMostFor = "PT30M")
	void eraseRegistrants() {
		int erased = this.events.eraseRegistrantsOfPastEvents(this.clock.instant(),
				this.properties.eraseRegistrantsAfter());
		if (erased > 0) {
			log.info("Erased {} registrations of past events", erased);
		}
	}

}
