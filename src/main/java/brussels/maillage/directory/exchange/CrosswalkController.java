package brussels.maillage.directory.exchange;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.identity.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The crosswalk from imported packages' own taxonomies to the directory's themes: filled
 * on import where codes or labels match, and here by editors for the other terms. A
 * chosen theme classifies at once every service the package gave that term.
 */
@Controller
class CrosswalkController {

	private final JdbcClient jdbc;

	private final DirectoryService directory;

	private final AuditLog audit;

	CrosswalkController(JdbcClient jdbc, DirectoryService directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * One term of a package, its theme and how many services it classifies.
	 *
	 * @param id term id
	 * @param source the package's source
	 * @param taxonomy its taxonomy's name
	 * @param code its code, or null
	 * @param name its name
	 * @param themeId the theme it maps to, or null
	 * @param matchedBy code, label or editor, or null
	 * @param services services it classifies
	 */
	record Row(UUID id, String source, String taxonomy, String code, String name, UUID themeId, String matchedBy,
			long services) {
	}

	@GetMapping("/staff/directory/crosswalk")
	String page(Model model, Locale locale) {
		List<Row> rows = this.jdbc.sql("""
				select t.id, x.source, x.name as taxonomy, t.code, t.name, t.theme_id, t.matched_by,
					(select count(*) from service_package_term s where s.term_id = t.id) as services
				from package_term t join package_taxonomy x on x.id = t.taxonomy_id
				order by (t.theme_id is not null), x.source, x.name, t.name""")
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("source"),
					rs.getString("taxonomy"), rs.getString("code"), rs.getString("name"),
					rs.getObject("theme_id", UUID.class), rs.getString("matched_by"), rs.getLong("services")))
			.list();
		model.addAttribute("rows", rows);
		model.addAttribute("unmapped", rows.stream().filter((row) -> row.themeId() == null).count());
		model.addAttribute("themes", this.directory.themes());
		return "exchange/crosswalk";
	}

	/** Maps a term to a theme (or to none), and reclassifies its services. */
	@PostMapping("/staff/directory/crosswalk/{term}")
	@Transactional
	String choose(@PathVariable UUID term, @RequestParam(defaultValue = "") String theme, RedirectAttributes redirect) {
		UUID chosen = theme.isBlank() ? null : parse(theme);
		if (chosen != null
				&& this.directory.themes().stream().noneMatch((candidate) -> candidate.id().equals(chosen))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown theme");
		}
		List<UUID> previous = this.jdbc.sql("select theme_id from package_term where id = ?")
			.param(term)
			.query((rs, row) -> rs.getObject("theme_id", UUID.class))
			.list();
		if (previous.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		UUID old = previous.get(0);
		this.jdbc.sql("update package_term set theme_id = ?, matched_by = ? where id = ?")
			.params(chosen, (chosen != null) ? "editor" : null, term)
			.update();
		if (old != null && !old.equals(chosen)) {
			// The old theme leaves the services that no other of their package terms
			// maps to it.
			this.jdbc.sql("""
					delete from service_taxonomy st using service_package_term spt
					where spt.term_id = :term and st.service_id = spt.service_id and st.taxonomy_term_id = :old
						and not exists (select 1 from service_package_term o join package_term p on p.id = o.term_id
							where o.service_id = st.service_id and o.term_id <> :term and p.theme_id = :old)""")
				.param("term", term)
				.param("old", old)
				.update();
		}
		if (chosen != null) {
			this.jdbc.sql("""
					insert into service_taxonomy (service_id, taxonomy_term_id)
					select service_id, :theme from service_package_term where term_id = :term
					on conflict do nothing""").param("term", term).param("theme", chosen).update();
		}
		this.audit.record("directory.crosswalk.changed", "package_term", term.toString(),
				"theme " + ((chosen != null) ? chosen : "none"));
		redirect.addFlashAttribute("notice", "exchange.crosswalk.saved");
		return "redirect:/staff/directory/crosswalk#term-" + term;
	}

	private static UUID parse(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown theme");
		}
	}

}
