package brussels.maillage.directory.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's themes and the search synonyms, as editors change them (the one writer
 * of {@code taxonomy_term}, {@code search_synonym} and {@code search_synonym_broader}).
 */
@Service
@Transactional(readOnly = true)
class TaxonomyService {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final AuditLog audit;

	private final DirectoryService directory;

	TaxonomyService(JdbcClient jdbc, DirectoryStore store, AuditLog audit, DirectoryService directory) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
	}

	/** The synonym groups the search uses, each with its broader groups. */
	public List<SynonymGroup> synonyms() {
		List<SynonymGroup> groups = this.jdbc
			.sql("select id, terms, created_by, created_at from search_synonym order by terms[1], id")
			.query((rs, row) -> new SynonymGroup(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms")),
					rs.getString("created_by"), DirectoryStore.instant(rs, "created_at"), List.of()))
			.list();
		Map<Long, List<String>> terms = new HashMap<>();
		groups.forEach((group) -> terms.put(group.id(), group.terms()));
		Map<Long, List<SynonymGroup.Link>> broader = new HashMap<>();
		this.jdbc.sql("select narrower_id, broader_id from search_synonym_broader order by narrower_id, broader_id")
			.query((rs) -> {
				long id = rs.getLong("broader_id");
				broader.computeIfAbsent(rs.getLong("narrower_id"), (key) -> new ArrayList<>())
					.add(new SynonymGroup.Link(id, terms.get(id)));
			});
		return groups.stream()
			.map((group) -> new SynonymGroup(group.id(), group.terms(), group.createdBy(), group.createdAt(),
					List.copyOf(broader.getOrDefault(group.id(), List.of()))))
			.toList();
	}

	/** A synonym group with its broader groups, if it exists. */
	public Optional<SynonymGroup> synonymGroup(long id) {
		return this.jdbc.sql("select id, terms, created_by, created_at from search_synonym where id = ?")
			.param(id)
			.query((rs, row) -> new SynonymGroup(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms")),
					rs.getString("created_by"), DirectoryStore.instant(rs, "created_at"),
					links("""
							select p.id, p.terms from search_synonym_broader b join search_synonym p on p.id = b.broader_id
							where b.narrower_id = ? order by p.terms[1], p.id""",
							id)))
			.optional();
	}

	/** The groups that name a group as their broader concept. */
	public List<SynonymGroup.Link> narrower(long id) {
		return links("""
				select n.id, n.terms from search_synonym_broader b join search_synonym n on n.id = b.narrower_id
				where b.broader_id = ? order by n.terms[1], n.id""", id);
	}

	/**
	 * Gives a group the broader group holding {@code term} (as the search reads it; the
	 * oldest group holding it, as for the search); a search for the group's terms then
	 * also finds the broader group's services, below its own.
	 * @throws Refused when no group holds the term, it is the group's own, the relation
	 * exists, or it would make a group broader than itself (a cycle)
	 */
	@Transactional
	public SynonymGroup.Link addBroader(long id, String term, String editor) {
		// One editor at a time checks and adds a relation: two opposite ones added at
		// once
		// would make a cycle that neither saw.
		this.jdbc.sql("lock table search_synonym_broader in share row exclusive mode").update();
		String normalized = this.directory.normalize(term);
		SynonymGroup.Link broader = this.jdbc
			.sql("select id, terms from search_synonym where ? = any(terms) order by id limit 1")
			.param(normalized)
			.query((rs, row) -> new SynonymGroup.Link(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms"))))
			.optional()
			.orElseThrow(() -> new Refused("term", "directory.synonyms.broader.unknown", normalized));
		if (broader.id() == id) {
			throw new Refused("term", "directory.synonyms.broader.same", normalized);
		}
		boolean exists = this.jdbc
			.sql("select exists (select 1 from search_synonym_broader where narrower_id = ? and broader_id = ?)")
			.params(id, broader.id())
			.query(Boolean.class)
			.single();
		if (exists) {
			throw new Refused("term", "directory.synonyms.broader.already", normalized);
		}
		// A cycle: the group is already reached by going up from the broader one.
		boolean cycle = this.jdbc.sql("""
				with recursive up (id) as (
					select broader_id from search_synonym_broader where narrower_id = ?
					union
					select b.broader_id from search_synonym_broader b join up on b.narrower_id = up.id)
				select exists (select 1 from up where id = ?)""")
			.params(broader.id(), id)
			.query(Boolean.class)
			.single();
		if (cycle) {
			throw new Refused("term", "directory.synonyms.broader.cycle", normalized);
		}
		this.jdbc.sql("insert into search_synonym_broader (narrower_id, broader_id, created_by) values (?, ?, ?)")
			.params(id, broader.id(), editor)
			.update();
		this.audit.record("directory.synonyms.broaderAdded", "synonym", id, String.join(", ", broader.terms()));
		return broader;
	}

	/** Removes a group's broader group. */
	@Transactional
	public boolean removeBroader(long id, long broaderId) {
		boolean removed = this.jdbc.sql("delete from search_synonym_broader where narrower_id = ? and broader_id = ?")
			.params(id, broaderId)
			.update() > 0;
		if (removed) {
			this.audit.record("directory.synonyms.broaderRemoved", "synonym", id, Long.toString(broaderId));
		}
		return removed;
	}

	private List<SynonymGroup.Link> links(String sql, long id) {
		return this.jdbc.sql(sql)
			.param(id)
			.query((rs, row) -> new SynonymGroup.Link(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms"))))
			.list();
	}

	/**
	 * Adds a group of terms that mean the same (normalized as the search normalizes
	 * queries); the search uses it from the next query.
	 */
	@Transactional
	public long addSynonyms(List<String> terms, String editor) {
		List<String> normalized = terms.stream()
			.map(this.directory::normalize)
			.filter((term) -> !term.isBlank())
			.distinct()
			.toList();
		if (normalized.size() < 2) {
			throw new IllegalArgumentException("A synonym group needs two different terms");
		}
		long id = this.jdbc.sql("""
				insert into search_synonym (terms, created_by) values (cast(? as text[]), ?) returning id""")
			.params(normalized.toArray(String[]::new), editor)
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
