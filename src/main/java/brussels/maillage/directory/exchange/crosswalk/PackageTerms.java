package brussels.maillage.directory.exchange.crosswalk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The terms of imported packages' own taxonomies and the directory theme each maps to
 * (the crosswalk), for the HSDS API's {@code taxonomy_term_id} filter: a partner filters
 * with its own term ids.
 */
@Component
class PackageTerms {

	private final JdbcClient jdbc;

	PackageTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The term of an imported package with this id, with the theme it maps to (empty when
	 * no theme is chosen yet); empty when no package has such a term.
	 */
	public Optional<Optional<UUID>> theme(UUID term) {
		List<Optional<UUID>> found = this.jdbc.sql("select theme_id from package_term where id = ?")
			.param(term)
			.query((rs, row) -> Optional.ofNullable(rs.getObject("theme_id", UUID.class)))
			.list();
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

}
