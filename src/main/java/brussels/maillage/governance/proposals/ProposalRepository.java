package brussels.maillage.governance.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.bodies.ConsultationTheme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code governance_proposal}. */
@Repository
class ProposalRepository {

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, ProposalOrigin kind, UUID originItemId, UUID originBodyId, String originNote, UUID councilId,
			ConsultationTheme theme, String textFr, String textNl, Instant at, String by) {
		this.jdbc
			.sql("""
					insert into governance_proposal (id, origin_kind, origin_item_id, origin_body_id, origin_note, council_id,
					theme, text_fr, text_nl, status, submitted_at, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
			.params(id, kind.name(), originItemId, originBodyId, originNote, councilId,
					(theme != null) ? theme.name() : null, textFr, textNl, Timestamp.from(at), by)
			.update();
	}

	/** Links the proposal to a council meeting; its status is left as it is. */
	void schedule(UUID id, UUID meetingId, Instant at) {
		this.jdbc.sql("update governance_proposal set council_meeting_id = ?, scheduled_at = ? where id = ?")
			.params(meetingId, Timestamp.from(at), id)
			.update();
	}

	/**
	 * Sets the status and the council's answer; the answer's day is kept for an answer
	 * status only.
	 */
	void changeStatus(UUID id, ProposalStatus status, String answerFr, String answerNl, UUID mergedInto, Instant at) {
		this.jdbc.sql("""
				update governance_proposal set status = ?, answer_fr = ?, answer_nl = ?, merged_into_id = ?,
				answered_at = ? where id = ?""")
			.params(status.name(), answerFr, answerNl, mergedInto, status.answer() ? Timestamp.from(at) : null, id)
			.update();
	}

	Optional<Proposal> find(UUID id) {
		return this.jdbc.sql("select * from governance_proposal where id = ?")
			.param(id)
			.query(ProposalRepository::proposal)
			.optional();
	}

	List<Proposal> ofCouncil(UUID councilId) {
		return this.jdbc.sql("select * from governance_proposal where council_id = ? order by submitted_at desc")
			.param(councilId)
			.query(ProposalRepository::proposal)
			.list();
	}

	List<Proposal> fromItems(List<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from governance_proposal where origin_item_id = any(?) order by submitted_at")
			.param(itemIds.toArray(UUID[]::new))
			.query(ProposalRepository::proposal)
			.list();
	}

	private static Proposal proposal(ResultSet rs, int row) throws SQLException {
		return new Proposal(rs.getObject("id", UUID.class), ProposalOrigin.valueOf(rs.getString("origin_kind")),
				rs.getObject("origin_item_id", UUID.class), rs.getObject("origin_body_id", UUID.class),
				rs.getString("origin_note"), rs.getObject("council_id", UUID.class), rs.getString("text_fr"),
				rs.getString("text_nl"), ProposalStatus.valueOf(rs.getString("status")),
				rs.getObject("council_meeting_id", UUID.class), rs.getString("answer_fr"), rs.getString("answer_nl"),
				instant(rs, "submitted_at"), instant(rs, "scheduled_at"), instant(rs, "answered_at"),
				(rs.getString("theme") != null) ? ConsultationTheme.valueOf(rs.getString("theme")) : null,
				rs.getObject("merged_into_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
