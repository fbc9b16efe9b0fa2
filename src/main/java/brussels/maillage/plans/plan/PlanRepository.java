package brussels.maillage.plans.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code plans_plan} and {@code plans_plan_status_change}. */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, TerritoryScope territory, int year, Instant at, String by) {
		this.jdbc.sql("insert into plans_plan (id, territory, year, status, created_at) values (?, ?, ?, 'DRAFT', ?)")
			.params(id, territory.name(), year, Timestamp.from(at))
			.update();
		history(id, null, PlanStatus.DRAFT, null, at, by);
	}

	void changeStatus(UUID id, PlanStatus from, PlanStatus to, UUID meetingId, String decisionText, LocalDate decidedOn,
			String note, Instant at, String by) {
		this.jdbc.sql("""
				update plans_plan set status = ?, council_meeting_id = coalesce(?, council_meeting_id),
				decision_text = coalesce(?, decision_text), decided_on = coalesce(?, decided_on) where id = ?""")
			.params(to.name(), meetingId, decisionText, (decidedOn != null) ? Date.valueOf(decidedOn) : null, id)
			.update();
		history(id, from, to, note, at, by);
	}

	private void history(UUID id, PlanStatus from, PlanStatus to, String note, Instant at, String by) {
		this.jdbc.sql("""
				insert into plans_plan_status_change (plan_id, from_status, to_status, note, changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, (from != null) ? from.name() : null, to.name(), note, Timestamp.from(at), by)
			.update();
	}

	Optional<Plan> find(UUID id) {
		return this.jdbc.sql("select * from plans_plan where id = ?").param(id).query(PlanRepository::plan).optional();
	}

	Optional<Plan> find(TerritoryScope territory, int year) {
		return this.jdbc.sql("select * from plans_plan where territory = ? and year = ?")
			.params(territory.name(), year)
			.query(PlanRepository::plan)
			.optional();
	}

	List<Plan> ofYear(int year) {
		return this.jdbc.sql("select * from plans_plan where year = ?")
			.param(year)
			.query(PlanRepository::plan)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Plan::territory))
			.toList();
	}

	List<Integer> years() {
		return this.jdbc.sql("select distinct year from plans_plan order by year desc").query(Integer.class).list();
	}

	List<StatusChange> history(UUID id) {
		return this.jdbc.sql("""
				select from_status, to_status, note, changed_at, changed_by from plans_plan_status_change
				where plan_id = ? order by changed_at, id""")
			.param(id)
			.query((rs, row) -> new StatusChange(rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("note"), rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.list();
	}

	private static Plan plan(ResultSet rs, int row) throws SQLException {
		Date decided = rs.getDate("decided_on");
		return new Plan(rs.getObject("id", UUID.class), TerritoryScope.valueOf(rs.getString("territory")),
				rs.getInt("year"), PlanStatus.valueOf(rs.getString("status")),
				rs.getObject("council_meeting_id", UUID.class), rs.getString("decision_text"),
				(decided != null) ? decided.toLocalDate() : null, rs.getTimestamp("created_at").toInstant());
	}

}
