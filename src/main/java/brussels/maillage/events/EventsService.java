package brussels.maillage.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

/**
 * The events module's API: events and their sessions, the agenda, and registration with
 * capacity, waiting list, personal links and messages in the registrant's language. It is
 * implemented in {@code events.agenda}, which owns the events' tables and hands
 * registration and check-in to {@code events.registration}.
 */
public interface EventsService {

	/** The events' time zone: days and times of sessions are Brussels time. */
	ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

	/**
	 * The codes of the territories events are organised for, the region and its five
	 * bassins, as a regular expression for Bean Validation's {@code @Pattern}.
	 */
	String TERRITORY_CODES = "REGION|NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST";

	/** The territories events are organised for: the region first, then the bassins. */
	List<String> TERRITORIES = List.of(TERRITORY_CODES.split("\\|"));

	/** Creates an event; its address is placed in the territory. */
	UUID create(EventDraft draft);

	/** Creates an event answering a request or meeting of a community. */
	UUID create(EventDraft draft, UUID requestId, UUID communityId);

	/** Changes an event; sessions keep their attendance where their position remains. */
	void update(UUID id, EventDraft draft);

	/** An event with its sessions. */
	Optional<Event> event(UUID id);

	/** Public events with a session in [from, to), filtered, paged. */
	List<Event> agenda(Instant from, Instant to, AgendaFilter filter, int offset, int limit);

	/** How many public events have a session in [from, to), filtered. */
	long countAgenda(Instant from, Instant to, AgendaFilter filter);

	/** Every event, for staff. */
	List<Event> all(int limit);

	/** A page of the staff list: upcoming events from the soonest, or past ones. */
	List<Event> staffList(StaffListFilter filter, int offset, int limit);

	/** How many events the staff list holds for {@code filter}. */
	long countStaffList(StaffListFilter filter);

	/** Places taken and waiting lists of several events at once. */
	Map<UUID, Places> places(List<Event> events);

	/** Places taken and the waiting list's length. */
	Places places(UUID eventId);

	/**
	 * Registers a person: a place while there is one, otherwise the waiting list; the
	 * same e-mail again gets its personal link again. The place is decided in the
	 * statement that writes the registration, with the event row locked and its count of
	 * places read after the lock, so capacity is never exceeded.
	 * @throws RegistrationRefused when the event is unknown or closed, or the answers are
	 * invalid
	 */
	RegistrationResult register(UUID eventId, RegisterForEvent form) throws RegistrationRefused;

	/** The registration behind a personal link. */
	Optional<Registration> registrationByToken(String token);

	/**
	 * Cancels through a personal link; a freed place goes to the first person waiting,
	 * who is told.
	 * @return the cancelled registration, empty when the link is unknown
	 */
	Optional<Registration> cancel(String token);

	/** The registrants of an event, for staff; the access is written to the audit log. */
	List<Registration> registrants(UUID eventId);

	/**
	 * The check-in list of one session: confirmed registrants and who came; the access is
	 * written to the audit log.
	 */
	List<CheckInRow> checkIn(UUID eventId, UUID sessionId);

	/** Records whether a confirmed registrant came to a session. */
	void recordAttendance(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by);

	/**
	 * Sends the reminder to confirmed registrants of events starting within
	 * {@code before}; each person gets one.
	 * @return how many reminders were queued
	 */
	int sendDueReminders(Instant now, Duration before);

	/**
	 * Erases the registrants of events that ended more than {@code after} ago, keeping
	 * their counts for the figures.
	 * @return how many registrations were erased
	 */
	int eraseRegistrantsOfPastEvents(Instant now, Duration after);

	/**
	 * The scope a person must work for to manage what belongs to {@code territory} (an
	 * event, a request for a session, a community); the region's for an unknown one.
	 */
	static TerritoryScope scope(String territory) {
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
	record Places(int capacity, int confirmed, int waiting) {

		public int left() {
			return Math.max(this.capacity - this.confirmed, 0);
		}

	}

}
