package brussels.maillage.events.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.events.Registration;
import brussels.maillage.events.RegistrationRefused;
import brussels.maillage.events.RegistrationResult;
import brussels.maillage.events.StaffListFilter;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's API ({@link EventsService}) as the agenda implements it: the events
 * and their sessions are its own, written and read through its repositories;
 * registration, check-in, reminders and erasure are handed to
 * {@link RegistrationService}.
 */
@Service
@Transactional(readOnly = true)
class Events implements EventsService {

	private final EventRepository events;

	private final EventListRepository lists;

	private final RegistrationService registration;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final Clock clock;

	Events(EventRepository events, EventListRepository lists, RegistrationService registration,
			TerritoryService territory, AuditLog audit, Clock clock) {
		this.events = events;
		this.lists = lists;
		this.registration = registration;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID create(EventDraft draft) {
		return create(draft, null, null);
	}

	@Override
	@Transactional
	public UUID create(EventDraft draft, UUID requestId, UUID communityId) {
		UUID id = UUID.randomUUID();
		this.events.insert(id, draft, place(draft), requestId, communityId);
		this.audit.record("event.created", "event", id, draft.kind().name());
		return id;
	}

	@Override
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

	@Override
	public Optional<Event> event(UUID id) {
		return this.events.find(id);
	}

	@Override
	public List<Event> agenda(Instant from, Instant to, AgendaFilter filter, int offset, int limit) {
		return this.lists.between(from, to, filter, offset, limit);
	}

	@Override
	public long countAgenda(Instant from, Instant to, AgendaFilter filter) {
		return this.lists.countBetween(from, to, filter);
	}

	@Override
	public List<Event> all(int limit) {
		return this.lists.all(limit);
	}

	@Override
	public List<Event> staffList(StaffListFilter filter, int offset, int limit) {
		return this.lists.staffList(filter, this.clock.instant(), offset, limit);
	}

	@Override
	public long countStaffList(StaffListFilter filter) {
		return this.lists.countStaffList(filter, this.clock.instant());
	}

	@Override
	public Map<UUID, Places> places(List<Event> events) {
		return this.registration.places(events);
	}

	@Override
	public Places places(UUID eventId) {
		return this.registration.places(this.events.find(eventId).orElseThrow());
	}

	@Override
	@Transactional
	public RegistrationResult register(UUID eventId, RegisterForEvent form) throws RegistrationRefused {
		return this.registration.register(eventId, form);
	}

	@Override
	public Optional<Registration> registrationByToken(String token) {
		return this.registration.registrationByToken(token);
	}

	@Override
	@Transactional
	public Optional<Registration> cancel(String token) {
		return this.registration.cancel(token);
	}

	@Override
	public List<Registration> registrants(UUID eventId) {
		return this.registration.registrants(eventId);
	}

	@Override
	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		return this.registration.checkIn(eventId, sessionId);
	}

	@Override
	@Transactional
	public void recordAttendance(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		this.registration.recordAttendance(eventId, sessionId, registrationId, present, by);
	}

	@Override
	@Transactional
	public int sendDueReminders(Instant now, Duration before) {
		return this.registration.sendDueReminders(now, before);
	}

	@Override
	@Transactional
	public int eraseRegistrantsOfPastEvents(Instant now, Duration after) {
		return this.registration.eraseRegistrants(this.lists.endedBefore(now.minus(after)));
	}

}
