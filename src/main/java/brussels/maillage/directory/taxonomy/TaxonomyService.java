package brussels.maillage.directory.taxonomy;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.Theme;
import brussels.maillage.directory.search.ServiceSearch;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's themes and the search synonyms, as editors change them (the one writer
 * of {@code taxonomy_term} and {@code search_synonym}).
 */
@Service
@Transactional(readOnly = true)
class TaxonomyService {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final AuditLog audit;

	TaxonomyService(JdbcClient jdbc, DirectoryStore store, AuditLog audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
	}

	/** The synonym groups the search uses. */
	public List<SynonymGroup> synonyms() {
		return this.jdbc.sql("select id, terms, created_by, created_at from search_synonym order by terms[1], id")
			.query((rs, row) -> new SynonymGroup(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms")),
					rs.getString("created_by"), DirectoryStore.instant(rs, "created_at")))
			.list();
	}

	/**
	 * Adds a group of terms that mean the same (normalized as the search normalizes
	 * queries); the search uses it from the next query.
	 */
	@Transactional
	public long addSynonyms(List<String> terms, String editor) {
		List<String> normalized = terms.stream()
			.map(ServiceSearch::normalize)
			.filter((term) -> !term.isBlank())
			.distinct()
			.toList();
		if (normalized.size() < 2) {
			throw new IllegalArgumentException("A synonym group needs two different terms");
		}
		long id = this.jdbc.sql("""
				insert into search_synonym (terms, created_by) values (cast(? as text[]), ?) returning id""")
			.params(DirectoryStore.arrayLiteral(normalized), editor)
			.query(Long.class)
			.single();
		this.audit.record("directory.synonyms.added", "synonym", id, String.join(", ", normalized));
		return id;
	}

	/** Removes a synonym group. */
	@Transactional
	public boolean removeSynonyms(long id) {
		boolean removed = this.jdbc.sql("delete from search_synonym where id = ?").param(id).update() > 0;
		if (removed) {
			this.audit.record("directory.synonyms.removed", "synonym", id, null);
		}
		return removed;
	}

	/**
	 * Adds a theme (no parent) or a sub-theme, or changes its labels; the services it
	 * labels are searched with the new words at once.
	 * @throws IllegalArgumentException when the code is taken by another term, or the
	 * parent is unknown or itself a sub-theme
	 */
	@Transactional
	public void saveTheme(String code, String parentCode, LocalizedText label, String editor) {
		UUID parent = null;
		if (parentCode != null) {
			Theme found = this.store.themes()
				.stream()
				.filter((theme) -> theme.code().equals(parentCode) && theme.parentId() == null)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No theme " + parentCode));
			if (found.code().equals(code)) {
				throw new IllegalArgumentException("A theme is not its own parent");
			}
			parent = found.id();
		}
		int changed = this.jdbc.sql("update taxonomy_term set label = cast(? as jsonb) where code = ?")
			.params(this.store.toJson(label), code)
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into taxonomy_term (id, taxonomy_id, code, parent_id, label, position)
					select ?, (select id from taxonomy order by name limit 1), ?, ?, cast(? as jsonb),
						coalesce((select max(position) + 1 from taxonomy_term), 0)""")
				.params(UUID
					.nameUUIDFromBytes(("maillage-theme-" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						code, parent, this.store.toJson(label))
				.update();
			this.audit.record("directory.theme.added", "theme", code, label.toString());
		}
		else {
			// Its services are indexed again by the search engine (a theme change is
			// "everything" in the change log, V50).
			this.audit.record("directory.theme.edited", "theme", code, label.toString());
		}
	}

}
