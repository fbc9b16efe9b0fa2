package brussels.maillage.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.RegistrationRefused.Reason;
import brussels.maillage.events.RegistrationResult.Outcome;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's API: events and their sessions, the agenda, and registration with
 * capacity, waiting list, personal links and messages in the registrant's language.
 */
@Service
@Transactional(readOnly = true)
public class EventsService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventStore store;

	private final EventMails mails;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final Clock clock;

	/** How long registration keeps an event it has read. */
	static final java.time.Duration FOR_REGISTRATION = java.time.Duration.ofSeconds(2);

	private final Map<UUID, KeptEvent> forRegistration = new java.util.concurrent.ConcurrentHashMap<>();

	EventsService(EventStore store, EventMails mails, TerritoryService territory, AuditLog audit) {
		this.store = store;
		this.mails = mails;
		this.territory = territory;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/** Creates an event; its address is placed in the territory. */
	@Transactional
	public UUID create(EventDraft draft) {
		return create(draft, null, null);
	}

	/** Creates an event answering a request or meeting of a community. */
	@Transactional
	public UUID create(EventDraft draft, UUID requestId, UUID communityId) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, draft, place(draft), requestId, communityId);
		this.audit.record("event.created", "event", id, draft.kind().name());
		return id;
	}

	/** Changes an event; sessions keep their attendance where their position remains. */
	@Transactional
	public void update(UUID id, EventDraft draft) {
		this.store.update(id, draft, place(draft));
		this.forRegistration.remove(id);
		this.audit.record("event.changed", "event", id, draft.kind().name());
	}

	private EventStore.Placed place(EventDraft draft) {
		if (draft.online() || draft.postcode() == null) {
			return EventStore.Placed.NOWHERE;
		}
		try {
			Placement placement = this.territory.place(draft.postcode());
			return new EventStore.Placed(placement.communeNis(), placement.bassin(), placement.certainty().name());
		}
		catch (RuntimeException ex) {
			// Not a Brussels postcode: the event still takes place, unplaced.
			return EventStore.Placed.NOWHERE;
		}
	}

	public Optional<Event> event(UUID id) {
		return this.store.find(id);
	}

	/** Public events with a session in [from, to), filtered, paged. */
	public List<Event> agenda(Instant from, Instant to, AgendaFilter filter, int offset, int limit) {
		return this.store.between(from, to, filter, offset, limit);
	}

	public long countAgenda(Instant from, Instant to, AgendaFilter filter) {
		return this.store.countBetween(from, to, filter);
	}

	/** Every event, for staff. */
	public List<Event> all(int limit) {
		return this.store.all(limit);
	}

	/** A page of the staff list: upcoming events from the soonest, or past ones. */
	public List<Event> staffList(StaffListFilter filter, int offset, int limit) {
		return this.store.staffList(filter, Instant.now(), offset, limit);
	}

	/** How many events the staff list holds for {@code filter}. */
	public long countStaffList(StaffListFilter filter) {
		return this.store.countStaffList(filter, Instant.now());
	}

	/** Places taken and waiting lists of several events at once. */
	public Map<UUID, Places> places(List<Event> events) {
		Map<UUID, EventStore.Counts> counts = this.store.counts(events.stream().map(Event::id).toList());
		Map<UUID, Places> places = new java.util.LinkedHashMap<>();
		for (Event event : events) {
			EventStore.Counts count = counts.getOrDefault(event.id(), new EventStore.Counts(0, 0));
			places.put(event.id(), new Places(event.capacity(), count.confirmed(), count.waiting()));
		}
		return places;
	}

	/** Places taken and the waiting list's length. */
	public Places places(UUID eventId) {
		Event event = this.store.find(eventId).orElseThrow();
		EventStore.Counts counts = this.store.counts(eventId);
		return new Places(event.capacity(), counts.confirmed(), counts.waiting());
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
		Event event = eventForRegistration(eventId)
			.orElseThrow(() -> new RegistrationRefused(Reason.NOT_FOUND, Map.of()));
		if (!event.openForRegistration(this.clock.instant())) {
			throw new RegistrationRefused(Reason.CLOSED, Map.of());
		}
		Map<String, String> problems = form.problems(event.questions().size());
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(Reason.INVALID, problems);
		}
		List<String> answers = form.answers().subList(0, Math.min(form.answers().size(), event.questions().size()));
		Registration written = new Registration(UUID.randomUUID(), eventId, form.email(), form.name(),
				form.organisation(), form.language(), RegistrationStatus.WAITING, newToken(), answers,
				form.accessibility(), this.clock.instant());
		// The usual case in one statement; the same e-mail already there is looked at
		// after.
		Optional<RegistrationStatus> given = this.store.insertWithPlace(written);
		if (given.isEmpty()) {
			Optional<Registration> existing = this.store.registration(eventId, form.email());
			if (existing.isEmpty()) {
				// Not written and not there: the event was closed or removed meanwhile.
				this.forRegistration.remove(eventId);
				throw new RegistrationRefused(this.store.find(eventId).isPresent() ? Reason.CLOSED : Reason.NOT_FOUND,
						Map.of());
			}
			if (existing.get().status() != RegistrationStatus.CANCELLED) {
				return alreadyRegistered(event, existing.get());
			}
			written = new Registration(existing.get().id(), eventId, form.email(), form.name(), form.organisation(),
					form.language(), RegistrationStatus.WAITING, written.token(), answers, form.accessibility(),
					this.clock.instant());
			given = this.store.reactivateWithPlace(written);
			if (given.isEmpty()) {
				this.forRegistration.remove(eventId);
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

	/**
	 * The event as registration reads it (to check the answers and write the message):
	 * kept for {@link #FOR_REGISTRATION} so that a rush of registrations does not read it
	 * again each time. What must be exact is checked again in the statement that writes
	 * the registration (published, not begun, places left).
	 */
	private Optional<Event> eventForRegistration(UUID id) {
		long now = System.nanoTime();
		KeptEvent kept = this.forRegistration.get(id);
		if (kept != null && now - kept.readAt() < FOR_REGISTRATION.toNanos()) {
			return Optional.of(kept.event());
		}
		Optional<Event> event = this.store.find(id);
		if (this.forRegistration.size() > 1000) {
			this.forRegistration.values().removeIf((old) -> now - old.readAt() >= FOR_REGISTRATION.toNanos());
		}
		event.ifPresent((found) -> this.forRegistration.put(id, new KeptEvent(found, now)));
		return event;
	}

	private record KeptEvent(Event event, long readAt) {
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
		return this.store.registrationByToken(token);
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
		this.store.lock(registration.eventId());
		// Read again under the lock: a concurrent cancellation may have changed it.
		registration = this.store.registrationByToken(token).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return Optional.of(registration);
		}
		Event event = this.store.find(registration.eventId()).orElseThrow();
		this.store.cancel(registration.id());
		this.mails.cancelled(event, registration);
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			promoteWaiting(event);
		}
		return this.store.registrationByToken(token);
	}

	private void promoteWaiting(Event event) {
		while (this.store.countConfirmed(event.id()) < event.capacity()) {
			Optional<Registration> next = this.store.firstWaiting(event.id());
			if (next.isEmpty()) {
				return;
			}
			this.store.promote(next.get().id());
			this.mails.promoted(event, next.get());
		}
	}

	/** The registrants of an event, for staff; the access is written to the audit log. */
	public List<Registration> registrants(UUID eventId) {
		List<Registration> registrations = this.store.registrations(eventId);
		this.audit.record("event.registrants.viewed", "event", eventId, registrations.size() + " registrations");
		return registrations;
	}

	/**
	 * The check-in list of one session: confirmed registrants and who came; the access is
	 * written to the audit log.
	 */
	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		List<CheckInRow> rows = this.store.checkIn(eventId, sessionId);
		this.audit.record("event.checkin.viewed", "event", eventId, "session " + sessionId);
		return rows;
	}

	/** Records whether a confirmed registrant came to a session. */
	@Transactional
	public void recordAttendance(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		Event event = this.store.find(eventId).orElseThrow();
		boolean known = event.sessions().stream().anyMatch((session) -> session.id().equals(sessionId));
		boolean registered = this.store.registrations(eventId)
			.stream()
			.anyMatch((registration) -> registration.id().equals(registrationId)
					&& registration.status() == RegistrationStatus.CONFIRMED);
		if (!known || !registered) {
			throw new IllegalArgumentException("Not a confirmed registrant of this session");
		}
		this.store.recordAttendance(sessionId, registrationId, present, by);
	}

	/**
	 * Sends the reminder to confirmed registrants of events starting within
	 * {@code before}; each person gets one.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int sendDueReminders(Instant now, java.time.Duration before) {
		List<Registration> due = this.store.dueReminders(now, now.plus(before));
		for (Registration registration : due) {
			this.mails.reminder(this.store.find(registration.eventId()).orElseThrow(), registration);
			this.store.markReminded(registration.id());
		}
		return due.size();
	}

	/**
	 * Erases the registrants of events that ended more than {@code after} ago, keeping
	 * their counts for the figures.
	 * @return how many registrations were erased
	 */
	@Transactional
	public int eraseRegistrantsOfPastEvents(Instant now, java.time.Duration after) {
		int erased = 0;
		for (UUID eventId : this.store.endedBefore(now.minus(after))) {
			int count = this.store.eraseRegistrants(eventId);
			erased += count;
			this.audit.record("event.registrants.erased", "event", eventId, count + " registrations erased");
		}
		return erased;
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * How full an event is.
	 *
	 * @param capacity places
	 * @param confirmed places taken
	 * @param waiting people on the waiting list
	 */
	public record Places(int capacity, int confirmed, int waiting) {

		public int left() {
			return Math.max(this.capacity - this.confirmed, 0);
		}

	}

}
