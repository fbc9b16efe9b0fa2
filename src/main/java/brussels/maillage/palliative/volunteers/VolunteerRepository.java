package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code palliative_volunteer_candidate}, its interview and its
 * training enrolment.
 */
@Repository
class VolunteerRepository {

	private static final String SELECT = """
			select c.id, c.full_name, c.email, c.phone, c.language, c.source, c.applied_on, c.decided_on, c.erased_on,
				i.held_on, i.interviewer_id::text as interviewer, i.outcome, t.cycle_name, t.cycle_year,
				t.status as training_status
			from palliative_volunteer_candidate c
			left join palliative_volunteer_interview i on i.candidate_id = c.id
			left join palliative_volunteer_training t on t.candidate_id = c.id
			""";

	private final JdbcClient jdbc;

	VolunteerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String email, String phone, Language language, Source source, LocalDate appliedOn) {
		return this.jdbc.sql("""
				insert into palliative_volunteer_candidate (full_name, email, phone, language, source, applied_on)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(name, email, phone, language.name(), source.name(), appliedOn)
			.query(Long.class)
			.single();
	}

	Optional<Candidate> find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(Candidate.class).optional();
	}

	List<Candidate> all() {
		return this.jdbc.sql(SELECT + " order by c.applied_on desc, c.id desc").query(Candidate.class).list();
	}

	void interview(long candidate, LocalDate heldOn, long interviewer, Outcome outcome) {
		this.jdbc.sql("""
				insert into palliative_volunteer_interview (candidate_id, held_on, interviewer_id, outcome)
				values (?, ?, ?, ?)""").params(candidate, heldOn, interviewer, outcome.name()).update();
		this.jdbc.sql("update palliative_volunteer_candidate set decided_on = ? where id = ?")
			.params(heldOn, candidate)
			.update();
	}

	void training(long candidate, String cycleName, int cycleYear, TrainingStatus status, Long cycle,
			Integer daysAttended) {
		this.jdbc.sql("""
				insert into palliative_volunteer_training (candidate_id, cycle_name, cycle_year, status, cycle_id,
					days_attended)
				values (?, ?, ?, ?, ?, ?)
				on conflict (candidate_id) do update set cycle_name = excluded.cycle_name,
					cycle_year = excluded.cycle_year, status = excluded.status, cycle_id = excluded.cycle_id,
					days_attended = excluded.days_attended""")
			.params(candidate, cycleName, cycleYear, status.name(), cycle, daysAttended)
			.update();
	}

	/**
	 * Erases the contact details of candidates decided on or before {@code decidedBy}.
	 */
	int erase(LocalDate decidedBy, LocalDate today) {
		return this.jdbc.sql("""
				update palliative_volunteer_candidate set full_name = null, email = null, phone = null, erased_on = ?
				where erased_on is null and decided_on is not null and decided_on <= ?""")
			.params(today, decidedBy)
			.update();
	}

	YearFigures figures(int year) {
		return this.jdbc.sql("""
				select :year as year,
					(select count(*) from palliative_volunteer_interview
						where extract(year from held_on) = :year) as interviews,
					(select count(*) from palliative_volunteer_interview
						where extract(year from held_on) = :year and outcome = 'ADMITTED') as admitted,
					(select count(*) from palliative_volunteer_training
						where cycle_year = :year and status = 'TRAINED') as trained""")
			.param("year", year)
			.query(YearFigures.class)
			.single();
	}

}
