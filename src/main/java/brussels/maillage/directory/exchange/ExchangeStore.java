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

	ExchangeStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
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
					last_verified_by, last_modified
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
					rs.getString("last_verified_by"), instant(rs, "last_modified")))
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
				select id, service_id, weekday, opens_at, closes_at from schedule
				where service_id in (%s) order by service_id, weekday, opens_at, id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Slot(uuid(rs, "id"), uuid(rs, "service_id"), rs.getInt("weekday"),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class)))
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
		return new DirectorySnapshot(orgs, svcs, locations, links, phones, slots, serviceTerms, taxonomies, terms);
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
	 * The rows to write are copied ({@code COPY}) into temporary tables of the
	 * transaction, then written table by table with one set-based statement each, so the
	 * cost does not grow with round trips.
	 */
	ImportReport write(DirectorySnapshot incoming, String source, boolean managedElsewhere) {
		return write(incoming, source, managedElsewhere, ImportProgress.NONE);
	}

	ImportReport write(DirectorySnapshot incoming, String source, boolean managedElsewhere, ImportProgress progress) {
		long t0 = System.nanoTime();
		List<UUID> ids = incoming.services().stream().map(DirectorySnapshot.Svc::id).toList();
		DirectorySnapshot existing = read(ids);
		LOG.debug("import: existing services read in {} ms", (System.nanoTime() - t0) / 1_000_000);
		java.util.Map<UUID, DirectorySnapshot.Svc> before = new java.util.HashMap<>();
		existing.services().forEach((svc) -> before.put(svc.id(), svc));
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		java.util.Map<UUID, DirectorySnapshot> incomingParts = byService(incoming);
		java.util.Map<UUID, DirectorySnapshot> existingParts = byService(existing);
		List<DirectorySnapshot.Svc> toWrite = new java.util.ArrayList<>();
		for (DirectorySnapshot.Svc svc : incoming.services()) {
			DirectorySnapshot.Svc old = before.get(svc.id());
			boolean same = old != null
					&& old.equals((svc.lastModified() == null) ? withModified(svc, old.lastModified()) : svc)
					&& parts(part(existingParts, svc.id()), svc.id())
						.equals(parts(part(incomingParts, svc.id()), svc.id()));
			if (same) {
				unchanged++;
				continue;
			}
			if (old == null) {
				added++;
			}
			else {
				changed++;
			}
			toWrite.add(svc);
		}
		progress.writing(0, toWrite.size());
		LOG.debug("import: compared in {} ms", (System.nanoTime() - t0) / 1_000_000);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Staging staging = new Staging(connection);
			staging.create("x_import_organization", "id uuid, name text, description jsonb, email text, website text");
			staging.copy("x_import_organization", incoming.organizations(),
					(org, row) -> row.add(org.id())
						.add(org.name())
						.add(toJson(org.description()))
						.add(org.email())
						.add(org.website()));
			staging.execute("""
					insert into organization (id, name, description, email, website)
					select id, name, description, email, website from x_import_organization
					on conflict (id) do update set name = excluded.name, description = excluded.description,
						email = excluded.email, website = excluded.website, last_modified = now()
					where (organization.name, organization.description, organization.email, organization.website)
						is distinct from (excluded.name, excluded.description, excluded.email, excluded.website)""");
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
			staging.execute("""
					insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
						longitude)
					select id, organization_id, name, address, postcode, city, commune_nis, latitude, longitude
					from x_import_location
					on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
						address = excluded.address, postcode = excluded.postcode, city = excluded.city,
						commune_nis = excluded.commune_nis, latitude = excluded.latitude, longitude = excluded.longitude
					where (location.organization_id, location.name, location.address, location.postcode, location.city,
						location.commune_nis, location.latitude, location.longitude) is distinct from
						(excluded.organization_id, excluded.name, excluded.address, excluded.postcode, excluded.city,
						excluded.commune_nis, excluded.latitude, excluded.longitude)""");
			if (!toWrite.isEmpty()) {
				writeServices(staging, toWrite, incomingParts, progress);
			}
		}
		catch (SQLException | IOException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException("Import failed: " + ex.getMessage(),
					ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		progress.writing(toWrite.size(), toWrite.size());
		if (source == null) {
			return new ImportReport(added, changed, unchanged, List.of());
		}
		this.jdbc.sql("""
				update service set import_source = :source, managed_elsewhere = :managed
				where id = any(:ids) and (import_source, managed_elsewhere) is distinct from (:source, :managed)""")
			.param("source", source)
			.param("managed", managedElsewhere)
			.param("ids", ids.toArray(UUID[]::new))
			.update();
		return new ImportReport(added, changed, unchanged, List.of());
	}

	/**
	 * The new and changed services with their parts: staged, then one statement per table
	 * (the {@code service_search} trigger runs inside the statements, row by row, but
	 * without a round trip per service).
	 */
	private void writeServices(Staging staging, List<DirectorySnapshot.Svc> services,
			java.util.Map<UUID, DirectorySnapshot> parts, ImportProgress progress) throws SQLException, IOException {
		staging.create("x_import_service", """
				id uuid primary key, organization_id uuid, name jsonb, description jsonb, application_process jsonb,
				fees_description jsonb, eligibility_description jsonb, status text, kind text, url text, email text,
				minimum_age integer, maximum_age integer, cost text, languages text[], target_groups text[],
				area_level text, area_codes text[], last_verified_at timestamptz, last_verified_by text,
				last_modified timestamptz""");
		staging.copy("x_import_service", services,
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
					.add(svc.lastModified()));
		List<DirectorySnapshot.Phone> phones = new java.util.ArrayList<>();
		List<DirectorySnapshot.Slot> slots = new java.util.ArrayList<>();
		List<DirectorySnapshot.ServiceAtLocation> links = new java.util.ArrayList<>();
		List<DirectorySnapshot.ServiceTerm> terms = new java.util.ArrayList<>();
		for (DirectorySnapshot.Svc svc : services) {
			DirectorySnapshot own = part(parts, svc.id());
			phones.addAll(own.phones());
			slots.addAll(own.schedules());
			links.addAll(own.servicesAtLocations());
			terms.addAll(own.serviceTerms());
		}
		staging.create("x_import_phone", "id uuid, service_id uuid, number text, description jsonb");
		staging.copy("x_import_phone", phones,
				(phone, row) -> row.add(phone.id())
					.add(phone.serviceId())
					.add(phone.number())
					.add(toJson(phone.description())));
		staging.create("x_import_schedule",
				"id uuid, service_id uuid, weekday smallint, opens_at time, closes_at time");
		staging.copy("x_import_schedule", slots,
				(slot, row) -> row.add(slot.id())
					.add(slot.serviceId())
					.add(slot.weekday())
					.add(slot.opensAt())
					.add(slot.closesAt()));
		staging.create("x_import_service_at_location", "id uuid, service_id uuid, location_id uuid");
		staging.copy("x_import_service_at_location", links,
				(link, row) -> row.add(link.id()).add(link.serviceId()).add(link.locationId()));
		staging.create("x_import_service_taxonomy", "service_id uuid, taxonomy_term_id uuid");
		staging.copy("x_import_service_taxonomy", terms, (term, row) -> row.add(term.serviceId()).add(term.termId()));
		staging.execute("analyze x_import_service");
		// The directory's search trigger computes the search columns on every insert and
		// on every update of the texts or last_modified, and linking a theme updates
		// last_modified once per theme row. So the services are first written without the
		// texts the search reads (cheap to index), their parts and themes are linked, and
		// one last statement sets those texts and the package's last_modified: the
		// search columns are computed in full once per service, with its themes.
		staging.execute("""
				insert into service (id, organization_id, name, description, application_process, fees_description,
					eligibility_description, status, kind, url, email, minimum_age, maximum_age, cost, languages,
					target_groups, area_level, area_codes, last_verified_at, last_verified_by)
				select id, organization_id, '{}', '{}', application_process, fees_description, '{}', status, kind,
					url, email, minimum_age, maximum_age, cost, languages, '{}', area_level, area_codes,
					last_verified_at, last_verified_by
				from x_import_service
				on conflict (id) do update set organization_id = excluded.organization_id, name = '{}',
					description = '{}', application_process = excluded.application_process,
					fees_description = excluded.fees_description, eligibility_description = '{}',
					status = excluded.status, kind = excluded.kind, url = excluded.url, email = excluded.email,
					minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, cost = excluded.cost,
					languages = excluded.languages, target_groups = '{}', area_level = excluded.area_level,
					area_codes = excluded.area_codes, last_verified_at = excluded.last_verified_at,
					last_verified_by = excluded.last_verified_by""");
		progress.writing(services.size() / 3, services.size());
		for (String table : List.of("phone", "schedule", "service_at_location", "service_taxonomy")) {
			staging.execute("delete from " + table + " t using x_import_service x where t.service_id = x.id");
		}
		staging.execute("""
				insert into phone (id, service_id, number, description)
				select id, service_id, number, description from x_import_phone""");
		staging.execute("""
				insert into schedule (id, service_id, weekday, opens_at, closes_at)
				select id, service_id, weekday, opens_at, closes_at from x_import_schedule""");
		staging.execute("""
				insert into service_at_location (id, service_id, location_id)
				select id, service_id, location_id from x_import_service_at_location""");
		staging.execute("""
				insert into service_taxonomy (service_id, taxonomy_term_id)
				select service_id, taxonomy_term_id from x_import_service_taxonomy""");
		progress.writing(services.size() * 2 / 3, services.size());
		staging.execute("""
				update service s set name = x.name, description = x.description,
					eligibility_description = x.eligibility_description, target_groups = x.target_groups,
					last_modified = coalesce(x.last_modified, now())
				from x_import_service x where s.id = x.id""");
	}

	/**
	 * Closes the services imported from this source that are not in the package (ids as
	 * written in it); how many were closed.
	 */
	int closeAbsent(String source, java.util.Set<String> inPackage) {
		return this.jdbc.sql("""
				update service set status = 'closed', last_modified = now()
				where import_source = :source and status <> 'closed' and not (id::text = any(:ids))""")
			.param("source", source)
			.param("ids", inPackage.toArray(String[]::new))
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

	private static DirectorySnapshot.Svc withModified(DirectorySnapshot.Svc s, Instant modified) {
		return new DirectorySnapshot.Svc(s.id(), s.organizationId(), s.name(), s.description(), s.applicationProcess(),
				s.feesDescription(), s.eligibility(), s.status(), s.kind(), s.url(), s.email(), s.minimumAge(),
				s.maximumAge(), s.cost(), s.languages(), s.targetGroups(), s.areaLevel(), s.areaCodes(),
				s.lastVerifiedAt(), s.lastVerifiedBy(), modified);
	}

	private static final DirectorySnapshot EMPTY = new DirectorySnapshot(List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of(), List.of(), List.of(), List.of());

	private static DirectorySnapshot part(java.util.Map<UUID, DirectorySnapshot> parts, UUID id) {
		return parts.getOrDefault(id, EMPTY);
	}

	/**
	 * Each service's phones, hours, places and themes on their own (found once, not by
	 * scanning the whole lists for every service).
	 */
	private static java.util.Map<UUID, DirectorySnapshot> byService(DirectorySnapshot snapshot) {
		java.util.Map<UUID, List<DirectorySnapshot.Phone>> phones = new java.util.HashMap<>();
		java.util.Map<UUID, List<DirectorySnapshot.Slot>> slots = new java.util.HashMap<>();
		java.util.Map<UUID, List<DirectorySnapshot.ServiceAtLocation>> links = new java.util.HashMap<>();
		java.util.Map<UUID, List<DirectorySnapshot.ServiceTerm>> terms = new java.util.HashMap<>();
		snapshot.phones()
			.forEach((p) -> phones.computeIfAbsent(p.serviceId(), (k) -> new java.util.ArrayList<>()).add(p));
		snapshot.schedules()
			.forEach((p) -> slots.computeIfAbsent(p.serviceId(), (k) -> new java.util.ArrayList<>()).add(p));
		snapshot.servicesAtLocations()
			.forEach((p) -> links.computeIfAbsent(p.serviceId(), (k) -> new java.util.ArrayList<>()).add(p));
		snapshot.serviceTerms()
			.forEach((p) -> terms.computeIfAbsent(p.serviceId(), (k) -> new java.util.ArrayList<>()).add(p));
		java.util.Map<UUID, DirectorySnapshot> parts = new java.util.HashMap<>();
		for (DirectorySnapshot.Svc svc : snapshot.services()) {
			UUID id = svc.id();
			parts.put(id,
					new DirectorySnapshot(List.of(), List.of(), List.of(), links.getOrDefault(id, List.of()),
							phones.getOrDefault(id, List.of()), slots.getOrDefault(id, List.of()),
							terms.getOrDefault(id, List.of()), List.of(), List.of()));
		}
		return parts;
	}

	/** A service's phones, hours, places and themes, comparable. */
	private static List<Object> parts(DirectorySnapshot snapshot, UUID id) {
		return List.of(
				snapshot.phones()
					.stream()
					.filter((p) -> p.serviceId().equals(id))
					.sorted(java.util.Comparator.comparing((DirectorySnapshot.Phone p) -> p.id()))
					.toList(),
				snapshot.schedules()
					.stream()
					.filter((p) -> p.serviceId().equals(id))
					.sorted(java.util.Comparator.comparing((DirectorySnapshot.Slot p) -> p.id()))
					.toList(),
				snapshot.servicesAtLocations()
					.stream()
					.filter((p) -> p.serviceId().equals(id))
					.sorted(java.util.Comparator.comparing((DirectorySnapshot.ServiceAtLocation p) -> p.id()))
					.toList(),
				snapshot.serviceTerms()
					.stream()
					.filter((p) -> p.serviceId().equals(id))
					.sorted(java.util.Comparator.comparing((DirectorySnapshot.ServiceTerm p) -> p.termId()))
					.toList());
	}

	private String toJson(LocalizedText text) {
		return this.json.writeValueAsString((text != null) ? text : NONE);
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
	private static final class Staging {

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

		<T> void copy(String table, List<T> items, BiConsumer<T, Row> columns) throws SQLException, IOException {
			if (items.isEmpty()) {
				return;
			}
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
		}

	}

	/** One CSV row being written to a {@code COPY}. */
	private static final class Row {

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
