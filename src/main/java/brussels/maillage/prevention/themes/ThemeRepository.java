package brussels.maillage.prevention.themes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the prevention theme tables. */
@Repository
class ThemeRepository {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private static final String PAGE_COLUMNS = """
			p.id, p.bassin, p.summary::text as summary, p.resources::text as resources, p.status, p.published_at,
			p.last_modified, t.id as theme_id, t.year, t.month, t.title::text as title""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ThemeRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Theme> themes(int year) {
		return this.jdbc
			.sql("select id, year, month, title::text as title from prevention_theme where year = ? "
					+ "order by month")
			.param(year)
			.query(this::theme)
			.list();
	}

	List<Integer> years() {
		return this.jdbc.sql("select distinct year from prevention_theme order by year desc")
			.query(Integer.class)
			.list();
	}

	Optional<Theme> theme(int year, int month) {
		return this.jdbc
			.sql("select id, year, month, title::text as title from prevention_theme where year = ? and month = ?")
			.params(year, month)
			.query(this::theme)
			.optional();
	}

	/** Sets the title of a month's theme, creating the theme when the month has none. */
	void saveTheme(int year, int month, LocalizedText title) {
		this.jdbc.sql("""
				insert into prevention_theme (id, year, month, title) values (?, ?, ?, cast(? as jsonb))
				on conflict (year, month) do update set title = excluded.title""")
			.params(UUID.randomUUID(), year, month, toJson(title))
			.update();
	}

	long countThemes() {
		return this.jdbc.sql("select count(*) from prevention_theme").query(Long.class).single();
	}

	Optional<ThemePage> page(UUID themeId, PreventionBassin bassin) {
		return this.jdbc.sql("select " + PAGE_COLUMNS + """
				 from prevention_page p join prevention_theme t on t.id = p.theme_id
				where p.theme_id = ? and p.bassin = ?""").params(themeId, bassin.name()).query(this::page).optional();
	}

	/** A bassin's pages, newest month first; only published ones when asked. */
	List<ThemePage> pages(PreventionBassin bassin, boolean publishedOnly, int limit) {
		return this.jdbc.sql("select " + PAGE_COLUMNS + """
				 from prevention_page p join prevention_theme t on t.id = p.theme_id
				where p.bassin = ? and (not ? or p.status = 'published')
				order by t.year desc, t.month desc limit ?""")
			.params(bassin.name(), publishedOnly, limit)
			.query(this::page)
			.list();
	}

	/** Published pages of every bassin on the themes of one year. */
	List<ThemePage> publishedPages(int year) {
		return this.jdbc.sql("select " + PAGE_COLUMNS + """
				 from prevention_page p join prevention_theme t on t.id = p.theme_id
				where t.year = ? and p.status = 'published' order by t.month, p.bassin""")
			.param(year)
			.query(this::page)
			.list();
	}

	/** Creates or changes a bassin's page on a theme; returns its id. */
	UUID savePage(UUID themeId, PreventionBassin bassin, LocalizedText summary, LocalizedText resources, String by) {
		return this.jdbc.sql("""
				insert into prevention_page (id, theme_id, bassin, summary, resources, modified_by)
				values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
				on conflict (theme_id, bassin) do update set summary = excluded.summary,
					resources = excluded.resources, modified_by = excluded.modified_by, last_modified = now()
				returning id""")
			.params(UUID.randomUUID(), themeId, bassin.name(), toJson(summary), toJson(resources), by)
			.query(UUID.class)
			.single();
	}

	void status(UUID pageId, boolean published) {
		this.jdbc.sql("""
				update prevention_page set status = ?, last_modified = now(),
					published_at = case when ? then coalesce(published_at, now()) else published_at end
				where id = ?""").params(published ? "published" : "draft", published, pageId).update();
	}

	void addService(UUID pageId, UUID serviceId) {
		this.jdbc.sql("""
				insert into prevention_page_service (page_id, service_id, position)
				values (?, ?, (select coalesce(max(position), -1) + 1 from prevention_page_service where page_id = ?))
				on conflict do nothing""").params(pageId, serviceId, pageId).update();
		touch(pageId);
	}

	void removeService(UUID pageId, UUID serviceId) {
		this.jdbc.sql("delete from prevention_page_service where page_id = ? and service_id = ?")
			.params(pageId, serviceId)
			.update();
		touch(pageId);
	}

	private void touch(UUID pageId) {
		this.jdbc.sql("update prevention_page set last_modified = now() where id = ?").param(pageId).update();
	}

	private List<UUID> services(UUID pageId) {
		return this.jdbc.sql("select service_id from prevention_page_service where page_id = ? order by position")
			.param(pageId)
			.query(UUID.class)
			.list();
	}

	private Theme theme(ResultSet rs, int row) throws SQLException {
		return new Theme(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getInt("month"),
				text(rs.getString("title")));
	}

	private ThemePage page(ResultSet rs, int row) throws SQLException {
		Theme theme = new Theme(rs.getObject("theme_id", UUID.class), rs.getInt("year"), rs.getInt("month"),
				text(rs.getString("title")));
		UUID id = rs.getObject("id", UUID.class);
		return new ThemePage(id, theme, PreventionBassin.valueOf(rs.getString("bassin")), text(rs.getString("summary")),
				text(rs.getString("resources")), "published".equals(rs.getString("status")),
				instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("last_modified")), services(id));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private String toJson(LocalizedText text) {
		return this.json.writeValueAsString((text != null) ? text : NONE);
	}

	private LocalizedText text(String jsonb) {
		return (jsonb != null) ? this.json.readValue(jsonb, LocalizedText.class) : NONE;
	}

}
