package brussels.maillage.palliative.conventions;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code palliative_convention_referent}. */
@Repository
class ConventionReferentRepository {

	private static final String COLUMNS = "id, convention_id, name, job_title as function, email, phone";

	private final JdbcClient jdbc;

	ConventionReferentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ConventionReferent> of(long conventionId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from palliative_convention_referent where convention_id = ? order by name, id")
			.param(conventionId)
			.query(ConventionReferent.class)
			.list();
	}

	Optional<ConventionReferent> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from palliative_convention_referent where id = ?")
			.param(id)
			.query(ConventionReferent.class)
			.optional();
	}

	long insert(ConventionReferent referent) {
		return this.jdbc.sql("""
				insert into palliative_convention_referent (convention_id, name, job_title, email, phone)
				values (?, ?, ?, ?, ?) returning id""")
			.params(referent.conventionId(), referent.name(), referent.function(), referent.email(), referent.phone())
			.query(Long.class)
			.single();
	}

	void update(ConventionReferent referent) {
		this.jdbc.sql("""
				update palliative_convention_referent
				set name = ?, job_title = ?, email = ?, phone = ?, version = version + 1 where id = ?""")
			.params(referent.name(), referent.function(), referent.email(), referent.phone(), referent.id())
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("delete from palliative_convention_referent where id = ?").param(id).update();
	}

}
