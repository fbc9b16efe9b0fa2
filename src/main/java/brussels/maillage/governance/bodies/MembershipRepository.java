package brussels.maillage.governance.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code governance_membership} and its change log; a change appends
 * to the log, so the history is never overwritten.
 */
@Repository
class MembershipRepository {

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Membership m, String by, String note) {
		this.jdbc
			.sql("""
					insert into governance_membership (id, body_id, year, person_name, email, organisation_id,
					organisation_name, category, role, member_type, status, starts_on, ends_on, charter_version, renewed_from)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.bodyId(), m.year(), m.personName(), m.email(), m.organisationId(), m.organisationName(),
					m.category(), m.role().name(), m.type().name(), m.status().name(), m.startsOn(), m.endsOn(),
					m.charterVersion(), m.renewedFrom())
			.update();
		logChange(m, by, note);
	}

	/** Changes status, role and last day; the change is appended to the log. */
	void change(Membership m, String by, String note) {
		this.jdbc.sql("update governance_membership set status = ?, role = ?, ends_on = ? where id = ?")
			.params(m.status().name(), m.role().name(), m.endsOn(), m.id())
			.update();
		logChange(m, by, note);
	}

	private void logChange(Membership m, String by, String note) {
		this.jdbc.sql("""
				insert into governance_membership_change (membership_id, changed_by, status, role, ends_on, note)
				values (?, ?, ?, ?, ?, ?)""")
			.params(m.id(), by, m.status().name(), m.role().name(), m.endsOn(), note)
			.update();
	}

	Optional<Membership> find(UUID id) {
		return this.jdbc.sql("select * from governance_membership where id = ?")
			.param(id)
			.query(MembershipRepository::membership)
			.optional();
	}

	List<Membership> of(UUID bodyId, int year) {
		return this.jdbc.sql("""
				select * from governance_membership where body_id = ? and year = ?
				order by array_position(array['CHAIR','SECRETARY','MEMBER','OBSERVER','SUBSTITUTE'], role),
				lower(person_name)""").params(bodyId, year).query(MembershipRepository::membership).list();
	}

	List<Integer> years(UUID bodyId) {
		return this.jdbc.sql("select distinct year from governance_membership where body_id = ? order by year")
			.param(bodyId)
			.query(Integer.class)
			.list();
	}

	List<MembershipChange> changes(UUID membershipId) {
		return this.jdbc.sql("""
				select changed_at, changed_by, status, role, ends_on, note from governance_membership_change
				where membership_id = ? order by changed_at, id""")
			.param(membershipId)
			.query((rs, row) -> new MembershipChange(rs.getTimestamp("changed_at").toInstant(),
					rs.getString("changed_by"), MembershipStatus.valueOf(rs.getString("status")),
					MembershipRole.valueOf(rs.getString("role")), date(rs, "ends_on"), rs.getString("note")))
			.list();
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getInt("year"),
				rs.getString("person_name"), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getString("category"),
				MembershipRole.valueOf(rs.getString("role")), MemberType.valueOf(rs.getString("member_type")),
				MembershipStatus.valueOf(rs.getString("status")), date(rs, "starts_on"), date(rs, "ends_on"),
				rs.getString("charter_version"), rs.getObject("renewed_from", UUID.class));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * One entry of a membership's history.
	 *
	 * @param at when
	 * @param by who
	 * @param status status after the change
	 * @param role role after the change
	 * @param endsOn last day after the change
	 * @param note what happened
	 */
	record MembershipChange(Instant at, String by, MembershipStatus status, MembershipRole role, LocalDate endsOn,
			String note) {
	}

}
