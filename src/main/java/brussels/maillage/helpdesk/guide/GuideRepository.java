package brussels.maillage.helpdesk.guide;

import java.util.List;
import java.util.Optional;

import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The respondent's guide: pages coordinators edit, shown beside the request form. */
@Component
@Transactional(readOnly = true)
class GuideRepository {

	private final JdbcClient jdbc;

	GuideRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GuidePage> pages() {
		return this.jdbc.sql("""
				select id, position, title_fr, title_nl, body_fr, body_nl, updated_at, updated_by
				from helpdesk_guide_page order by position, id""").query((rs, n) -> page(rs)).list();
	}

	Optional<GuidePage> page(long id) {
		return this.jdbc.sql("""
				select id, position, title_fr, title_nl, body_fr, body_nl, updated_at, updated_by
				from helpdesk_guide_page where id = ?""").param(id).query((rs, n) -> page(rs)).optional();
	}

	@Transactional
	long save(Long id, int position, String titleFr, String titleNl, String bodyFr, String bodyNl, String by) {
		if (id == null) {
			return this.jdbc.sql("""
					insert into helpdesk_guide_page (position, title_fr, title_nl, body_fr, body_nl, updated_by)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(position, titleFr, titleNl, bodyFr, bodyNl, by)
				.query(Long.class)
				.single();
		}
		this.jdbc.sql("""
				update helpdesk_guide_page set position = ?, title_fr = ?, title_nl = ?, body_fr = ?, body_nl = ?,
					updated_by = ?, updated_at = now() where id = ?""")
			.params(position, titleFr, titleNl, bodyFr, bodyNl, by, id)
			.update();
		return id;
	}

	private static GuidePage page(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new GuidePage(rs.getLong("id"), rs.getInt("position"),
				LocalizedText.of(rs.getString("title_fr"), rs.getString("title_nl"), null),
				LocalizedText.of(rs.getString("body_fr"), rs.getString("body_nl"), null),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}
