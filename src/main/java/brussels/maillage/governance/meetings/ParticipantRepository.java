package brussels.maillage.governance.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code governance_participant}. */
@Repository
class ParticipantRepository {

	private final JdbcClient jdbc;

	ParticipantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Participant participant, String by) {
		this.jdbc
			.sql("""
					insert into governance_participant (id, meeting_id, person_name, organisation_name, category, recorded_by)
					values (?, ?, ?, ?, ?, ?)""")
			.params(participant.id(), participant.meetingId(), participant.personName(), participant.organisationName(),
					participant.category(), by)
			.update();
	}

	int delete(UUID meetingId, UUID id) {
		return this.jdbc.sql("delete from governance_participant where id = ? and meeting_id = ?")
			.params(id, meetingId)
			.update();
	}

	List<Participant> of(UUID meetingId) {
		return this.jdbc
			.sql("select * from governance_participant where meeting_id = ? order by recorded_at, person_name")
			.param(meetingId)
			.query((rs, row) -> new Participant(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getString("person_name"), rs.getString("organisation_name"), rs.getString("category")))
			.list();
	}

}
