package brussels.maillage.prevention.programmes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the programme table. */
@Repository
class ProgrammeRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProgrammeRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Programme> all() {
		return this.jdbc.sql("""
				select id, code, name::text as name, territories, starts_on, ends_on from programme
				order by starts_on, code""").query(this::row).list();
	}

	Optional<Programme> find(UUID id) {
		return this.jdbc.sql("""
				select id, code, name::text as name, territories, starts_on, ends_on from programme where id = ?""")
			.param(id)
			.query(this::row)
			.optional();
	}

	Optional<Programme> byCode(String code) {
		return this.jdbc.sql("""
				select id, code, name::text as name, territories, starts_on, ends_on from programme where code = ?""")
			.param(code)
			.query(this::row)
			.optional();
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select count(*) from programme where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Programme programme) {
		this.jdbc.sql("""
				insert into programme (id, code, name, territories, starts_on, ends_on)
				values (?, ?, cast(? as jsonb), ?, ?, ?)""")
			.params(programme.id(), programme.code(), this.json.writeValueAsString(programme.name()),
					programme.territories().toArray(String[]::new), programme.startsOn(), programme.endsOn())
			.update();
	}

	void update(Programme programme) {
		this.jdbc
			.sql("""
					update programme set name = cast(? as jsonb), territories = ?, starts_on = ?, ends_on = ? where id = ?""")
			.params(this.json.writeValueAsString(programme.name()), programme.territories().toArray(String[]::new),
					programme.startsOn(), programme.endsOn(), programme.id())
			.update();
	}

	private Programme row(ResultSet rs, int row) throws SQLException {
		return new Programme(rs.getObject("id", UUID.class), rs.getString("code"),
				this.json.readValue(rs.getString("name"), LocalizedText.class), strings(rs.getArray("territories")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
	}

	static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
