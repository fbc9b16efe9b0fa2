package brussels.maillage.prevention.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.prevention.programmes.ProgrammeActivity;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the programme_tag table. */
@Repository
class ProgrammeTagRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProgrammeTagRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ProgrammeTag> of(UUID programmeId) {
		return this.jdbc.sql("""
				select programme_id, subject_kind, subject_id, label::text as label, territory, occurred_on, tagged_by,
					tagged_at
				from programme_tag where programme_id = ?
				order by subject_kind, occurred_on desc nulls last, tagged_at desc""")
			.param(programmeId)
			.query(this::row)
			.list();
	}

	boolean exists(UUID programmeId, SubjectKind kind, String subjectId) {
		return this.jdbc
			.sql("select count(*) from programme_tag where programme_id = ? and subject_kind = ? and subject_id = ?")
			.params(programmeId, kind.name(), subjectId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(ProgrammeTag tag) {
		this.jdbc
			.sql("""
					insert into programme_tag (programme_id, subject_kind, subject_id, label, territory, occurred_on, tagged_by)
					values (?, ?, ?, cast(? as jsonb), ?, ?, ?)
					on conflict do nothing""")
			.params(tag.programmeId(), tag.kind().name(), tag.subjectId(), this.json.writeValueAsString(tag.label()),
					tag.territory(), tag.day(), tag.taggedBy())
			.update();
	}

	int delete(UUID programmeId, SubjectKind kind, String subjectId) {
		return this.jdbc.sql("delete from programme_tag where programme_id = ? and subject_kind = ? and subject_id = ?")
			.params(programmeId, kind.name(), subjectId)
			.update();
	}

	/**
	 * Counts of one year: dated subjects by their day, directory themes in every year the
	 * programme runs.
	 */
	List<ProgrammeActivity.Count> counts(int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = from.plusYears(1);
		return this.jdbc.sql("""
				select p.id, p.code, p.name::text as name, t.territory, t.subject_kind, count(*) as subjects
				from programme_tag t join programme p on p.id = t.programme_id
				where (t.occurred_on >= :from and t.occurred_on < :until)
					or (t.subject_kind = 'DIRECTORY_THEME' and p.starts_on < :until
						and (p.ends_on is null or p.ends_on >= :from))
				group by p.id, p.code, p.name::text, t.territory, t.subject_kind
				order by p.code, t.territory, t.subject_kind""")
			.param("from", from)
			.param("until", until)
			.query((rs, row) -> new ProgrammeActivity.Count(rs.getObject("id", UUID.class), rs.getString("code"),
					this.json.readValue(rs.getString("name"), LocalizedText.class), rs.getString("territory"),
					SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subjects")))
			.list();
	}

	private ProgrammeTag row(ResultSet rs, int row) throws SQLException {
		return new ProgrammeTag(rs.getObject("programme_id", UUID.class),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"),
				this.json.readValue(rs.getString("label"), LocalizedText.class), rs.getString("territory"),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("tagged_by"),
				rs.getTimestamp("tagged_at").toInstant());
	}

}
