package brussels.maillage.directory.cadastres;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of the directory_training table; it reads the organisations' names
 * beside it.
 */
@Repository
class TrainingRepository {

	private static final String SELECT = """
			select t.id, t.organization_id, o.name as organization_name, t.title::text as title, t.audience, t.languages,
				t.starts_on, t.ends_on, t.recurrence, t.cost_euros, t.theme, t.url
			from directory_training t join organization o on o.id = t.organization_id""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TrainingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Training> find(TrainingFilter filter, int limit) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.words() != null) {
			where.add("(t.title->>'fr' ilike ? or t.title->>'nl' ilike ? or o.name ilike ?)");
			String like = "%" + filter.words().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
			params.add(like);
		}
		if (filter.theme() != null) {
			where.add("t.theme = ?");
			params.add(filter.theme());
		}
		if (filter.language() != null) {
			where.add("? = any(t.languages)");
			params.add(filter.language());
		}
		if (filter.audience() != null) {
			where.add("t.audience = ?");
			params.add(filter.audience().name());
		}
		if (filter.freeOnly()) {
			where.add("t.cost_euros = 0");
		}
		params.add(limit);
		return this.jdbc
			.sql(SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
					+ " order by t.starts_on nulls last, t.title->>'fr', t.id limit ?")
			.params(params)
			.query(this::row)
			.list();
	}

	Optional<Training> find(UUID id) {
		return this.jdbc.sql(SELECT + " where t.id = ?").param(id).query(this::row).optional();
	}

	Optional<UUID> organizationNamed(String name) {
		return this.jdbc.sql("select id from organization where lower(name) = lower(?) order by name limit 1")
			.param(name)
			.query(UUID.class)
			.optional();
	}

	List<String> organizationNames() {
		return this.jdbc.sql("select distinct name from organization order by name").query(String.class).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from directory_training").query(Long.class).single();
	}

	void insert(Training training, String by) {
		this.jdbc.sql("""
				insert into directory_training (id, organization_id, title, audience, languages, starts_on, ends_on,
					recurrence, cost_euros, theme, url, created_by)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(training.id(), training.organizationId(), this.json.writeValueAsString(training.title()),
					training.audience().name(), training.languages().toArray(String[]::new), training.startsOn(),
					training.endsOn(), training.recurrence(), training.costEuros(), training.theme(), training.url(),
					by)
			.update();
	}

	void update(Training training) {
		this.jdbc
			.sql("""
					update directory_training set organization_id = ?, title = cast(? as jsonb), audience = ?, languages = ?,
						starts_on = ?, ends_on = ?, recurrence = ?, cost_euros = ?, theme = ?, url = ?, updated_at = now()
					where id = ?""")
			.params(training.organizationId(), this.json.writeValueAsString(training.title()),
					training.audience().name(), training.languages().toArray(String[]::new), training.startsOn(),
					training.endsOn(), training.recurrence(), training.costEuros(), training.theme(), training.url(),
					training.id())
			.update();
	}

	int delete(UUID id) {
		return this.jdbc.sql("delete from directory_training where id = ?").param(id).update();
	}

	private Training row(ResultSet rs, int row) throws SQLException {
		return new Training(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), this.json.readValue(rs.getString("title"), LocalizedText.class),
				Training.Audience.valueOf(rs.getString("audience")), strings(rs.getArray("languages")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("recurrence"), rs.getBigDecimal("cost_euros"), rs.getString("theme"), rs.getString("url"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
