package brussels.maillage.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.events.Registration;
import brussels.maillage.events.RegistrationRefused.Reason;
import brussels.maillage.events.RegistrationRefused;
import brussels.maillage.events.RegistrationResult.Outcome;
import brussels.maillage.events.RegistrationResult;
import brussels.maillage.events.RegistrationStatus;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration: a place while there is one, otherwise the waiting list, personal links,
 * cancellations that free a place for the first person waiting, reminders and the erasure
 * of past registrants, with the messages in the registrant's language.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

	private final EventRows events;

	private final RegistrationRepository registrations;

	private final EventMails mails;

	private final AuditLog audit;

	private final RegistrationChecks checks;

	private final Clock clock;

	private final RegistrationEvents forRegistration;

	private final Attendance attendance;

	RegistrationService(EventRows events, RegistrationRepository registrations, EventMails mails, AuditLog audit,
			RegistrationChecks checks, Clock clock, RegistrationEvents forRegistration, Attendance attendance) {
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.audit = audit;
		this.checks = checks;
		this.clock = clock;
		this.forRegistration = forRegistration;
		this.attendance = attendance;
	}

	/** Forgets the event kept for registration, once it has changed. */
	public void forget(UUID eventId) {
		this.forRegistration.forget(eventId);
	}

	/**
	 * Registers a person: a place while there is one, otherwise the waiting list; the
	 * same e-mail again gets its personal link again. The place is decided in the
	 * statement that writes the registration, with the event row locked and its count of
	 * places read after the lock, so capacity is never exceeded and registrations for one
	 * event queue only for that statement, the message for the outbox and the commit.
	 * @throws RegistrationRefused when the event is unknown or closed, or the answers are
	 * invalid
	 */
	@Transactional
	public RegistrationResult register(UUID eventId, RegisterForEvent form) {
		Event event = this.forRegistration.find(eventId)
			.orElseThrow(() -> new RegistrationRefused(Reason.NOT_FOUND, Map.of()));
		if (!event.openForRegistration(this.clock.instant())) {
			throw new RegistrationRefused(Reason.CLOSED, Map.of());
		}
		Map<String, String> problems = this.checks.problems(form, event.questions().size());
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(Reason.INVALID, problems);
		}
		List<String> answers = form.answers().subList(0, Math.min(form.answers().size(), event.questions().size()));
		Registration written = new Registration(UUID.randomUUID(), eventId, form.email(), form.name(),
				form.organisation(), form.language(), RegistrationStatus.WAITING, PersonalLinks.newToken(), answers,
				form.accessibility(), this.clock.instant());
		// The usual case in one statement; the same e-mail already there is looked at
		// after.
		Optional<RegistrationStatus> given = this.registrations.insertWithPlace(written);
		if (given.isEmpty()) {
			Optional<Registration> existing = this.registrations.registration(eventId, form.email());
			if (existing.isEmpty()) {
				// Not written and not there: the event was closed or removed meanwhile.
				this.forRegistration.forget(eventId);
				throw new RegistrationRefused(this.events.find(eventId).isPresent() ? Reason.CLOSED : Reason.NOT_FOUND,
						Map.of());
			}
			if (existing.get().status() != RegistrationStatus.CANCELLED) {
				return alreadyRegistered(event, existing.get());
			}
			written = new Registration(existing.get().id(), eventId, form.email(), form.name(), form.organisation(),
					form.language(), RegistrationStatus.WAITING, written.token(), answers, form.accessibility(),
					this.clock.instant());
			given = this.registrations.reactivateWithPlace(written);
			if (given.isEmpty()) {
				this.forRegistration.forget(eventId);
				throw new RegistrationRefused(Reason.CLOSED, Map.of());
			}
		}
		Registration registration = written.withStatus(given.get());
		if (given.get() == RegistrationStatus.CONFIRMED) {
			this.mails.confirmed(event, registration);
			return new RegistrationResult(Outcome.CONFIRMED, registration);
		}
		this.mails.waiting(event, registration);
		return new RegistrationResult(Outcome.WAITING, registration);
	}

	private RegistrationResult alreadyRegistered(Event event, Registration registration) {
		this.mails.alreadyRegistered(event, registration);
		return new RegistrationResult(Outcome.ALREADY_REGISTERED, registration);
	}

	/** The registration behind a personal link. */
	public Optional<Registration> registrationByToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return this.registrations.registrationByToken(token);
	}

	/**
	 * Cancels through a personal link; a freed place goes to the first person waiting,
	 * who is told.
	 * @return the cancelled registration, empty when the link is unknown
	 */
	@Transactional
	public Optional<Registration> cancel(String token) {
		Optional<Registration> found = registrationByToken(token);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Registration registration = found.get();
		this.events.lock(registration.eventId());
		// Read again under the lock: a concurrent cancellation may have changed it.
		registration = this.registrations.registrationByToken(token).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return Optional.of(registration);
		}
		Event event = this.events.find(registration.eventId()).orElseThrow();
		this.registrations.cancel(registration.id());
		this.mails.cancelled(event, registration);
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			promoteWaiting(event);
		}
		return this.registrations.registrationByToken(token);
	}

	private void promoteWaiting(Event event) {
		while (this.registrations.countConfirmed(event.id()) < event.capacity()) {
			Optional<Registration> next = this.registrations.firstWaiting(event.id());
			if (next.isEmpty()) {
				return;
			}
			this.registrations.promote(next.get().id());
			this.mails.promoted(event, next.get());
		}
	}

	/** Places taken and waiting lists of several events at once. */
	public Map<UUID, EventsService.Places> places(List<Event> events) {
		Map<UUID, RegistrationRepository.Counts> counts = this.registrations
			.counts(events.stream().map(Event::id).toList());
		Map<UUID, EventsService.Places> places = new LinkedHashMap<>();
		for (Event event : events) {
			RegistrationRepository.Counts count = counts.getOrDefault(event.id(), RegistrationRepository.Counts.NONE);
			places.put(event.id(), new EventsService.Places(event.capacity(), count.confirmed(), count.waiting()));
		}
		return places;
	}

	/** Places taken and the waiting list's length of an event. */
	public EventsService.Places places(Event event) {
		RegistrationRepository.Counts counts = this.registrations.counts(event.id());
		return new EventsService.Places(event.capacity(), counts.confirmed(), counts.waiting());
	}

	/**
	 * The check-in list of one session: confirmed registrants and who came; the access is
	 * written to the audit log.
	 */
	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		return this.attendance.checkIn(eventId, sessionId);
	}

	/** Records whether a confirmed registrant came to a session. */
	@Transactional
	public void recordAttendance(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		this.attendance.record(eventId, sessionId, registrationId, present, by);
	}

	/** Whether a registrant came to a session, as the demo records it. */
	@Transactional
	public void recordAttendanceForDemo(UUID sessionId, UUID registrationId, boolean present) {
		this.attendance.recordForDemo(sessionId, registrationId, present);
	}

	/** A confirmed registration, already reminded, as the demo writes it. */
	@Transactional
	public void insertConfirmedForDemo(UUID id, UUID eventId, String email, String name, String organisation,
			String language, String answersJson) {
		this.registrations.insertConfirmed(id, eventId, email, name, organisation, language, answersJson);
	}

	/**
	 * Keeps the counts of an event whose registrants were erased, and marks them erased,
	 * as the demo writes them.
	 */
	@Transactional
	public void keepFiguresForDemo(UUID eventId, int registrants) {
		this.registrations.keepFigures(eventId, registrants);
		this.events.markRegistrantsErased(eventId);
	}

	/** The registrants of an event, for staff; the access is written to the audit log. */
	public List<Registration> registrants(UUID eventId) {
		List<Registration> all = this.registrations.registrations(eventId);
		this.audit.record("event.registrants.viewed", "event", eventId, AuditLog.details("registrations", all.size()));
		return all;
	}

	/**
	 * Sends the reminder to confirmed registrants of events starting within
	 * {@code before}; each person gets one.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int sendDueReminders(Instant now, Duration before) {
		List<Registration> due = this.registrations.dueReminders(now, now.plus(before));
		for (Registration registration : due) {
			this.mails.reminder(this.events.find(registration.eventId()).orElseThrow(), registration);
			this.registrations.markReminded(registration.id());
		}
		return due.size();
	}

	/**
	 * Erases the registrants of these events (past ones), keeping their counts for the
	 * figures; each erasure is written to the audit log.
	 * @return how many registrations were erased
	 */
	@Transactional
	public int eraseRegistrants(List<UUID> eventIds) {
		int erased = 0;
		for (UUID eventId : eventIds) {
			int count = eraseRegistrants(eventId);
			erased += count;
			this.audit.record("event.registrants.erased", "event", eventId,
					AuditLog.details("registrations-erased", count));
		}
		return erased;
	}

	/**
	 * Keeps the event's counts, then erases its registrants (attendance goes with them).
	 * @return how many registrations were erased
	 */
	@Transactional
	public int eraseRegistrants(UUID eventId) {
		int erased = this.registrations.eraseRegistrants(eventId);
		this.events.markRegistrantsErased(eventId);
		return erased;
	}

	/**
	 * What registration reads and marks of an event's row, given by the agenda, whose
	 * repository is the one writer of the {@code event} table.
	 */
	public interface EventRows {

		/** An event with its sessions. */
		Optional<Event> find(UUID id);

		/**
		 * Locks the event row for the rest of the transaction (registrations queue here).
		 */
		boolean lock(UUID id);

		/** Marks that the event's registrants were erased (its counts are kept). */
		void markRegistrantsErased(UUID eventId);

	}

}
