package brussels.maillage.plans.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code plans_objective}. */
@Repository
class ObjectiveRepository {

	private final JdbcClient jdbc;

	ObjectiveRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Objective> all() {
		return this.jdbc.sql("""
				select o.* from plans_objective o left join plans_objective p on p.code = o.parent_code
				order by coalesce(p.position, o.position), coalesce(p.code, o.code), o.parent_code nulls first,
				o.position, o.code""").query(Objective.class).list();
	}

	Optional<Objective> find(String code) {
		return this.jdbc.sql("select * from plans_objective where code = ?")
			.param(code)
			.query(Objective.class)
			.optional();
	}

	void save(Objective objective) {
		this.jdbc.sql("""
				insert into plans_objective (code, parent_code, title_fr, title_nl, position) values (?, ?, ?, ?, ?)
				on conflict (code) do update set parent_code = excluded.parent_code, title_fr = excluded.title_fr,
				title_nl = excluded.title_nl, position = excluded.position""")
			.params(objective.code(), objective.parentCode(), objective.titleFr(), objective.titleNl(),
					objective.position())
			.update();
	}

}
