package brussels.maillage.directory.hsds;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a {@code taxonomy_term_id} of the API's service search names, in one query: an
 * imported package's own term (first), or a directory theme, by its code. Read without a
 * transaction (one statement needs none): no transactional proxy around a look-up that
 * about a quarter of the API's searches make.
 */
@Component
class TaxonomyTermIds {

	private final JdbcClient jdbc;

	TaxonomyTermIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a {@code taxonomy_term_id} names.
	 *
	 * @param theme the directory theme's code, or {@code null}
	 * @param packageTerm whether it is a term of an imported package
	 */
	record Term(String theme, boolean packageTerm) {
	}

	/** What {@code id} names; empty when it is neither a package's term nor a theme. */
	Optional<Term> term(UUID id) {
		Term term = this.jdbc.sql("""
				select (select code from taxonomy_term where id = :id) as theme,
					exists (select 1 from package_term where id = :id) as package_term""")
			.param("id", id)
			.query((rs, row) -> new Term(rs.getString("theme"), rs.getBoolean("package_term")))
			.single();
		return (term.theme() == null && !term.packageTerm()) ? Optional.empty() : Optional.of(term);
	}

}
