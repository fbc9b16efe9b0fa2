package brussels.maillage.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.agenda.EventListRepository;
import brussels.maillage.events.agenda.EventRepository;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.TerritoryScope;
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

	/** The events' time zone: days and times of sessions are Brussels time. */
	public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

	/**
	 * The codes of the territories events are organised for, the region and its five
	 * bassins, as a regular expression for Bean Validation's {@code @Pattern}.
	 */
	public static final String TERRITORY_CODES = "REGION|NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST";

	/** The territories events are organised for: the region first, then the bassins. */
	public static final List<String> TERRITORIES = List.of(TERRITORY_CODES.split("\\|"));

	private final EventRepository events;

	private final EventListRepository lists;

	private final RegistrationService registration;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final Clock clock;

	EventsService(EventRepository events, EventListRepository lists, RegistrationService registration,
			TerritoryService territory, AuditLog audit, Clock clock) {
		this.events = events;
		this.lists = lists;
		this.registration = registration;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
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
		this.events.insert(id, draft, place(draft), requestId, communityId);
		this.audit.record("event.created", "event", id, draft.kind().name());
		return id;
	}

	/** Changes an event; sessions keep their attendance where their position remains. */
	@Transactional
	public void update(UUID id, EventDraft draft) {
		this.events.update(id, draft, place(draft));
		this.registration.forget(id);
		this.audit.record("event.changed", "event", id, draft.kind().name());
	}

	private EventRepository.Placed place(EventDraft draft) {
		if (draft.online() || draft.postcode() == null) {
			return EventRepository.Placed.NOWHERE;
		}
		try {
			Placement placement = this.territory.place(draft.postcode());
			return new EventRepository.Placed(placement.communeNis(), placement.bassin(), placement.certainty().name());
		}
		catch (RuntimeException ex) {
			// Not a Brussels postcode: the event still takes place, unplaced.
			return EventRepository.Placed.NOWHERE;
		}
	}

	public Optional<Event> event(UUID id) {
		return this.events.find(id);
	}

	/** Public events with a session in [from, to), filtered, paged. */
	public List<Event> agenda(Instant from, Instant to, AgendaFilter filter, int offset, int limit) {
		return this.lists.between(from, to, filter, offset, limit);
	}

	public long countAgenda(Instant from, Instant to, AgendaFilter filter) {
		return this.lists.countBetween(from, to, filter);
	}

	/** Every event, for staff. */
	public List<Event> all(int limit) {
		return this.lists.all(limit);
	}

	/** A page of the staff list: upcoming events from the soonest, or past ones. */
	public List<Event> staffList(StaffListFilter filter, int offset, int limit) {
		return this.lists.staffList(filter, this.clock.instant(), offset, limit);
	}

	/** How many events the staff list holds for {@code filter}. */
	public long countStaffList(StaffListFilter filter) {
		return this.lists.countStaffList(filter, this.clock.instant());
	}

	/** Places taken and waiting lists of several events at once. */
	public Map<UUID, Places> places(List<Event> events) {
		return this.registration.places(events);
	}

	/** Places taken and the waiting list's length. */
	public Places places(UUID eventId) {
		return this.registration.places(this.events.find(eventId).orElseThrow());
	}

	/**
	 * Registers a person: a place while there is one, otherwise the waiting list; the
	 * same e-mail again gets its personal link again. The place is decided in the
	 * statement that writes the registration, with the event row locked and its count of
	 * places read after the lock, so capacity is never exceeded.
	 * @throws RegistrationRefused when the event is unknown or closed, or the answers are
	 * invalid
	 */
	@Transactional
	public RegistrationResult register(UUID eventId, RegisterForEvent form) throws RegistrationRefused {
		return this.registration.register(eventId, form);
	}

	/** The registration behind a personal link. */
	public Optional<Registration> registrationByToken(String token) {
		return this.registration.registrationByToken(token);
	}

	/**
	 * Cancels through a personal link; a freed place goes to the first person waiting,
	 * who is told.
	 * @return the cancelled registration, empty when the link is unknown
	 */
	@Transactional
	public Optional<Registration> cancel(String token) {
		return this.registration.cancel(token);
	}

	/** The registrants of an event, for staff; the access is written to the audit log. */
	public List<Registration> registrants(UUID eventId) {
		return this.registration.registrants(eventId);
	}

	/**
	 * The check-in list of one session: confirmed registrants and who came; the access is
	 * written to the audit log.
	 */
	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		return this.registration.checkIn(eventId, sessionId);
	}

	/** Records whether a confirmed registrant came to a session. */
	@Transactional
	public void recordAttendance(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		this.registration.recordAttendance(eventId, sessionId, registrationId, present, by);
	}

	/**
	 * Sends the reminder to confirmed registrants of events starting within
	 * {@code before}; each person gets one.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int sendDueReminders(Instant now, Duration before) {
		return this.registration.sendDueReminders(now, before);
	}

	/**
	 * Erases the registrants of events that ended more than {@code after} ago, keeping
	 * their counts for the figures.
	 * @return how many registrations were erased
	 */
	@Transactional
	public int eraseRegistrantsOfPastEvents(Instant now, Duration after) {
		return this.registration.eraseRegistrantsOfPastEvents(now, after);
	}

	/**
	 * The scope a person must work for to manage what belongs to {@code territory} (an
	 * event, a request for a session, a community); the region's for an unknown one.
	 */
	public static TerritoryScope scope(String territory) {
		try {
			return TerritoryScope.valueOf(territory);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return TerritoryScope.REGION;
		}
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
