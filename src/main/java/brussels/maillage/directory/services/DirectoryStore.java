package brussels.maillage.directory.services;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.OrganizationPlace;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Taxonomy;
import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the directory's tables with explicit SQL (the writes are
 * {@link ServiceRepository}'s and {@code OrganizationRepository}'s).
 */
@Repository
public class DirectoryStore {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DirectoryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	public LocalizedText text(String jsonb) {
		return (jsonb != null) ? this.json.readValue(jsonb, LocalizedText.class) : NONE;
	}

	public static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public boolean organizationExists(UUID id) {
		return this.jdbc.sql("select count(*) from organization where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Derived from its two sides, so that the same link always has the same id. */
	public static UUID serviceAtLocationId(UUID serviceId, UUID locationId) {
		return DirectoryService.serviceAtLocationId(serviceId, locationId);
	}

	public long countServices() {
		return this.jdbc.sql("select count(*) from service").query(Long.class).single();
	}

	public Optional<ServiceDetails> service(UUID id) {
		return this.jdbc.sql("""
				select s.*, o.name as organization_name from service s join organization o on o.id = s.organization_id
				where s.id = ?""").param(id).query((rs, row) -> {
			UUID serviceId = rs.getObject("id", UUID.class);
			return new ServiceDetails(serviceId, rs.getObject("organization_id", UUID.class),
					rs.getString("organization_name"), text(rs.getString("name")), text(rs.getString("description")),
					text(rs.getString("application_process")), text(rs.getString("fees_description")),
					text(rs.getString("eligibility_description")), ServiceStatus.of(rs.getString("status")),
					ServiceKind.of(rs.getString("kind")), rs.getString("url"), rs.getString("email"),
					(Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
					Cost.of(rs.getString("cost")), strings(rs.getArray("languages")),
					strings(rs.getArray("target_groups")), AreaLevel.valueOf(rs.getString("area_level")),
					strings(rs.getArray("area_codes")), instant(rs, "last_verified_at"),
					rs.getString("last_verified_by"), instant(rs, "last_modified"), List.of(), List.of(), List.of(),
					List.of());
		}).optional().map((service) -> withParts(service));
	}

	private ServiceDetails withParts(ServiceDetails s) {
		return new ServiceDetails(s.id(), s.organizationId(), s.organizationName(), s.name(), s.description(),
				s.applicationProcess(), s.feesDescription(), s.eligibility(), s.status(), s.kind(), s.url(), s.email(),
				s.minimumAge(), s.maximumAge(), s.cost(), s.languages(), s.targetGroups(), s.areaLevel(), s.areaCodes(),
				s.lastVerifiedAt(), s.lastVerifiedBy(), s.lastModified(), publicLocations(s.id()), phones(s.id()),
				openingHours(s.id()), themesOf(s.id()));
	}

	public List<ServiceLocation> publicLocations(UUID serviceId) {
		return this.jdbc.sql("""
				select l.* from location l join service_at_location sal on sal.location_id = l.id
				where sal.service_id = ? and not l.confidential order by l.postcode, l.address""")
			.param(serviceId)
			.query((rs, row) -> location(rs))
			.list();
	}

	/** Every place of an organisation, confidential ones included. */
	public List<ServiceLocation> locationsOf(UUID organizationId) {
		return this.jdbc.sql("select * from location where organization_id = ? order by postcode, address")
			.param(organizationId)
			.query((rs, row) -> location(rs))
			.list();
	}

	public static ServiceLocation location(ResultSet rs) throws SQLException {
		return new ServiceLocation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address"),
				rs.getString("postcode"), rs.getString("city"), rs.getString("commune_nis"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getBoolean("confidential"));
	}

	public List<ServicePhone> phones(UUID serviceId) {
		return this.jdbc.sql("select id, number, description::text as description from phone where service_id = ?")
			.param(serviceId)
			.query((rs, row) -> new ServicePhone(rs.getObject("id", UUID.class), rs.getString("number"),
					text(rs.getString("description"))))
			.list();
	}

	public List<OpeningHours> openingHours(UUID serviceId) {
		return this.jdbc.sql("""
				select weekday, opens_at, closes_at, valid_from, valid_to from schedule where service_id = ?
				order by weekday, opens_at""")
			.param(serviceId)
			.query((rs, row) -> new OpeningHours(DayOfWeek.of(rs.getInt("weekday")),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
					rs.getObject("valid_from", java.time.LocalDate.class),
					rs.getObject("valid_to", java.time.LocalDate.class)))
			.list();
	}

	public List<Theme> themesOf(UUID serviceId) {
		return this.jdbc.sql("""
				select t.id, t.code, t.parent_id, t.taxonomy_id, t.label::text as label from taxonomy_term t
				join service_taxonomy st on st.taxonomy_term_id = t.id where st.service_id = ? order by t.position""")
			.param(serviceId)
			.query((rs, row) -> theme(rs))
			.list();
	}

	public List<Theme> themes() {
		return this.jdbc
			.sql("select id, code, parent_id, taxonomy_id, label::text as label from taxonomy_term order by position")
			.query((rs, row) -> theme(rs))
			.list();
	}

	private Theme theme(ResultSet rs) throws SQLException {
		return new Theme(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("parent_id", UUID.class),
				rs.getObject("taxonomy_id", UUID.class), text(rs.getString("label")));
	}

	public List<Taxonomy> taxonomies() {
		return this.jdbc.sql("select id, name, description, uri, version from taxonomy order by name")
			.query(Taxonomy.class)
			.list();
	}

	public List<Organization> organizations(int offset, int limit) {
		return this.jdbc.sql("""
				select id, name, description::text as description, email, website, last_modified from organization
				order by name, id limit ? offset ?""")
			.params(limit, offset)
			.query((rs, row) -> organization(rs))
			.list();
	}

	public long countOrganizations() {
		return this.jdbc.sql("select count(*) from organization").query(Long.class).single();
	}

	public Optional<Organization> organization(UUID id) {
		return this.jdbc.sql("""
				select id, name, description::text as description, email, website, last_modified from organization
				where id = ?""").param(id).query((rs, row) -> organization(rs)).optional();
	}

	private Organization organization(ResultSet rs) throws SQLException {
		return new Organization(rs.getObject("id", UUID.class), rs.getString("name"), text(rs.getString("description")),
				rs.getString("email"), rs.getString("website"), instant(rs, "last_modified"));
	}

	public List<OrganizationPlace> organizationsWithTheme(String themeCode) {
		return this.jdbc.sql("""
				select distinct on (o.name, o.id) o.id, o.name, l.postcode, l.commune_nis, l.latitude, l.longitude
				from organization o
				join service s on s.organization_id = o.id and s.status = 'active'
				join service_taxonomy st on st.service_id = s.id
				join taxonomy_term t on t.id = st.taxonomy_term_id and t.code = ?
				join location l on l.organization_id = o.id and not l.confidential
				order by o.name, o.id, l.id""").param(themeCode).query(OrganizationPlace.class).list();
	}

}
