package brussels.maillage.directory.exchange;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the directory's tables in bulk for exchanges: one query per table, for every
 * service or for a chosen set (a search result).
 */
@Repository
class ExchangeStore {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExchangeStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The services with these ids (all services when {@code null}), their organisations,
	 * public places, phones, hours and themes, and the whole taxonomy.
	 */
	DirectorySnapshot read(List<UUID> serviceIds) {
		UUID[] ids = (serviceIds != null) ? serviceIds.toArray(UUID[]::new) : null;
		String services = (ids != null) ? "select id from service where id = any(:ids)" : "select id from service";
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
	 */
	ImportReport write(DirectorySnapshot incoming, String source, boolean managedElsewhere) {
		for (DirectorySnapshot.Org org : incoming.organizations()) {
			this.jdbc.sql("""
					insert into organization (id, name, description, email, website)
					values (?, ?, cast(? as jsonb), ?, ?)
					on conflict (id) do update set name = excluded.name, description = excluded.description,
						email = excluded.email, website = excluded.website, last_modified = now()
					where (organization.name, organization.description, organization.email, organization.website)
						is distinct from (excluded.name, excluded.description, excluded.email, excluded.website)""")
				.params(org.id(), org.name(), toJson(org.description()), org.email(), org.website())
				.update();
		}
		for (DirectorySnapshot.Loc loc : incoming.locations()) {
			this.jdbc.sql("""
					insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
						longitude)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
						address = excluded.address, postcode = excluded.postcode, city = excluded.city,
						commune_nis = excluded.commune_nis, latitude = excluded.latitude, longitude = excluded.longitude
					where (location.organization_id, location.name, location.address, location.postcode, location.city,
						location.commune_nis, location.latitude, location.longitude) is distinct from
						(excluded.organization_id, excluded.name, excluded.address, excluded.postcode, excluded.city,
						excluded.commune_nis, excluded.latitude, excluded.longitude)""")
				.params(loc.id(), loc.organizationId(), loc.name(), loc.address(), loc.postcode(), loc.city(),
						loc.communeNis(), loc.latitude(), loc.longitude())
				.update();
		}
		List<UUID> ids = incoming.services().stream().map(DirectorySnapshot.Svc::id).toList();
		DirectorySnapshot existing = read(ids);
		java.util.Map<UUID, DirectorySnapshot.Svc> before = new java.util.HashMap<>();
		existing.services().forEach((svc) -> before.put(svc.id(), svc));
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		java.util.Map<UUID, DirectorySnapshot> incomingParts = byService(incoming);
		java.util.Map<UUID, DirectorySnapshot> existingParts = byService(existing);
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
			upsert(svc);
			replaceParts(part(incomingParts, svc.id()), svc);
		}
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

	private void upsert(DirectorySnapshot.Svc svc) {
		this.jdbc
			.sql("""
					insert into service (id, organization_id, name, description, application_process, fees_description,
						eligibility_description, status, kind, url, email, minimum_age, maximum_age, cost, languages,
						target_groups, area_level, area_codes, last_verified_at, last_verified_by)
					values (:id, :organization, cast(:name as jsonb), cast(:description as jsonb), cast(:process as jsonb),
						cast(:fees as jsonb), cast(:eligibility as jsonb), :status, :kind, :url, :email, :minimumAge,
						:maximumAge, :cost, cast(:languages as text[]), cast(:targetGroups as text[]), :areaLevel,
						cast(:areaCodes as text[]), :verifiedAt, :verifiedBy)
					on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
						description = excluded.description, application_process = excluded.application_process,
						fees_description = excluded.fees_description,
						eligibility_description = excluded.eligibility_description, status = excluded.status,
						kind = excluded.kind, url = excluded.url, email = excluded.email, minimum_age = excluded.minimum_age,
						maximum_age = excluded.maximum_age, cost = excluded.cost, languages = excluded.languages,
						target_groups = excluded.target_groups, area_level = excluded.area_level,
						area_codes = excluded.area_codes, last_verified_at = excluded.last_verified_at,
						last_verified_by = excluded.last_verified_by""")
			.param("id", svc.id())
			.param("organization", svc.organizationId())
			.param("name", toJson(svc.name()))
			.param("description", toJson(svc.description()))
			.param("process", toJson(svc.applicationProcess()))
			.param("fees", toJson(svc.feesDescription()))
			.param("eligibility", toJson(svc.eligibility()))
			.param("status", svc.status())
			.param("kind", svc.kind())
			.param("url", svc.url())
			.param("email", svc.email())
			.param("minimumAge", svc.minimumAge())
			.param("maximumAge", svc.maximumAge())
			.param("cost", svc.cost())
			.param("languages", arrayLiteral(svc.languages()))
			.param("targetGroups", arrayLiteral(svc.targetGroups()))
			.param("areaLevel", svc.areaLevel())
			.param("areaCodes", arrayLiteral(svc.areaCodes()))
			.param("verifiedAt", (svc.lastVerifiedAt() != null) ? Timestamp.from(svc.lastVerifiedAt()) : null)
			.param("verifiedBy", svc.lastVerifiedBy())
			.update();
	}

	private void replaceParts(DirectorySnapshot incoming, DirectorySnapshot.Svc svc) {
		UUID id = svc.id();
		for (String table : List.of("phone", "schedule", "service_at_location", "service_taxonomy")) {
			this.jdbc.sql("delete from " + table + " where service_id = ?").param(id).update();
		}
		for (DirectorySnapshot.Phone phone : incoming.phones()) {
			if (phone.serviceId().equals(id)) {
				this.jdbc
					.sql("insert into phone (id, service_id, number, description) values (?, ?, ?, cast(? as jsonb))")
					.params(phone.id(), id, phone.number(), toJson(phone.description()))
					.update();
			}
		}
		for (DirectorySnapshot.Slot slot : incoming.schedules()) {
			if (slot.serviceId().equals(id)) {
				this.jdbc
					.sql("insert into schedule (id, service_id, weekday, opens_at, closes_at) values (?, ?, ?, ?, ?)")
					.params(slot.id(), id, slot.weekday(), slot.opensAt(), slot.closesAt())
					.update();
			}
		}
		for (DirectorySnapshot.ServiceAtLocation link : incoming.servicesAtLocations()) {
			if (link.serviceId().equals(id)) {
				this.jdbc.sql("insert into service_at_location (id, service_id, location_id) values (?, ?, ?)")
					.params(link.id(), id, link.locationId())
					.update();
			}
		}
		for (DirectorySnapshot.ServiceTerm term : incoming.serviceTerms()) {
			if (term.serviceId().equals(id)) {
				this.jdbc.sql("insert into service_taxonomy (service_id, taxonomy_term_id) values (?, ?)")
					.params(id, term.termId())
					.update();
			}
		}
		// Linking themes touches last_modified (it refreshes the search columns); keep
		// the package's date.
		this.jdbc.sql("update service set last_modified = coalesce(?, now()) where id = ?")
			.params((svc.lastModified() != null) ? Timestamp.from(svc.lastModified()) : null, id)
			.update();
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

}
