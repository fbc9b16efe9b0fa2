package brussels.maillage.directory.exchange.crosswalk;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.exchange.store.ExchangeStore;
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.identity.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crosswalk from imported packages' own taxonomies to the directory's themes: the
 * terms with their theme, and an editor's choice of theme for a term, which classifies at
 * once every service the package gave that term.
 */
@Service
@Transactional(readOnly = true)
class Crosswalks {

	private final JdbcClient jdbc;

	private final ExchangeStore store;

	private final ServiceRepository services;

	private final AuditLog audit;

	Crosswalks(JdbcClient jdbc, ExchangeStore store, ServiceRepository services, AuditLog audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.services = services;
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

	/** Every term of the imported packages, the unmapped ones first. */
	List<Row> rows() {
		return this.jdbc.sql("""
				select t.id, x.source, x.name as taxonomy, t.code, t.name, t.theme_id, t.matched_by,
					(select count(*) from service_package_term s where s.term_id = t.id) as services
				from package_term t join package_taxonomy x on x.id = t.taxonomy_id
				order by (t.theme_id is not null), x.source, x.name, t.name""")
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("source"),
					rs.getString("taxonomy"), rs.getString("code"), rs.getString("name"),
					rs.getObject("theme_id", UUID.class), rs.getString("matched_by"), rs.getLong("services")))
			.list();
	}

	/**
	 * Maps a term to a theme (or to none, {@code chosen} null), and reclassifies its
	 * services.
	 * @return whether the term exists
	 */
	@Transactional
	boolean choose(UUID term, UUID chosen) {
		List<UUID> previous = this.jdbc.sql("select theme_id from package_term where id = ?")
			.param(term)
			.query((rs, row) -> rs.getObject("theme_id", UUID.class))
			.list();
		if (previous.isEmpty()) {
			return false;
		}
		UUID old = previous.get(0);
		this.store.mapPackageTerm(term, chosen);
		this.services.reclassifyPackageTerm(term, old, chosen);
		this.audit.record("directory.crosswalk.changed", "package_term", term.toString(),
				(chosen != null) ? AuditLog.details("crosswalk-theme", chosen) : "crosswalk-no-theme");
		return true;
	}

}
