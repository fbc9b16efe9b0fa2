package brussels.maillage.governance.syntheses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code governance_synthesis} and its items. */
@Repository
class SynthesisRepository {

	private final JdbcClient jdbc;

	SynthesisRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID meetingId, String by) {
		this.jdbc.sql("insert into governance_synthesis (id, meeting_id, created_by) values (?, ?, ?)")
			.params(id, meetingId, by)
			.update();
	}

	void addItem(UUID synthesisId, Section section, String textFr, String textNl) {
		this.jdbc.sql("""
				insert into governance_synthesis_item (id, synthesis_id, section, position, text_fr, text_nl)
				select ?, ?, ?, coalesce(max(position), 0) + 1, ?, ? from governance_synthesis_item
				where synthesis_id = ? and section = ?""")
			.params(UUID.randomUUID(), synthesisId, section.name(), textFr, textNl, synthesisId, section.name())
			.update();
	}

	void updateItem(UUID itemId, String textFr, String textNl) {
		this.jdbc.sql("update governance_synthesis_item set text_fr = ?, text_nl = ? where id = ?")
			.params(textFr, textNl, itemId)
			.update();
	}

	void deleteItem(UUID itemId) {
		this.jdbc.sql("delete from governance_synthesis_item where id = ?").param(itemId).update();
	}

	void status(UUID id, String language, VersionStatus status, Instant publishedAt, Integer participants) {
		String column = "nl".equals(language) ? "nl" : "fr";
		this.jdbc
			.sql("update governance_synthesis set status_" + column + " = ?, published_" + column
					+ "_at = coalesce(?, published_" + column
					+ "_at), participants = coalesce(participants, ?) where id = ?")
			.params(status.name(), (publishedAt != null) ? Timestamp.from(publishedAt) : null, participants, id)
			.update();
	}

	Optional<Synthesis> find(UUID id) {
		return this.jdbc.sql("select * from governance_synthesis where id = ?")
			.param(id)
			.query(this::synthesis)
			.optional();
	}

	Optional<Synthesis> forMeeting(UUID meetingId) {
		return this.jdbc.sql("select * from governance_synthesis where meeting_id = ?")
			.param(meetingId)
			.query(this::synthesis)
			.optional();
	}

	Optional<UUID> synthesisOfItem(UUID itemId) {
		return this.jdbc.sql("select synthesis_id from governance_synthesis_item where id = ?")
			.param(itemId)
			.query(UUID.class)
			.optional();
	}

	/** Every synthesis, newest meeting first. */
	List<Synthesis> all() {
		return this.jdbc.sql("""
				select s.* from governance_synthesis s join governance_meeting m on m.id = s.meeting_id
				order by m.starts_at desc""").query(this::synthesis).list();
	}

	/** Syntheses with a published version, newest meeting first. */
	List<Synthesis> published() {
		return this.jdbc.sql("""
				select s.* from governance_synthesis s join governance_meeting m on m.id = s.meeting_id
				where s.status_fr = 'PUBLISHED' or s.status_nl = 'PUBLISHED' order by m.starts_at desc""")
			.query(this::synthesis)
			.list();
	}

	private Synthesis synthesis(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Synthesis.Item> items = this.jdbc.sql("""
				select * from governance_synthesis_item where synthesis_id = ?
				order by array_position(array['CONTEXT','FINDING','LEAD','PROPOSAL'], section), position""")
			.param(id)
			.query((r, n) -> new Synthesis.Item(r.getObject("id", UUID.class), Section.valueOf(r.getString("section")),
					r.getInt("position"), r.getString("text_fr"), r.getString("text_nl")))
			.list();
		return new Synthesis(id, rs.getObject("meeting_id", UUID.class),
				VersionStatus.valueOf(rs.getString("status_fr")), VersionStatus.valueOf(rs.getString("status_nl")),
				instant(rs, "published_fr_at"), instant(rs, "published_nl_at"), (Integer) rs.getObject("participants"),
				items);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
