package brussels.maillage.events.registration;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance in PostgreSQL: the only writer of the {@code event_attendance} table. */
@Repository
class AttendanceRepository {

	private final JdbcClient jdbc;

	AttendanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID sessionId, UUID registrationId, boolean present, String by) {
		this.jdbc.sql("""
				insert into event_attendance (session_id, registration_id, present, recorded_by) values (?, ?, ?, ?)
				on conflict (session_id, registration_id)
				do update set present = excluded.present, recorded_at = now(), recorded_by = excluded.recorded_by""")
			.params(sessionId, registrationId, present, by)
			.update();
	}

	/** Whether a registrant came to a session, as the demo writes it. */
	void insertForDemo(UUID sessionId, UUID registrationId, boolean present) {
		this.jdbc.sql(
				"insert into event_attendance (session_id, registration_id, present, recorded_by) values (?, ?, ?, 'demo')")
			.params(sessionId, registrationId, present)
			.update();
	}

}
