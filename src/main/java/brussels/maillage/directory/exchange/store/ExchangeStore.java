package brussels.maillage.directory.exchange.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import brussels.maillage.directory.organizations.OrganizationRepository;
import brussels.maillage.directory.search.index.SearchIndexHandoff;
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.system.LocalizedText;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes what an import read, in its transaction: the package copied into staging tables,
 * compared there with the directory, and written through the repositories' bulk paths.
 */
@Repository
public class ExchangeStore {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExchangeStore.class);

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DataSource dataSource;

	private final OnlineStore online;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final ImportIndexing indexing;

	ExchangeStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource, OnlineStore online,
			ServiceRepository services, OrganizationRepository organizations, ImportIndexing indexing) {
		this.indexing = indexing;
		this.services = services;
		this.organizations = organizations;
		this.online = online;
		this.jdbc = jdbc;
		this.json = json;
		this.dataSource = dataSource;
	}

	/**
	 * Writes what an import read: organisations and places upserted, new services added,
	 * changed ones updated with their phones, hours, places and themes replaced;
	 * identical ones untouched. Every service read keeps the package's source and the
	 * "managed elsewhere" choice.
	 * <p>
	 * Everything read is copied ({@code COPY}) into temporary tables of the transaction
	 * and compared there with the directory; each new or changed service row is then
	 * written once. The search index of this instance indexes the new and changed
	 * services while they are written ({@link ImportIndexing}) and adds them once the
	 * import is committed; every other instance reads them from the change log (migration
	 * V50), written by the import itself (V119).
	 */
	public Written write(DirectorySnapshot incoming, DirectorySnapshot.Extras extras, String source,
			boolean managedElsewhere, ImportProgress progress) {
		int total = incoming.services().size();
		progress.writing(0, total);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Staging staging = new Staging(connection);
			// For this transaction only: memory for the comparisons' hashes.
			staging.execute("select set_config('work_mem', '64MB', true)");
			SnapshotStaging.stage(staging, incoming);
			this.organizations.writeStaged();
			writeExtras(staging, extras, source);
			SnapshotStaging.compare(staging);
			int[] counts = staging.counts(
					"select count(*) filter (where added), count(*) filter (where not added) from x_import_changed");
			int added = counts[0];
			int changed = counts[1];
			progress.writing(total - added - changed, total);
			SearchIndexHandoff.Handoff handoff = (added + changed > 0) ? this.indexing.start(staging, incoming, extras)
					: null;
			if (added + changed > 0) {
				// The row triggers of the change log and of the version queue nothing
				// while the services are written in bulk: they are logged once below
				// (V119).
				staging.execute("select set_config('maillage.bulk_change', 'on', true)");
				this.services.writeStaged(source, managedElsewhere);
				staging.execute("select set_config('maillage.bulk_change', 'off', true)");
			}
			if (source != null) {
				this.services.markStagedSource(source, managedElsewhere);
			}
			// The package's classification of its services, kept whatever the crosswalk
			// says; only the rows that differ are written, so that the change log lists
			// only the services whose classification changed.
			staging.execute("""
					delete from service_package_term t using x_import_service x where t.service_id = x.id
						and not exists (select 1 from x_import_service_package_term n
							where n.service_id = t.service_id and n.term_id = t.term_id)""");
			staging.execute("""
					insert into service_package_term (service_id, term_id)
					select distinct service_id, term_id from x_import_service_package_term n
					where not exists (select 1 from service_package_term t
						where t.service_id = n.service_id and t.term_id = n.term_id)""");
			// Virtual places, services at them and contacts (V58).
			this.online.write(staging, incoming.online());
			if (added + changed > 0) {
				logChanged(staging, handoff);
			}
			progress.writing(total, total);
			return new Written(added, changed, total - added - changed);
		}
		catch (SQLException | IOException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException("Import failed: " + ex.getMessage(),
					ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * The organisations' phones (replaced for the organisations of the package), and the
	 * package's taxonomies and terms (upserted; a theme an editor chose is kept).
	 */
	private void writeExtras(Staging staging, DirectorySnapshot.Extras extras, String source)
			throws SQLException, IOException {
		staging.create("x_import_org_phone", "id uuid, organization_id uuid, number text, description jsonb");
		staging.copy("x_import_org_phone", extras.organizationPhones(),
				(phone, row) -> row.add(phone.id())
					.add(phone.organizationId())
					.add(phone.number())
					.add(toJson(phone.description())));
		this.services.writeStagedOrganizationPhones();
		staging.create("x_import_package_taxonomy", "id uuid, name text, description text, uri text, version text");
		staging.copy("x_import_package_taxonomy", extras.taxonomies(),
				(taxonomy, row) -> row.add(taxonomy.id())
					.add(taxonomy.name())
					.add(taxonomy.description())
					.add(taxonomy.uri())
					.add(taxonomy.version()));
		staging.execute("""
				insert into package_taxonomy (id, source, name, description, uri, version)
				select id, %s, name, description, uri, version from x_import_package_taxonomy
				on conflict (id) do update set name = excluded.name, description = excluded.description,
					uri = excluded.uri, version = excluded.version"""
			.formatted(literal((source != null) ? source : "")));
		staging.create("x_import_package_term", """
				id uuid, taxonomy_id uuid, code text, name text, description text, parent_id uuid, theme_id uuid,
				matched_by text""");
		staging.copy("x_import_package_term", extras.terms(),
				(term, row) -> row.add(term.id())
					.add(term.taxonomyId())
					.add(term.code())
					.add(term.name())
					.add(term.description())
					.add(term.parentId())
					.add(term.themeId())
					.add(term.matchedBy()));
		staging.execute("""
				insert into package_term (id, taxonomy_id, code, name, description, parent_id, theme_id, matched_by)
				select id, taxonomy_id, code, name, description, parent_id, theme_id, matched_by
				from x_import_package_term
				on conflict (id) do update set taxonomy_id = excluded.taxonomy_id, code = excluded.code,
					name = excluded.name, description = excluded.description, parent_id = excluded.parent_id,
					theme_id = case when package_term.matched_by = 'editor' then package_term.theme_id
						else excluded.theme_id end,
					matched_by = case when package_term.matched_by = 'editor' then 'editor'
						else excluded.matched_by end""");
		staging.create("x_import_service_package_term", "service_id uuid, term_id uuid");
		staging.copy("x_import_service_package_term", extras.serviceTerms(),
				(term, row) -> row.add(term.serviceId()).add(term.termId()));
	}

	/**
	 * The change log of the services written in bulk ({@code x_import_changed}): the
	 * directory's version raised once, and one row per service, stamped with it, where
	 * the triggers wrote about four per service and stamped them one by one at the commit
	 * (V119). Every instance's search index reads the same services from it as before.
	 */
	private void logChanged(Staging staging, SearchIndexHandoff.Handoff handoff) throws SQLException {
		long[] version = { 0 };
		String[] transaction = { null };
		staging.query("select directory_version_raise_now(), pg_current_xact_id()::text", (rs) -> {
			version[0] = rs.getLong(1);
			transaction[0] = rs.getString(2);
		});
		staging.execute("""
				insert into directory_change (version, service_id)
				select %d, id from x_import_changed""".formatted(version[0]));
		handoff.logged(version[0], transaction[0]);
	}

	/** A string as an SQL literal (standard-conforming strings: quotes doubled). */
	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Closes the services imported from this source that are not in the package (ids as
	 * written in it); how many were closed.
	 */
	public int closeAbsent(String source, java.util.Set<String> inPackage) {
		return this.services.closeAbsent(source, inPackage);
	}

	/** An editor maps a package term to a theme, or to none. */
	public void mapPackageTerm(UUID term, UUID theme) {
		this.jdbc.sql("update package_term set theme_id = ?, matched_by = ? where id = ?")
			.params(theme, (theme != null) ? "editor" : null, term)
			.update();
	}

	/**
	 * A text as the {@code jsonb} the directory stores ({@code {"fr": ..., "nl": ...,
	 * "en": ...}}, as Jackson writes it), written directly: an import writes hundreds of
	 * thousands of them.
	 */
	static String toJson(LocalizedText text) {
		LocalizedText value = (text != null) ? text : NONE;
		StringBuilder json = new StringBuilder(64);
		json.append("{\"fr\":");
		jsonString(json, value.fr());
		json.append(",\"nl\":");
		jsonString(json, value.nl());
		json.append(",\"en\":");
		jsonString(json, value.en());
		return json.append('}').toString();
	}

	private static void jsonString(StringBuilder json, String value) {
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	/** The services an import wrote: added, changed, and found identical. */
	public record Written(int added, int changed, int unchanged) {
	}

}
