package brussels.maillage.events.registration;

import java.util.List;
import java.util.UUID;

import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Event;
import brussels.maillage.events.RegistrationStatus;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Who came to each session of an event: the check-in list of a session (its confirmed
 * registrants), each access to it logged, and what staff record on it; in the
 * transactions of {@link RegistrationService}.
 */
@Component
class Attendance {

	private final RegistrationService.EventRows events;

	private final RegistrationRepository registrations;

	private final AttendanceRepository attendance;

	private final AuditLog audit;

	Attendance(RegistrationService.EventRows events, RegistrationRepository registrations,
			AttendanceRepository attendance, AuditLog audit) {
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.audit = audit;
	}

	/** The confirmed registrants of a session and who came; the access is logged. */
	List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		List<CheckInRow> rows = this.registrations.checkIn(eventId, sessionId);
		this.audit.record("event.checkin.viewed", "event", eventId, AuditLog.details("session", sessionId));
		return rows;
	}

	/**
	 * Records whether a confirmed registrant of the event came to one of its sessions.
	 */
	void record(UUID eventId, UUID sessionId, UUID registrationId, boolean present, String by) {
		Event event = this.events.find(eventId).orElseThrow();
		boolean known = event.sessions().stream().anyMatch((session) -> session.id().equals(sessionId));
		boolean registered = this.registrations.registrations(eventId)
			.stream()
			.anyMatch((registration) -> registration.id().equals(registrationId)
					&& registration.status() == RegistrationStatus.CONFIRMED);
		if (!known || !registered) {
			throw new IllegalArgumentException("Not a confirmed registrant of this session");
		}
		this.attendance.record(sessionId, registrationId, present, by);
	}

	/** Whether a registrant came to a session, as the demo records it. */
	void recordForDemo(UUID sessionId, UUID registrationId, boolean present) {
		this.attendance.insertForDemo(sessionId, registrationId, present);
	}

}
