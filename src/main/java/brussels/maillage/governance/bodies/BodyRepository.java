package brussels.maillage.governance.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code governance_body}; reads the categories. */
@Repository
class BodyRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BodyRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds the body unless one with its code exists; whether it was added. */
	boolean insertIfAbsent(Body body, String createdBy) {
		return this.jdbc.sql("""
				insert into governance_body (id, code, kind, territory, theme, name, created_by)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict (code) do nothing""")
			.params(body.id(), body.code(), body.kind().name(), body.territory(),
					(body.theme() != null) ? body.theme().name() : null, this.json.writeValueAsString(body.name()),
					createdBy)
			.update() == 1;
	}

	List<Body> all() {
		return this.jdbc.sql("select * from governance_body order by territory = 'REGION' desc, territory, kind, code")
			.query(this::body)
			.list();
	}

	Optional<Body> find(UUID id) {
		return this.jdbc.sql("select * from governance_body where id = ?").param(id).query(this::body).optional();
	}

	Optional<Body> findByCode(String code) {
		return this.jdbc.sql("select * from governance_body where code = ?").param(code).query(this::body).optional();
	}

	List<Category> categories(BodyKind kind) {
		return this.jdbc.sql("select * from governance_category where body_kind = ? order by position")
			.param(kind.name())
			.query((rs, row) -> new Category(rs.getString("code"), BodyKind.valueOf(rs.getString("body_kind")),
					rs.getInt("position"), this.json.readValue(rs.getString("name"), LocalizedText.class),
					rs.getString("legal_reference")))
			.list();
	}

	private Body body(ResultSet rs, int row) throws SQLException {
		String theme = rs.getString("theme");
		return new Body(rs.getObject("id", UUID.class), rs.getString("code"), BodyKind.valueOf(rs.getString("kind")),
				rs.getString("territory"), (theme != null) ? ConsultationTheme.valueOf(theme) : null,
				this.json.readValue(rs.getString("name"), LocalizedText.class));
	}

}
