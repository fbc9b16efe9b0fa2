package brussels.maillage.governance.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code governance_decision} and
 * {@code governance_decision_proposal}.
 */
@Repository
class DecisionRepository {

	private static final String SELECT = """
			select d.*, coalesce((select array_agg(p.proposal_id order by p.proposal_id)
				from governance_decision_proposal p where p.decision_id = d.id), '{}') as proposal_ids
			from governance_decision d join governance_meeting m on m.id = d.meeting_id""";

	private final JdbcClient jdbc;

	DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Decision decision, String by) {
		this.jdbc.sql("""
				insert into governance_decision (id, council_id, meeting_id, agenda_item_id, position, text_fr, text_nl,
				method, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.id(), decision.councilId(), decision.meetingId(), decision.agendaItemId(),
					decision.position(), decision.textFr(), decision.textNl(), decision.method().name(), by)
			.update();
		for (UUID proposal : decision.proposalIds()) {
			this.jdbc.sql("insert into governance_decision_proposal (decision_id, proposal_id) values (?, ?)")
				.params(decision.id(), proposal)
				.update();
		}
	}

	int nextPosition(UUID meetingId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from governance_decision where meeting_id = ?")
			.param(meetingId)
			.query(Integer.class)
			.single();
	}

	List<Decision> ofMeeting(UUID meetingId) {
		return this.jdbc.sql(SELECT + " where d.meeting_id = ? order by d.position")
			.param(meetingId)
			.query(DecisionRepository::decision)
			.list();
	}

	List<Decision> ofCouncil(UUID councilId) {
		return this.jdbc.sql(SELECT + " where d.council_id = ? order by m.starts_at desc, d.position")
			.param(councilId)
			.query(DecisionRepository::decision)
			.list();
	}

	List<Decision> ofProposal(UUID proposalId) {
		return this.jdbc.sql(SELECT + """
				 where exists (select 1 from governance_decision_proposal p where p.decision_id = d.id
				and p.proposal_id = ?) order by m.starts_at, d.position""")
			.param(proposalId)
			.query(DecisionRepository::decision)
			.list();
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		List<UUID> proposals = new ArrayList<>();
		for (Object id : (Object[]) rs.getArray("proposal_ids").getArray()) {
			proposals.add((UUID) id);
		}
		return new Decision(rs.getObject("id", UUID.class), rs.getObject("council_id", UUID.class),
				rs.getObject("meeting_id", UUID.class), rs.getObject("agenda_item_id", UUID.class),
				rs.getInt("position"), rs.getString("text_fr"), rs.getString("text_nl"),
				DecisionMethod.valueOf(rs.getString("method")), proposals);
	}

}
