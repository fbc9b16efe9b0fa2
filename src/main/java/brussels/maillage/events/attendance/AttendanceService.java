package brussels.maillage.events.attendance;

import java.util.List;
import java.util.UUID;

import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Event;
import brussels.maillage.events.agenda.EventRepository;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The check-in list of a session and who came, each access to the list logged. */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

	private final EventRepository events;

	private final RegistrationService registrations;

	private final AttendanceRepository attendance;

	private final AuditLog audit;

	AttendanceService(EventRepository events, RegistrationService registrations, AttendanceRepository attendance,
			AuditLog audit) {
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.audit = audit;
	}

	/**
	 * The check-in list of one session: confirmed registrants and who came; the access is
	 * written to the audit log.
	 */
	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		List<CheckInRow> rows = this.registrations.checkInRows(eventId, sessionId);
		this.audit.record("event.checkin.viewed", "event", eventId, "session " + sessionId);
		return rows;
	}

	/** Records whether a confirmed registrant came to a session. */
	@Transactional
	public void record(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		Event event = this.events.find(eventId).orElseThrow();
		boolean known = event.sessions().stream().anyMatch((session) -> session.id().equals(sessionId));
		boolean registered = this.registrations.isConfirmed(eventId, registrationId);
		if (!known || !registered) {
			throw new IllegalArgumentException("Not a confirmed registrant of this session");
		}
		this.attendance.record(sessionId, registrationId, present, by);
	}

	/** Whether a registrant came to a session, as the demo records it. */
	@Transactional
	public void recordForDemo(UUID sessionId, UUID registrationId, boolean present) {
		this.attendance.insertForDemo(sessionId, registrationId, present);
	}

}
