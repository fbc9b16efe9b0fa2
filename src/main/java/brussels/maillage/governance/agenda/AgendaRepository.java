package brussels.maillage.governance.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code governance_agenda_item} and {@code governance_invitation}.
 */
@Repository
class AgendaRepository {

	private final JdbcClient jdbc;

	AgendaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AgendaItem item, String by) {
		this.jdbc.sql("""
				insert into governance_agenda_item (id, meeting_id, position, title_fr, title_nl, minutes, proposal_id,
				created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.id(), item.meetingId(), item.position(), item.titleFr(), item.titleNl(), item.minutes(),
					item.proposalId(), by)
			.update();
	}

	/** Removes an item and numbers the following ones again. */
	void delete(AgendaItem item) {
		this.jdbc.sql("delete from governance_agenda_item where id = ?").param(item.id()).update();
		this.jdbc.sql("update governance_agenda_item set position = position - 1 where meeting_id = ? and position > ?")
			.params(item.meetingId(), item.position())
			.update();
	}

	int nextPosition(UUID meetingId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from governance_agenda_item where meeting_id = ?")
			.param(meetingId)
			.query(Integer.class)
			.single();
	}

	List<AgendaItem> of(UUID meetingId) {
		return this.jdbc.sql("select * from governance_agenda_item where meeting_id = ? order by position")
			.param(meetingId)
			.query(AgendaRepository::item)
			.list();
	}

	Optional<AgendaItem> find(UUID id) {
		return this.jdbc.sql("select * from governance_agenda_item where id = ?")
			.param(id)
			.query(AgendaRepository::item)
			.optional();
	}

	void invited(UUID meetingId, UUID membershipId, String email, String by) {
		this.jdbc.sql("""
				insert into governance_invitation (meeting_id, membership_id, email, sent_by) values (?, ?, ?, ?)
				on conflict do nothing""").params(meetingId, membershipId, email, by).update();
	}

	List<Invitation> invitations(UUID meetingId) {
		return this.jdbc
			.sql("""
					select membership_id, email, sent_at from governance_invitation where meeting_id = ? order by sent_at""")
			.param(meetingId)
			.query((rs, row) -> new Invitation(rs.getObject("membership_id", UUID.class), rs.getString("email"),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	private static AgendaItem item(ResultSet rs, int row) throws SQLException {
		return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
				rs.getInt("position"), rs.getString("title_fr"), rs.getString("title_nl"),
				(Integer) rs.getObject("minutes"), rs.getObject("proposal_id", UUID.class));
	}

	/**
	 * A convocation sent.
	 *
	 * @param membershipId to whom
	 * @param email at which address
	 * @param sentAt when
	 */
	record Invitation(UUID membershipId, String email, Instant sentAt) {
	}

}
