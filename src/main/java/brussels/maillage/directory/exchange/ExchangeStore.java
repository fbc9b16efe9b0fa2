package brussels.maillage.directory.exchange;

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
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.system.LocalizedText;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Reads the directory's tables in bulk for exchanges: one query per table, for every
 * service or for a chosen set (a search result).
 */
@Repository
class ExchangeStore {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExchangeStore.class);

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DataSource dataSource;

	private final OnlineStore online;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	ExchangeStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource, OnlineStore online,
			ServiceRepository services, OrganizationRepository organizations) {
		this.services = services;
		this.organizations = organizations;
		this.online = online;
		this.jdbc = jdbc;
		this.json = json;
		this.dataSource = dataSource;
	}

	/**
	 * The services with these ids (all services when {@code null}), their organisations,
	 * public places, phones, hours and themes, and the whole taxonomy.
	 */
	DirectorySnapshot read(List<UUID> serviceIds) {
		UUID[] ids = (serviceIds != null) ? serviceIds.toArray(UUID[]::new) : null;
		// The ids as a set (unnest), so that the database joins them instead of comparing
		// every row with the whole list.
		String services = (ids != null) ? "select unnest(cast(:ids as uuid[]))" : "select id from service";
		List<DirectorySnapshot.Svc> svcs = this.jdbc.sql("""
				select id, organization_id, name::text as name, description::text as description,
					application_process::text as application_process, fees_description::text as fees_description,
					eligibility_description::text as eligibility_description, status, kind, url, email, minimum_age,
					maximum_age, cost, languages, target_groups, area_level, area_codes, last_verified_at,
					last_verified_by, last_modified, area_description
				from service where id in (%s) order by id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Svc(uuid(rs, "id"), uuid(rs, "organization_id"),
					text(rs.getString("name")), text(rs.getString("description")),
					text(rs.getString("application_process")), text(rs.getString("fees_description")),
					text(rs.getString("eligibility_description")), rs.getString("status"), rs.getString("kind"),
					rs.getString("url"), rs.getString("email"), (Integer) rs.getObject("minimum_age"),
					(Integer) rs.getObject("maximum_age"), rs.getString("cost"), strings(rs.getArray("languages")),
					strings(rs.getArray("target_groups")), rs.getString("area_level"),
					strings(rs.getArray("area_codes")), instant(rs, "last_verified_at"),
					rs.getString("last_verified_by"), instant(rs, "last_modified"), rs.getString("area_description")))
			.list();
		List<DirectorySnapshot.Org> orgs = this.jdbc.sql("""
				select id, name, description::text as description, email, website from organization
				where id in (select organization_id from service where id in (%s)) order by id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Org(uuid(rs, "id"), rs.getString("name"),
					text(rs.getString("description")), rs.getString("email"), rs.getString("website")))
			.list();
		List<DirectorySnapshot.ServiceAtLocation> links = this.jdbc.sql("""
				select sal.id, sal.service_id, sal.location_id from service_at_location sal
				join location l on l.id = sal.location_id
				where not l.confidential and sal.service_id in (%s) order by sal.id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.ServiceAtLocation(uuid(rs, "id"), uuid(rs, "service_id"),
					uuid(rs, "location_id")))
			.list();
		List<DirectorySnapshot.Loc> locations = this.jdbc
			.sql("""
					select id, organization_id, name, address, postcode, city, commune_nis, latitude, longitude
					from location l where not l.confidential
					and organization_id in (select organization_id from service where id in (%s)) order by id"""
				.formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Loc(uuid(rs, "id"), uuid(rs, "organization_id"),
					rs.getString("name"), rs.getString("address"), rs.getString("postcode"), rs.getString("city"),
					rs.getString("commune_nis"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude")))
			.list();
		List<DirectorySnapshot.Phone> phones = this.jdbc.sql("""
				select id, service_id, number, description::text as description from phone
				where service_id in (%s) order by service_id, id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Phone(uuid(rs, "id"), uuid(rs, "service_id"),
					rs.getString("number"), text(rs.getString("description"))))
			.list();
		List<DirectorySnapshot.Slot> slots = this.jdbc.sql("""
				select id, service_id, weekday, opens_at, closes_at, valid_from, valid_to from schedule
				where service_id in (%s) order by service_id, weekday, opens_at, id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Slot(uuid(rs, "id"), uuid(rs, "service_id"), rs.getInt("weekday"),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
					rs.getObject("valid_from", java.time.LocalDate.class),
					rs.getObject("valid_to", java.time.LocalDate.class)))
			.list();
		List<DirectorySnapshot.ServiceTerm> serviceTerms = this.jdbc.sql("""
				select service_id, taxonomy_term_id from service_taxonomy
				where service_id in (%s) order by service_id, taxonomy_term_id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.ServiceTerm(uuid(rs, "service_id"), uuid(rs, "taxonomy_term_id")))
			.list();
		List<DirectorySnapshot.Taxonomy> taxonomies = this.jdbc
			.sql("select id, name, description, uri, version from taxonomy order by id")
			.query((rs, row) -> new DirectorySnapshot.Taxonomy(uuid(rs, "id"), rs.getString("name"),
					rs.getString("description"), rs.getString("uri"), rs.getString("version")))
			.list();
		List<DirectorySnapshot.Term> terms = this.jdbc.sql("""
				select id, taxonomy_id, code, parent_id, label::text as label, description::text as description
				from taxonomy_term order by position, id""")
			.query((rs, row) -> new DirectorySnapshot.Term(uuid(rs, "id"), uuid(rs, "taxonomy_id"),
					rs.getString("code"), uuid(rs, "parent_id"), text(rs.getString("label")),
					text(rs.getString("description"))))
			.list();
		return new DirectorySnapshot(orgs, svcs, locations, links, phones, slots, serviceTerms, taxonomies, terms,
				this.online.read(services, ids));
	}

	/** The directory's themes and sub-themes, to match a package's terms with. */
	List<brussels.maillage.directory.Theme> themesForMatching() {
		return this.jdbc.sql("select id, code, parent_id, taxonomy_id, label::text as label from taxonomy_term")
			.query((rs, row) -> new brussels.maillage.directory.Theme(uuid(rs, "id"), rs.getString("code"),
					uuid(rs, "parent_id"), uuid(rs, "taxonomy_id"), text(rs.getString("label"))))
			.list();
	}

	/** The themes editors chose for package terms, by term. */
	java.util.Map<UUID, UUID> editorThemes() {
		java.util.Map<UUID, UUID> chosen = new java.util.HashMap<>();
		this.jdbc.sql("select id, theme_id from package_term where matched_by = 'editor' and theme_id is not null")
			.query((rs, row) -> chosen.put(uuid(rs, "id"), uuid(rs, "theme_id")))
			.list();
		return chosen;
	}

	/** Ids of every taxonomy term. */
	List<UUID> termIds() {
		return this.jdbc.sql("select id from taxonomy_term").query(UUID.class).list();
	}

	/**
	 * Writes what an import read: organisations and places upserted, new services added,
	 * changed ones updated with their phones, hours, places and themes replaced;
	 * identical ones untouched. Every service read keeps the package's source and the
	 * "managed elsewhere" choice.
	 * <p>
	 * Everything read is copied ({@code COPY}) into temporary tables of the transaction
	 * and compared there with the directory; each new or changed service row is then
	 * written once. The search engine reads the changed services from the change log
	 * (migration V50) after the commit.
	 */
	ImportReport write(DirectorySnapshot incoming, String source, boolean managedElsewhere) {
		return write(incoming, DirectorySnapshot.Extras.NONE, source, managedElsewhere, ImportProgress.NONE);
	}

	ImportReport write(DirectorySnapshot incoming, DirectorySnapshot.Extras extras, String source,
			boolean managedElsewhere, ImportProgress progress) {
		int total = incoming.services().size();
		progress.writing(0, total);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Staging staging = new Staging(connection);
			// For this transaction only: memory for the comparisons' hashes.
			staging.execute("select set_config('work_mem', '64MB', true)");
			stage(staging, incoming);
			this.organizations.writeStaged();
			writeExtras(staging, extras, source);
			compare(staging);
			int[] counts = staging.counts(
					"select count(*) filter (where added), count(*) filter (where not added) from x_import_changed");
			int added = counts[0];
			int changed = counts[1];
			progress.writing(total - added - changed, total);
			if (added + changed > 0) {
				this.services.writeStaged(source, managedElsewhere);
			}
			if (source != null) {
				this.services.markStagedSource(source, managedElsewhere);
			}
			// The package's classification of its services, kept whatever the crosswalk
			// says.
			staging.execute("""
					delete from service_package_term t using x_import_service x where t.service_id = x.id""");
			staging.execute("""
					insert into service_package_term (service_id, term_id)
					select distinct service_id, term_id from x_import_service_package_term""");
			// Virtual places, services at them and contacts (V58).
			this.online.write(staging, incoming.online());
			progress.writing(total, total);
			return new ImportReport(added, changed, total - added - changed, List.of());
		}
		catch (SQLException | IOException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException("Import failed: " + ex.getMessage(),
					ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** Everything read, copied into temporary tables of the transaction. */
	private void stage(Staging staging, DirectorySnapshot incoming) throws SQLException, IOException {
		staging.create("x_import_organization", "id uuid, name text, description jsonb, email text, website text");
		staging.copy("x_import_organization", incoming.organizations(),
				(org, row) -> row.add(org.id())
					.add(org.name())
					.add(toJson(org.description()))
					.add(org.email())
					.add(org.website()));
		staging.create("x_import_location", """
				id uuid, organization_id uuid, name text, address text, postcode text, city text,
				commune_nis text, latitude double precision, longitude double precision""");
		staging.copy("x_import_location", incoming.locations(),
				(loc, row) -> row.add(loc.id())
					.add(loc.organizationId())
					.add(loc.name())
					.add(loc.address())
					.add(loc.postcode())
					.add(loc.city())
					.add(loc.communeNis())
					.add(loc.latitude())
					.add(loc.longitude()));
		staging.create("x_import_service", """
				id uuid, organization_id uuid, name jsonb, description jsonb, application_process jsonb,
				fees_description jsonb, eligibility_description jsonb, status text, kind text, url text, email text,
				minimum_age integer, maximum_age integer, cost text, languages text[], target_groups text[],
				area_level text, area_codes text[], last_verified_at timestamptz, last_verified_by text,
				last_modified timestamptz, area_description text""");
		staging.copy("x_import_service", incoming.services(),
				(svc, row) -> row.add(svc.id())
					.add(svc.organizationId())
					.add(toJson(svc.name()))
					.add(toJson(svc.description()))
					.add(toJson(svc.applicationProcess()))
					.add(toJson(svc.feesDescription()))
					.add(toJson(svc.eligibility()))
					.add(svc.status())
					.add(svc.kind())
					.add(svc.url())
					.add(svc.email())
					.add(svc.minimumAge())
					.add(svc.maximumAge())
					.add(svc.cost())
					.add(arrayLiteral(svc.languages()))
					.add(arrayLiteral(svc.targetGroups()))
					.add(svc.areaLevel())
					.add(arrayLiteral(svc.areaCodes()))
					.add(svc.lastVerifiedAt())
					.add(svc.lastVerifiedBy())
					.add(svc.lastModified())
					.add(svc.areaDescription()));
		staging.create("x_import_phone", "id uuid, service_id uuid, number text, description jsonb");
		staging.copy("x_import_phone", incoming.phones(),
				(phone, row) -> row.add(phone.id())
					.add(phone.serviceId())
					.add(phone.number())
					.add(toJson(phone.description())));
		staging.create("x_import_schedule",
				"id uuid, service_id uuid, weekday smallint, opens_at time, closes_at time, valid_from date, valid_to date");
		staging.copy("x_import_schedule", incoming.schedules(),
				(slot, row) -> row.add(slot.id())
					.add(slot.serviceId())
					.add(slot.weekday())
					.add(slot.opensAt())
					.add(slot.closesAt())
					.add(slot.validFrom())
					.add(slot.validTo()));
		staging.create("x_import_service_at_location", "id uuid, service_id uuid, location_id uuid");
		staging.copy("x_import_service_at_location", incoming.servicesAtLocations(),
				(link, row) -> row.add(link.id()).add(link.serviceId()).add(link.locationId()));
		staging.create("x_import_service_taxonomy", "service_id uuid, taxonomy_term_id uuid");
		staging.copy("x_import_service_taxonomy", incoming.serviceTerms(),
				(term, row) -> row.add(term.serviceId()).add(term.termId()));
		// Statistics for the joins on ids (not the texts: sampling them costs more than
		// the plans gain).
		staging.execute("analyze x_import_service (id)");
		for (String table : List.of("x_import_phone", "x_import_schedule", "x_import_service_at_location",
				"x_import_service_taxonomy")) {
			staging.execute("analyze " + table + " (service_id)");
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
		staging.execute("""
				delete from phone p using x_import_organization o
				where p.organization_id = o.id and p.service_id is null""");
		staging.execute("""
				insert into phone (id, organization_id, number, description)
				select id, organization_id, number, description from x_import_org_phone
				on conflict (id) do update set organization_id = excluded.organization_id, service_id = null,
					number = excluded.number, description = excluded.description""");
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
	 * The services to write ({@code x_import_changed}): new ones, and existing ones whose
	 * row, phones, hours, public places or themes differ from the package's (a text
	 * compared by its languages; no last modification in the package keeps the
	 * directory's).
	 */
	private void compare(Staging staging) throws SQLException {
		staging.create("x_import_changed", "id uuid, added boolean");
		staging.execute(
				"""
						insert into x_import_changed (id, added)
						select x.id, s.id is null from x_import_service x left join service s on s.id = x.id
						where s.id is null
							or (s.organization_id, jsonb_strip_nulls(s.name), jsonb_strip_nulls(s.description),
								jsonb_strip_nulls(s.application_process), jsonb_strip_nulls(s.fees_description),
								jsonb_strip_nulls(s.eligibility_description), s.status, s.kind, s.url, s.email,
								s.minimum_age, s.maximum_age, s.cost, s.languages, s.target_groups, s.area_level,
								s.area_codes, s.last_verified_at, s.last_verified_by, s.last_modified, s.area_description)
							is distinct from (x.organization_id, jsonb_strip_nulls(x.name), jsonb_strip_nulls(x.description),
								jsonb_strip_nulls(x.application_process), jsonb_strip_nulls(x.fees_description),
								jsonb_strip_nulls(x.eligibility_description), x.status, x.kind, x.url, x.email,
								x.minimum_age, x.maximum_age, x.cost, x.languages, x.target_groups, x.area_level,
								x.area_codes, x.last_verified_at, x.last_verified_by, coalesce(x.last_modified, s.last_modified),
								x.area_description)
							or x.id in (
								select service_id from (
									(select service_id, id, number, jsonb_strip_nulls(description) from x_import_phone
									except all
									select p.service_id, p.id, p.number, jsonb_strip_nulls(p.description)
									from phone p join x_import_service x on x.id = p.service_id)
									union all
									(select p.service_id, p.id, p.number, jsonb_strip_nulls(p.description)
									from phone p join x_import_service x on x.id = p.service_id
									except all
									select service_id, id, number, jsonb_strip_nulls(description) from x_import_phone)) d
								union all
								select service_id from (
									(select service_id, id, weekday, opens_at, closes_at, valid_from, valid_to
									from x_import_schedule
									except all
									select h.service_id, h.id, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to
									from schedule h join x_import_service x on x.id = h.service_id)
									union all
									(select h.service_id, h.id, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to
									from schedule h join x_import_service x on x.id = h.service_id
									except all
									select service_id, id, weekday, opens_at, closes_at, valid_from, valid_to
									from x_import_schedule)) d
								union all
								select service_id from (
									(select service_id, id, location_id from x_import_service_at_location
									except all
									select sal.service_id, sal.id, sal.location_id
									from service_at_location sal join x_import_service x on x.id = sal.service_id
									join location l on l.id = sal.location_id where not l.confidential)
									union all
									(select sal.service_id, sal.id, sal.location_id
									from service_at_location sal join x_import_service x on x.id = sal.service_id
									join location l on l.id = sal.location_id where not l.confidential
									except all
									select service_id, id, location_id from x_import_service_at_location)) d
								union all
								select service_id from (
									(select service_id, taxonomy_term_id from x_import_service_taxonomy
									except all
									select st.service_id, st.taxonomy_term_id
									from service_taxonomy st join x_import_service x on x.id = st.service_id)
									union all
									(select st.service_id, st.taxonomy_term_id
									from service_taxonomy st join x_import_service x on x.id = st.service_id
									except all
									select service_id, taxonomy_term_id from x_import_service_taxonomy)) d)""");
	}

	/** A string as an SQL literal (standard-conforming strings: quotes doubled). */
	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Closes the services imported from this source that are not in the package (ids as
	 * written in it); how many were closed.
	 */
	int closeAbsent(String source, java.util.Set<String> inPackage) {
		return this.services.closeAbsent(source, inPackage);
	}

	/** An editor maps a package term to a theme, or to none. */
	void mapPackageTerm(UUID term, UUID theme) {
		this.jdbc.sql("update package_term set theme_id = ?, matched_by = ? where id = ?")
			.params(theme, (theme != null) ? "editor" : null, term)
			.update();
	}

	/** Where a service was imported from, if it was. */
	java.util.Optional<ImportedSource> source(UUID service) {
		return this.jdbc
			.sql("select import_source, managed_elsewhere from service where id = ? and import_source is not null")
			.param(service)
			.query((rs, row) -> new ImportedSource(rs.getString("import_source"), rs.getBoolean("managed_elsewhere")))
			.optional();
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

	private static String arrayLiteral(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

	private LocalizedText text(String jsonb) {
		return (jsonb != null) ? this.json.readValue(jsonb, LocalizedText.class) : NONE;
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Temporary tables of the transaction, filled with {@code COPY} (CSV: an absent value
	 * is NULL, a present one is quoted).
	 */
	static final class Staging {

		private final Connection connection;

		Staging(Connection connection) {
			this.connection = connection;
		}

		void create(String table, String columns) throws SQLException {
			execute("drop table if exists " + table);
			execute("create temp table " + table + " (" + columns + ") on commit drop");
		}

		void execute(String sql) throws SQLException {
			long t = System.nanoTime();
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql);
			}
			LOG.debug("import: {} ms for {}", (System.nanoTime() - t) / 1_000_000,
					sql.substring(0, Math.min(60, sql.length())).replace('\n', ' '));
		}

		int[] counts(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				int[] counts = new int[rs.getMetaData().getColumnCount()];
				for (int i = 0; i < counts.length; i++) {
					counts[i] = rs.getInt(i + 1);
				}
				return counts;
			}
		}

		<T> void copy(String table, List<T> items, BiConsumer<T, Row> columns) throws SQLException, IOException {
			if (items.isEmpty()) {
				return;
			}
			long t = System.nanoTime();
			PGConnection pg = this.connection.unwrap(PGConnection.class);
			try (Writer out = new BufferedWriter(new OutputStreamWriter(
					new PGCopyOutputStream(pg, "copy " + table + " from stdin with (format csv)", 1 << 16),
					StandardCharsets.UTF_8), 1 << 16)) {
				Row row = new Row(out);
				for (T item : items) {
					columns.accept(item, row);
					row.end();
				}
			}
			LOG.debug("import: {} ms for copy into {} ({} rows)", (System.nanoTime() - t) / 1_000_000, table,
					items.size());
		}

	}

	/** One CSV row being written to a {@code COPY}. */
	static final class Row {

		private final Writer out;

		private boolean first = true;

		Row(Writer out) {
			this.out = out;
		}

		Row add(Object value) {
			try {
				if (!this.first) {
					this.out.write(',');
				}
				this.first = false;
				if (value != null) {
					String text = value.toString();
					this.out.write('"');
					this.out.write(text.indexOf('"') >= 0 ? text.replace("\"", "\"\"") : text);
					this.out.write('"');
				}
				return this;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		void end() {
			try {
				this.out.write('\n');
				this.first = true;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
