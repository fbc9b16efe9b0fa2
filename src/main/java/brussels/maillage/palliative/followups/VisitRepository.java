package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code palliative_visit}. */
@Repository
class VisitRepository {

	private final JdbcClient jdbc;

	VisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long followUp, LocalDate on, VisitMode mode, VisitStatus status) {
		return this.jdbc.sql("""
				insert into palliative_visit (follow_up_id, visit_on, mode, status) values (?, ?, ?, ?)
				returning id""").params(followUp, on, mode.name(), status.name()).query(Long.class).single();
	}

	void changeStatus(long id, VisitStatus status) {
		this.jdbc.sql("update palliative_visit set status = ?, version = version + 1 where id = ?")
			.params(status.name(), id)
			.update();
	}

	Optional<Visit> find(long id) {
		return this.jdbc.sql("select id, follow_up_id, visit_on, mode, status from palliative_visit where id = ?")
			.param(id)
			.query(Visit.class)
			.optional();
	}

	List<Visit> of(long followUp) {
		return this.jdbc.sql("""
				select id, follow_up_id, visit_on, mode, status from palliative_visit
				where follow_up_id = ? order by visit_on, id""").param(followUp).query(Visit.class).list();
	}

	/**
	 * Visits of the period per bassin of their follow-up and status (follow-ups entered
	 * in error left out): {@code bassin, status, visits}.
	 */
	List<Map<String, Object>> periodCounts(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				select f.bassin, v.status, count(*) as visits
				from palliative_visit v join palliative_follow_up f on f.id = v.follow_up_id
				where f.status <> 'ENTERED_IN_ERROR' and v.visit_on between ? and ?
				group by f.bassin, v.status""").params(first, last).query().listOfRows();
	}

}
