package brussels.maillage.prevention.publications;

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

/** The only writer of the publication table. */
@Repository
class PublicationRepository {

	private static final String COLUMNS = """
			id, series, issue, title::text as title, published_on, languages, url, pdf is not null as has_pdf,
			summary::text as summary, themes, programme_id, created_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublicationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Publication> latest(int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from publication order by published_on desc, created_at desc " + "limit ?")
			.param(limit)
			.query(this::row)
			.list();
	}

	Optional<byte[]> pdf(UUID id) {
		return this.jdbc.sql("select pdf from publication where id = ? and pdf is not null")
			.param(id)
			.query(byte[].class)
			.optional();
	}

	Optional<Publication> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from publication where id = ?")
			.param(id)
			.query(this::row)
			.optional();
	}

	/** Changes the record; {@code pdf} replaces the kept PDF unless {@code null}. */
	void update(Publication publication, byte[] pdf) {
		this.jdbc.sql("""
				update publication set series = ?, issue = ?, title = cast(? as jsonb), published_on = ?, languages = ?,
					url = ?, pdf = coalesce(?, pdf), summary = cast(? as jsonb), themes = ?, programme_id = ?
				where id = ?""")
			.params(publication.series().name(), publication.issue(), this.json.writeValueAsString(publication.title()),
					publication.publishedOn(), publication.languages().toArray(String[]::new), publication.url(), pdf,
					this.json.writeValueAsString(publication.summary()), publication.themes().toArray(String[]::new),
					publication.programmeId(), publication.id())
			.update();
	}

	int delete(UUID id) {
		return this.jdbc.sql("delete from publication where id = ?").param(id).update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from publication").query(Long.class).single();
	}

	void insert(Publication publication, byte[] pdf, String by) {
		this.jdbc.sql("""
				insert into publication (id, series, issue, title, published_on, languages, url, pdf, summary, themes,
					programme_id, created_by)
				values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
			.params(publication.id(), publication.series().name(), publication.issue(),
					this.json.writeValueAsString(publication.title()), publication.publishedOn(),
					publication.languages().toArray(String[]::new), publication.url(), pdf,
					this.json.writeValueAsString(publication.summary()), publication.themes().toArray(String[]::new),
					publication.programmeId(), by)
			.update();
	}

	private Publication row(ResultSet rs, int row) throws SQLException {
		return new Publication(rs.getObject("id", UUID.class), Publication.Series.valueOf(rs.getString("series")),
				rs.getString("issue"), this.json.readValue(rs.getString("title"), LocalizedText.class),
				rs.getObject("published_on", LocalDate.class), strings(rs.getArray("languages")), rs.getString("url"),
				rs.getBoolean("has_pdf"), this.json.readValue(rs.getString("summary"), LocalizedText.class),
				strings(rs.getArray("themes")), rs.getObject("programme_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
