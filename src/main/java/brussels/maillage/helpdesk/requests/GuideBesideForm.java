package brussels.maillage.helpdesk.requests;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondent's guide as the request form shows it beside its fields: the pages'
 * titles and steps, in their order. The request form only reads the guide; its pages are
 * written by the guide's own sub-feature ({@code helpdesk.guide}).
 */
@Component
@Transactional(readOnly = true)
class GuideBesideForm {

	private final JdbcClient jdbc;

	GuideBesideForm(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every page, in their order. */
	List<Page> pages() {
		return this.jdbc.sql("""
				select title_fr, title_nl, body_fr, body_nl from helpdesk_guide_page order by position, id""")
			.query((rs, n) -> new Page(LocalizedText.of(rs.getString("title_fr"), rs.getString("title_nl"), null),
					LocalizedText.of(rs.getString("body_fr"), rs.getString("body_nl"), null)))
			.list();
	}

	/**
	 * A page of the guide, in French and Dutch.
	 *
	 * @param title its title
	 * @param body its text, one step per line
	 */
	record Page(LocalizedText title, LocalizedText body) {

		/**
		 * The steps of the page in {@code locale} (French when it has no text in that
		 * language).
		 */
		public List<String> steps(Locale locale) {
			String text = this.body.in(locale).text();
			return (text != null) ? Arrays.stream(text.split("\\R")).filter((line) -> !line.isBlank()).toList()
					: List.of();
		}

	}

}
