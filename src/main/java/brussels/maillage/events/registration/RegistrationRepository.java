package brussels.maillage.events.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.CheckInRow;
import brussels.maillage.events.Registration;
import brussels.maillage.events.RegistrationStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registrations in PostgreSQL, with explicit SQL: the only writer of the
 * {@code event_registration} table and of {@code event_figures}, the counts kept when the
 * registrants of a past event are erased.
 */
@Repository
class RegistrationRepository {

	/**
	 * The event row locked and whether a place is left, read after the lock; no row when
	 * the event is no longer open for registration (not published, or begun).
	 */
	private static final String SEAT = """
			with seat as (select confirmed_count < capacity as place from event
				where id = :event and status = 'PUBLISHED'
					and (select min(starts_at) from event_session where event_id = :event) > now() for update)
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RegistrationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private List<String> strings(String value) {
		return (value != null) ? this.json.readValue(value, new TypeReference<List<String>>() {
		}) : List.of();
	}

	/** Places taken and people waiting for each event. */
	public Map<UUID, Counts> counts(Collection<UUID> eventIds) {
		Map<UUID, Counts> counts = new LinkedHashMap<>();
		if (eventIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select event_id, count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting
				from event_registration where event_id in (:ids) group by event_id""")
			.param("ids", eventIds)
			.query((rs, row) -> counts.put(rs.getObject("event_id", UUID.class),
					new Counts(rs.getInt("confirmed"), rs.getInt("waiting"))))
			.list();
		return counts;
	}

	public Optional<Registration> registration(UUID eventId, String email) {
		return this.jdbc.sql("select * from event_registration where event_id = ? and email = ?")
			.params(eventId, email)
			.query(this::registration)
			.optional();
	}

	public Optional<Registration> registrationByToken(String token) {
		return this.jdbc.sql("select * from event_registration where token = ?")
			.param(token)
			.query(this::registration)
			.optional();
	}

	public List<Registration> registrations(UUID eventId) {
		return this.jdbc.sql("""
				select * from event_registration where event_id = ?
				order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end,
					coalesce(waiting_since, created_at), lower(name)""")
			.param(eventId)
			.query(this::registration)
			.list();
	}

	public int countConfirmed(UUID eventId) {
		return this.jdbc.sql("select count(*) from event_registration where event_id = ? and status = 'CONFIRMED'")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	public Counts counts(UUID eventId) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting
				from event_registration where event_id = ?""").param(eventId).query(Counts.class).single();
	}

	/**
	 * Writes a new registration and gives it a place if one is left, in one statement:
	 * the event row is locked there and its count of places taken (kept by a trigger) is
	 * read after the lock, so registrations for one event queue only for this statement
	 * and the commit.
	 * @return the status given; empty when the e-mail is already registered for the
	 * event, or the event is no longer open (not published, or begun)
	 */
	public Optional<RegistrationStatus> insertWithPlace(Registration registration) {
		return withPlace(
				SEAT + """
						insert into event_registration (id, event_id, email, name, organisation, language, status, token, answers,
							accessibility, consented_at, waiting_since)
						select :id, :event, :email, :name, :organisation, :language,
							case when place then 'CONFIRMED' else 'WAITING' end, :token, cast(:answers as jsonb), :accessibility,
							now(), case when place then null else clock_timestamp() end
						from seat
						on conflict (event_id, email) do nothing
						returning status""",
				registration);
	}

	/**
	 * Registers again someone who had cancelled (same row, new answers, new token), with
	 * a place if one is left, decided as in {@link #insertWithPlace}.
	 * @return the status given; empty when the event is no longer open
	 */
	public Optional<RegistrationStatus> reactivateWithPlace(Registration registration) {
		return withPlace(SEAT + """
				update event_registration set name = :name, organisation = :organisation, language = :language,
					status = case when place then 'CONFIRMED' else 'WAITING' end, token = :token,
					answers = cast(:answers as jsonb), accessibility = :accessibility, consented_at = now(),
					created_at = now(), waiting_since = case when place then null else clock_timestamp() end,
					cancelled_at = null, promoted_at = null, reminded_at = null
				from seat
				where id = :id
				returning status""", registration);
	}

	private Optional<RegistrationStatus> withPlace(String sql, Registration registration) {
		return this.jdbc.sql(sql)
			.param("id", registration.id())
			.param("event", registration.eventId())
			.param("email", registration.email())
			.param("name", registration.name())
			.param("organisation", registration.organisation())
			.param("language", registration.language())
			.param("token", registration.token())
			.param("answers", this.json.writeValueAsString(registration.answers()))
			.param("accessibility", registration.accessibility())
			.query(String.class)
			.optional()
			.map(RegistrationStatus::valueOf);
	}

	public void cancel(UUID registrationId) {
		this.jdbc.sql("update event_registration set status = 'CANCELLED', cancelled_at = now() where id = ?")
			.param(registrationId)
			.update();
	}

	public Optional<Registration> firstWaiting(UUID eventId) {
		return this.jdbc.sql("""
				select * from event_registration where event_id = ? and status = 'WAITING'
				order by waiting_since, created_at limit 1""").param(eventId).query(this::registration).optional();
	}

	public void promote(UUID registrationId) {
		this.jdbc.sql("update event_registration set status = 'CONFIRMED', promoted_at = now() where id = ?")
			.param(registrationId)
			.update();
	}

	public List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		return this.jdbc.sql("""
				select r.*, a.present from event_registration r
				left join event_attendance a on a.registration_id = r.id and a.session_id = ?
				where r.event_id = ? and r.status = 'CONFIRMED' order by lower(r.name), r.email""")
			.params(sessionId, eventId)
			.query((rs, row) -> new CheckInRow(registration(rs, row), (Boolean) rs.getObject("present")))
			.list();
	}

	/**
	 * Confirmed registrations whose event starts before {@code until} and that had no
	 * reminder.
	 */
	public List<Registration> dueReminders(Instant now, Instant until) {
		return this.jdbc.sql("""
				select r.* from event_registration r join event e on e.id = r.event_id
				where r.status = 'CONFIRMED' and r.reminded_at is null and e.status = 'PUBLISHED'
					and (select min(s.starts_at) from event_session s where s.event_id = e.id) between ? and ?
				order by r.created_at limit 500""")
			.params(Timestamp.from(now), Timestamp.from(until))
			.query(this::registration)
			.list();
	}

	public void markReminded(UUID registrationId) {
		this.jdbc.sql("update event_registration set reminded_at = now() where id = ?").param(registrationId).update();
	}

	/**
	 * Keeps the event's counts, then erases its registrants (attendance goes with them).
	 * The caller marks the event as erased.
	 */
	public int eraseRegistrants(UUID eventId) {
		this.jdbc.sql("""
				insert into event_figures (event_id, registrants, waiting, attendees, no_shows, completed)
				select r.event_id,
					count(*) filter (where r.status = 'CONFIRMED'),
					count(*) filter (where r.status = 'WAITING'),
					count(*) filter (where r.status = 'CONFIRMED' and exists (select 1 from event_attendance a
						where a.registration_id = r.id and a.present)),
					count(*) filter (where r.status = 'CONFIRMED' and not exists (select 1 from event_attendance a
						where a.registration_id = r.id and a.present)),
					count(*) filter (where r.status = 'CONFIRMED' and (select count(*) from event_attendance a
						where a.registration_id = r.id and a.present) >= (select completion_sessions from event
						where id = r.event_id))
				from event_registration r where r.event_id = ? group by r.event_id
				on conflict (event_id) do nothing""").param(eventId).update();
		int erased = this.jdbc.sql("delete from event_registration where event_id = ?").param(eventId).update();
		return erased;
	}

	/**
	 * Keeps the counts of an event whose registrants were erased elsewhere (the demo's
	 * past webinars): registrants only.
	 */
	public void keepFigures(UUID eventId, int registrants) {
		this.jdbc.sql("""
				insert into event_figures (event_id, registrants, waiting, attendees, no_shows, completed)
				values (?, ?, 0, 0, 0, 0)""").params(eventId, registrants).update();
	}

	/** A confirmed registration, already reminded, as the demo writes it. */
	public void insertConfirmed(UUID id, UUID eventId, String email, String name, String organisation, String language,
			String answersJson) {
		this.jdbc.sql("""
				insert into event_registration (id, event_id, email, name, organisation, language, status, token,
					answers, consented_at, reminded_at)
				values (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, cast(? as jsonb), now(), now())""")
			.params(id, eventId, email, name, organisation, language, PersonalLinks.newToken(), answersJson)
			.update();
	}

	private Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("email"), rs.getString("name"), rs.getString("organisation"), rs.getString("language"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getString("token"),
				strings(rs.getString("answers")), rs.getString("accessibility"),
				rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * Places taken and waiting.
	 *
	 * @param confirmed confirmed registrations
	 * @param waiting on the waiting list
	 */
	record Counts(int confirmed, int waiting) {

		static final Counts NONE = new Counts(0, 0);

	}

}
