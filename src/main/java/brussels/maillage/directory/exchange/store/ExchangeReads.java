package brussels.maillage.directory.exchange.store;

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
 * service or for a chosen set (a search result), and what an import matches against.
 */
@Repository
public class ExchangeReads {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OnlineStore online;

	ExchangeReads(JdbcClient jdbc, JsonMapper json, OnlineStore online) {
		this.jdbc = jdbc;
		this.json = json;
		this.online = online;
	}

	/**
	 * The services with these ids (all services when {@code null}), their organisations,
	 * public places, phones, hours and themes, and the whole taxonomy.
	 */
	public DirectorySnapshot read(List<UUID> serviceIds) {
		UUID[] ids = (serviceIds != null) ? serviceIds.toArray(UUID[]::new) : null;
		// The ids as a set (unnest), so that the database joins them instead of comparing
		// every row with the whole list.
		String services = (ids != null) ? "select unnest(cast(:ids as uuid[]))" : "select id from service";
		List<DirectorySnapshot.Svc> svcs = this.jdbc.sql("""
				select id, organization_id, name::text as name, description::text as description,
					application_process::text as application_process, fees_description::text as fees_description,
					eligibility_description::text as eligibility_description, status, kind, url, email, minimum_age,
					maximum_age, cost, languages, target_groups, area_level, area_codes, last_verified_at,
					last_verified_by, last_modified, area_description, alternate_name, program_id
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
					rs.getString("last_verified_by"), instant(rs, "last_modified"), rs.getString("area_description"),
					rs.getString("alternate_name"), uuid(rs, "program_id")))
			.list();
		List<DirectorySnapshot.Org> orgs = this.jdbc.sql("""
				select id, name, description::text as description, email, website, alternate_name from organization
				where id in (select organization_id from service where id in (%s)) order by id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Org(uuid(rs, "id"), rs.getString("name"),
					text(rs.getString("description")), rs.getString("email"), rs.getString("website"),
					rs.getString("alternate_name")))
			.list();
		List<DirectorySnapshot.Program> programs = this.jdbc.sql("""
				select id, organization_id, name, alternate_name, description from program
				where id in (select program_id from service where id in (%s)) order by id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Program(uuid(rs, "id"), uuid(rs, "organization_id"),
					rs.getString("name"), rs.getString("alternate_name"), rs.getString("description")))
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
				this.online.read(services, ids), programs);
	}

	/** The directory's themes and sub-themes, to match a package's terms with. */
	public List<brussels.maillage.directory.Theme> themesForMatching() {
		return this.jdbc.sql("select id, code, parent_id, taxonomy_id, label::text as label from taxonomy_term")
			.query((rs, row) -> new brussels.maillage.directory.Theme(uuid(rs, "id"), rs.getString("code"),
					uuid(rs, "parent_id"), uuid(rs, "taxonomy_id"), text(rs.getString("label"))))
			.list();
	}

	/** The themes editors chose for package terms, by term. */
	public java.util.Map<UUID, UUID> editorThemes() {
		java.util.Map<UUID, UUID> chosen = new java.util.HashMap<>();
		this.jdbc.sql("select id, theme_id from package_term where matched_by = 'editor' and theme_id is not null")
			.query((rs, row) -> chosen.put(uuid(rs, "id"), uuid(rs, "theme_id")))
			.list();
		return chosen;
	}

	/** Ids of every taxonomy term. */
	public List<UUID> termIds() {
		return this.jdbc.sql("select id from taxonomy_term").query(UUID.class).list();
	}

	/** Where a service was imported from, if it was. */
	java.util.Optional<ImportedSource> source(UUID service) {
		return this.jdbc
			.sql("select import_source, managed_elsewhere from service where id = ? and import_source is not null")
			.param(service)
			.query((rs, row) -> new ImportedSource(rs.getString("import_source"), rs.getBoolean("managed_elsewhere")))
			.optional();
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
