package brussels.maillage.governance.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code governance_meeting}, {@code governance_attendance} and
 * {@code governance_distinct_persons}.
 */
@Repository
class MeetingRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MeetingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Meeting m, String by) {
		this.jdbc.sql("""
				insert into governance_meeting (id, body_id, event_id, title, starts_at, ends_at, place, status,
				created_by) values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
			.params(m.id(), m.bodyId(), m.eventId(), this.json.writeValueAsString(m.title()),
					Timestamp.from(m.startsAt()), Timestamp.from(m.endsAt()), m.place(), m.status().name(), by)
			.update();
	}

	void status(UUID id, MeetingStatus status, String reason) {
		this.jdbc.sql("update governance_meeting set status = ?, cancel_reason = ? where id = ?")
			.params(status.name(), reason, id)
			.update();
	}

	void counts(UUID id, int walkIns, Integer headcount, Precision precision) {
		this.jdbc.sql("update governance_meeting set walk_ins = ?, headcount = ?, headcount_precision = ? where id = ?")
			.params(walkIns, headcount, (precision != null) ? precision.name() : null, id)
			.update();
	}

	void attendance(UUID meetingId, UUID membershipId, AttendanceStatus status, String by) {
		this.jdbc.sql("""
				insert into governance_attendance (meeting_id, membership_id, status, recorded_by) values (?, ?, ?, ?)
				on conflict (meeting_id, membership_id) do update set status = excluded.status,
				recorded_by = excluded.recorded_by, recorded_at = now()""")
			.params(meetingId, membershipId, status.name(), by)
			.update();
	}

	Map<UUID, AttendanceStatus> attendance(UUID meetingId) {
		Map<UUID, AttendanceStatus> found = new LinkedHashMap<>();
		this.jdbc.sql("select membership_id, status from governance_attendance where meeting_id = ?")
			.param(meetingId)
			.query((rs) -> {
				found.put(rs.getObject("membership_id", UUID.class), AttendanceStatus.valueOf(rs.getString("status")));
			});
		return found;
	}

	Optional<Meeting> find(UUID id) {
		return this.jdbc.sql("select * from governance_meeting where id = ?").param(id).query(this::meeting).optional();
	}

	List<Meeting> of(UUID bodyId, Instant from, Instant to) {
		return this.jdbc.sql("""
				select * from governance_meeting where body_id = ? and starts_at >= ? and starts_at < ?
				order by starts_at""")
			.params(bodyId, Timestamp.from(from), Timestamp.from(to))
			.query(this::meeting)
			.list();
	}

	/** Categories of members who attended a held meeting of the body in [from, to). */
	Set<String> presentCategories(UUID bodyId, Instant from, Instant to) {
		return Set.copyOf(this.jdbc.sql("""
				select distinct ms.category from governance_attendance a
				join governance_meeting m on m.id = a.meeting_id
				join governance_membership ms on ms.id = a.membership_id
				where m.body_id = ? and m.starts_at >= ? and m.starts_at < ? and ms.category is not null
				and a.status in ('PRESENT', 'REPRESENTED') and m.status in ('HELD', 'MINUTES_APPROVED')""")
			.params(bodyId, Timestamp.from(from), Timestamp.from(to))
			.query(String.class)
			.list());
	}

	void distinctPersons(UUID bodyId, int year, int persons, Precision precision, String by) {
		this.jdbc.sql("""
				insert into governance_distinct_persons (body_id, year, persons, precision, recorded_by)
				values (?, ?, ?, ?, ?) on conflict (body_id, year) do update set persons = excluded.persons,
				precision = excluded.precision, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.params(bodyId, year, persons, precision.name(), by)
			.update();
	}

	DistinctPersons distinctPersons(UUID bodyId, int year, Instant from, Instant to) {
		long known = this.jdbc.sql("""
				select count(distinct lower(ms.person_name)) from governance_attendance a
				join governance_meeting m on m.id = a.meeting_id
				join governance_membership ms on ms.id = a.membership_id
				where m.body_id = ? and m.starts_at >= ? and m.starts_at < ?
				and a.status in ('PRESENT', 'REPRESENTED') and m.status in ('HELD', 'MINUTES_APPROVED')""")
			.params(bodyId, Timestamp.from(from), Timestamp.from(to))
			.query(Long.class)
			.single();
		return this.jdbc
			.sql("select persons, precision from governance_distinct_persons where body_id = ? and year = ?")
			.params(bodyId, year)
			.query((rs, row) -> new DistinctPersons(rs.getInt("persons"), Precision.valueOf(rs.getString("precision")),
					known))
			.optional()
			.orElse(new DistinctPersons(null, null, known));
	}

	private Meeting meeting(ResultSet rs, int row) throws SQLException {
		String precision = rs.getString("headcount_precision");
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class),
				rs.getObject("event_id", UUID.class), this.json.readValue(rs.getString("title"), LocalizedText.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
				MeetingStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getInt("walk_ins"),
				(Integer) rs.getObject("headcount"), (precision != null) ? Precision.valueOf(precision) : null);
	}

}
