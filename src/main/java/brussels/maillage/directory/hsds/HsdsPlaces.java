package brussels.maillage.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services at locations and the organisations of the HSDS API with what HSDS 3.1
 * nests in them: places with an address and virtual places ({@code location_type}
 * {@code virtual}, with their url, never an address), the contacts of organisations and
 * places with their phones, and the organisations' own phones. Confidential places and
 * closed services are never served. Each list is read in a fixed number of queries.
 */
@Component
@Transactional(readOnly = true)
class HsdsPlaces {

	/** Both kinds of service at a place, with the service's one-to-one fields. */
	private static final String LINKS = """
			select * from (
				select sal.id, sal.service_id, l.id as location_id, false as virtual, l.organization_id, l.name,
					null as description, null as url, l.latitude, l.longitude, l.address, l.postcode, l.city,
					s.organization_id as service_organization_id, s.name::text as service_name,
					s.description::text as service_description, s.status
				from service_at_location sal join location l on l.id = sal.location_id
				join service s on s.id = sal.service_id
				where not l.confidential and s.status <> 'closed'
				union all
				select sv.id, sv.service_id, v.id, true, v.organization_id, v.name, v.description, v.url, null, null,
					null, null, null, s.organization_id, s.name::text, s.description::text, s.status
				from service_at_virtual_location sv join virtual_location v on v.id = sv.location_id
				join service s on s.id = sv.service_id
				where s.status <> 'closed') link
			where (cast(:organization as uuid) is null or service_organization_id = cast(:organization as uuid))""";

