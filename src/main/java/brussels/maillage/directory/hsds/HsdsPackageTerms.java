package brussels.maillage.directory.hsds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomies and terms an imported package brought (kept by the exchange in
 * {@code package_taxonomy} and {@code package_term}, read-only here) as HSDS 3.1 records:
 * a term with its taxonomy's name, its description (its name when it has none) and no
 * language, the package's texts being in one language.
 */
@Component
@Transactional(readOnly = true)
class HsdsPackageTerms {

	private static final String TERMS = """
			select t.id, t.code, t.name, t.description, t.parent_id, t.taxonomy_id, x.name as taxonomy_name
			from package_term t join package_taxonomy x on x.id = t.taxonomy_id""";

	private final JdbcClient jdbc;

	HsdsPackageTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The package terms a service is classified under, by taxonomy and name. */
	List<Hsds.TaxonomyTerm> ofService(UUID service) {
		return this.jdbc.sql(TERMS + """
				 join service_package_term s on s.term_id = t.id where s.service_id = ?
				order by x.name, t.name, t.id""").param(service).query((rs, row) -> term(rs)).list();
	}

	Optional<Hsds.TaxonomyTerm> term(UUID id) {
		return this.jdbc.sql(TERMS + " where t.id = ?").param(id).query((rs, row) -> term(rs)).optional();
	}

	/**
	 * The package terms of a taxonomy and/or under a parent term, by name; none when
	 * neither is given (the list of terms is then the directory's themes).
	 */
	List<Hsds.TaxonomyTerm> terms(UUID taxonomy, UUID parent) {
		if (taxonomy == null && parent == null) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("taxonomy", taxonomy);
		params.put("parent", parent);
		return this.jdbc.sql(TERMS + """
				 where (cast(:taxonomy as uuid) is null or t.taxonomy_id = cast(:taxonomy as uuid))
					and (cast(:parent as uuid) is null or t.parent_id = cast(:parent as uuid))
				order by t.name, t.id""").params(params).query((rs, row) -> term(rs)).list();
	}

	Optional<Hsds.Taxonomy> taxonomy(UUID id) {
		return this.jdbc.sql("select id, name, description, uri, version from package_taxonomy where id = ?")
			.param(id)
			.query((rs, row) -> new Hsds.Taxonomy(rs.getString("id"), rs.getString("name"),
					orElse(rs.getString("description"), rs.getString("name")), rs.getString("uri"),
					rs.getString("version")))
			.optional();
	}

	private static Hsds.TaxonomyTerm term(ResultSet rs) throws SQLException {
		return new Hsds.TaxonomyTerm(rs.getString("id"), rs.getString("code"), rs.getString("name"),
				orElse(rs.getString("description"), rs.getString("name")), rs.getString("parent_id"),
				rs.getString("taxonomy_name"), null, rs.getString("taxonomy_id"));
	}

	private static String orElse(String text, String fallback) {
		return (text == null || text.isBlank()) ? fallback : text;
	}

}
