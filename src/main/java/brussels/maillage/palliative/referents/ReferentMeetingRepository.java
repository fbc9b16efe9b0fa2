package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.palliative.referents.ReferentMeeting.MeetingStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code palliative_referent_meeting}. */
@Repository
class ReferentMeetingRepository {

	private final JdbcClient jdbc;

	ReferentMeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long group, UUID event, LocalDate heldOn) {
		return this.jdbc.sql("""
				insert into palliative_referent_meeting (group_id, event_id, held_on, status)
				values (?, ?, ?, 'PLANNED') returning id""").params(group, event, heldOn).query(Long.class).single();
	}

	void status(long id, MeetingStatus status) {
		this.jdbc.sql("update palliative_referent_meeting set status = ? where id = ?")
			.params(status.name(), id)
			.update();
	}

	boolean linked(UUID event) {
		return this.jdbc.sql("select count(*) from palliative_referent_meeting where event_id = ?")
			.param(event)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ReferentMeeting> find(long id) {
		return this.jdbc.sql("""
				select id, group_id, event_id, held_on, status, null::integer as participants
				from palliative_referent_meeting where id = ?""").param(id).query(ReferentMeeting.class).optional();
	}

	/**
	 * Meetings of a year, of every group or of one ({@code group} null for every group).
	 */
	List<ReferentMeeting> ofYear(int year, Long group) {
		return this.jdbc.sql("""
				select id, group_id, event_id, held_on, status, null::integer as participants
				from palliative_referent_meeting
				where held_on between make_date(:year, 1, 1) and make_date(:year, 12, 31)
					and (cast(:group as bigint) is null or group_id = :group)
				order by held_on, id""").param("year", year).param("group", group).query(ReferentMeeting.class).list();
	}

	List<ReferentMeeting> ofGroup(long group) {
		return this.jdbc.sql("""
				select id, group_id, event_id, held_on, status, null::integer as participants
				from palliative_referent_meeting where group_id = ? order by held_on desc, id desc""")
			.param(group)
			.query(ReferentMeeting.class)
			.list();
	}

}