	/** An organisation's public places, with an address or virtual. */
	private static final String PLACES = """
			select l.id as location_id, false as virtual, l.organization_id, l.name, null as description, null as url,
				l.latitude, l.longitude, l.address, l.postcode, l.city
			from location l where l.organization_id = any(:ids) and not l.confidential
			union all
			select v.id, true, v.organization_id, v.name, v.description, v.url, null, null, null, null, null
			from virtual_location v where v.organization_id = any(:ids)
			order by name, location_id""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HsdsPlaces(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Services at places, with an address or virtual, by id: the location's and the
	 * service's one-to-one fields, or when {@code full} the location with its addresses
	 * and contacts.
	 */
	List<Hsds.ServiceAtLocation> servicesAtLocations(UUID organization, int offset, int limit, boolean full,
			Locale locale) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", organization);
		params.put("limit", limit);
		params.put("offset", offset);
		return links(LINKS + " order by id limit :limit offset :offset", params, full, locale);
	}

	long countServicesAtLocations(UUID organization) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", organization);
		return this.jdbc.sql("select count(*) from (" + LINKS + ") counted").params(params).query(Long.class).single();
	}

	/** One service at a place, with its location's addresses and contacts. */
	Optional<Hsds.ServiceAtLocation> serviceAtLocation(UUID id, Locale locale) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", null);
		params.put("id", id);
		return links(LINKS + " and id = :id", params, true, locale).stream().findFirst();
	}

	private List<Hsds.ServiceAtLocation> links(String sql, Map<String, Object> params, boolean full, Locale locale) {
		record Link(String id, String serviceId, Place place, Hsds.Service service) {
		}
		List<Link> links = this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Link(rs.getString("id"), rs.getString("service_id"), place(rs),
					new Hsds.Service(rs.getString("service_id"), rs.getString("service_organization_id"),
							text(rs.getString("service_name"), locale),
							text(rs.getString("service_description"), locale), null, null,
							ServiceStatus.valueOf(rs.getString("status").toUpperCase()).hsds(), null, null, null, null,
							null, null, null, null, null, null, null, null, null, null, null, null)))
			.list();
		Map<UUID, List<Hsds.Contact>> contacts = full
				? placeContacts(links.stream().map((link) -> link.place().id()).distinct().toList()) : Map.of();
		return links.stream()
			.map((link) -> new Hsds.ServiceAtLocation(link.id(), link.serviceId(), link.place().id().toString(),
					link.place().hsds(full, contacts.get(link.place().id())), link.service()))
			.toList();
	}

	/**
	 * Organisations with their contacts (each with its phones), their phones, their
	 * public places (with addresses or virtual, each with its contacts) and their
	 * services that are not closed (one-to-one fields).
	 */
	List<Hsds.Organization> full(List<Hsds.Organization> organizations, Locale locale) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		UUID[] ids = organizations.stream()
			.map((organization) -> UUID.fromString(organization.id()))
			.toArray(UUID[]::new);
		Map<String, Object> params = Map.of("ids", ids);
		Map<String, List<Hsds.Contact>> contacts = new HashMap<>();
		Contacts.read(this.jdbc, """
				c.organization_id = any(:ids) and c.service_id is null and c.location_id is null
					and c.virtual_location_id is null""", params)
			.forEach((found) -> contacts.computeIfAbsent(found.organizationId().toString(), (key) -> new ArrayList<>())
				.add(found.contact()));
		Map<String, List<Hsds.Phone>> phones = new HashMap<>();
		this.jdbc.sql("""
				select id, organization_id, number, description::text as description from phone
				where organization_id = any(:ids) and service_id is null order by number, id""")
			.params(params)
			.query((rs, row) -> phones.computeIfAbsent(rs.getString("organization_id"), (key) -> new ArrayList<>())
				.add(new Hsds.Phone(rs.getString("id"), null, rs.getString("organization_id"), null,
						rs.getString("number"), null, text(rs.getString("description"), locale))))
			.list();
		List<Place> places = this.jdbc.sql(PLACES).params(params).query((rs, row) -> place(rs)).list();
		Map<UUID, List<Hsds.Contact>> placeContacts = placeContacts(places.stream().map(Place::id).toList());
		Map<String, List<Hsds.Location>> locations = new HashMap<>();
		places.forEach((place) -> locations.computeIfAbsent(place.organizationId(), (key) -> new ArrayList<>())
			.add(place.hsds(true, placeContacts.get(place.id()))));
		Map<String, List<Hsds.Service>> services = new HashMap<>();
		this.jdbc.sql("""
				select id, organization_id, name::text as name, description::text as description, status from service
				where organization_id = any(:ids) and status <> 'closed' order by id""")
			.params(params)
			.query((rs, row) -> services.computeIfAbsent(rs.getString("organization_id"), (key) -> new ArrayList<>())
				.add(new Hsds.Service(rs.getString("id"), rs.getString("organization_id"),
						text(rs.getString("name"), locale), text(rs.getString("description"), locale), null, null,
						ServiceStatus.valueOf(rs.getString("status").toUpperCase()).hsds(), null, null, null, null,
						null, null, null, null, null, null, null, null, null, null, null, null)))
			.list();
		return organizations.stream()
			.map((o) -> new Hsds.Organization(o.id(), o.name(), o.description(), o.email(), o.website(),
					Contacts.nonEmpty(contacts.get(o.id())), nonEmpty(phones.get(o.id())),
					nonEmpty(locations.get(o.id())), nonEmpty(services.get(o.id()))))
			.toList();
	}

	private Map<UUID, List<Hsds.Contact>> placeContacts(List<UUID> places) {
		if (places.isEmpty()) {
			return Map.of();
		}
		return Contacts
			.byPlace(Contacts.read(this.jdbc, "c.location_id = any(:places) or c.virtual_location_id = any(:places)",
					Map.of("places", places.toArray(UUID[]::new))));
	}

	private static Place place(ResultSet rs) throws SQLException {
		return new Place(rs.getObject("location_id", UUID.class), rs.getBoolean("virtual"),
				rs.getString("organization_id"), rs.getString("name"), rs.getString("description"), rs.getString("url"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("address"),
				rs.getString("postcode"), rs.getString("city"));
	}

	private String text(String jsonb, Locale locale) {
		if (jsonb == null) {
			return null;
		}
		String shown = this.json.readValue(jsonb, LocalizedText.class).in(locale).text();
		return shown.isEmpty() ? null : shown;
	}

	private static <T> List<T> nonEmpty(List<T> list) {
		return (list == null || list.isEmpty()) ? null : list;
	}

	/** A place as read: with an address, or virtual. */
	private record Place(UUID id, boolean virtual, String organizationId, String name, String description, String url,
			Double latitude, Double longitude, String address, String postcode, String city) {

		/**
		 * The HSDS location: one-to-one fields only, or with its addresses and contacts
		 * when {@code full}.
		 */
		Hsds.Location hsds(boolean full, List<Hsds.Contact> contacts) {
			List<Hsds.Contact> nested = full ? Contacts.nonEmpty(contacts) : null;
			if (this.virtual) {
				return ServiceOnline.virtual(this.id.toString(), this.organizationId, this.name, this.description,
						this.url, nested);
			}
			return physical(this.id.toString(), this.organizationId, this.name, this.latitude, this.longitude, full
					? List.of(HsdsPlaces.address(this.id.toString(), this.address, this.city, this.postcode)) : null,
					nested);
		}

	}

	/** A place with an address ({@code location_type} {@code physical}). */
	static Hsds.Location physical(String id, String organizationId, String name, Double latitude, Double longitude,
			List<Hsds.Address> addresses, List<Hsds.Contact> contacts) {
		return new Hsds.Location(id, "physical", null, organizationId, name, null, latitude, longitude, addresses,
				contacts);
	}

	/**
	 * The address of a place with an address, in the Region (id derived from the
	 * place's).
	 */
	static Hsds.Address address(String locationId, String address, String city, String postcode) {
		return new Hsds.Address(derived(locationId, "address", "physical"), locationId, address, city,
				"Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest", postcode, "BE", "physical");
	}

	/** A stable id for a part that the directory does not store as a row of its own. */
	static String derived(String ownerId, String kind, String key) {
		return UUID.nameUUIDFromBytes((ownerId + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
