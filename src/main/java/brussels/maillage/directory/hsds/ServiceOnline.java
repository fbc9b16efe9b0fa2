package brussels.maillage.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an imported package adds to a full service in the HSDS API: its virtual places
 * ({@code location_type} {@code virtual}, with their url) and the contacts of the
 * service, of its organisation and of its places, each with its phones (tables of V58 and
 * V76).
 */
@Component
@Transactional(readOnly = true)
class ServiceOnline {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ServiceOnline(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The contacts of a service sorted by owner, its virtual places, and the ids of its
	 * services at places with an address.
	 *
	 * @param service contacts of the service itself (and of its services at places)
	 * @param organization contacts of its organisation
	 * @param places contacts of a place (with an address or virtual), by place id
	 * @param virtualPlaces the service at its virtual places
	 * @param links the id of the service at each of its places with an address (the
	 * package's {@code service_at_location} id for an imported service), by place id
	 * @param alternateName the service's alternate name, or {@code null}
	 * @param organizationAlternateName its organisation's, or {@code null}
	 * @param program its program, or {@code null}
	 * @param organizationDescription its organisation's description, or {@code null}
	 */
	record Found(List<Hsds.Contact> service, List<Hsds.Contact> organization, Map<UUID, List<Hsds.Contact>> places,
			List<Hsds.ServiceAtLocation> virtualPlaces, Map<UUID, UUID> links, String alternateName,
			String organizationAlternateName, Hsds.Program program, LocalizedText organizationDescription) {
	}

	Found of(UUID service) {
		List<Contacts.Found> rows = Contacts.read(this.jdbc,
				"""
						c.id in (select c.id from contact c join service s on s.id = :service
							where c.service_id = s.id or c.organization_id = s.organization_id
								or c.location_id in (select sal.location_id from service_at_location sal
									join location l on l.id = sal.location_id where sal.service_id = s.id and not l.confidential)
								or c.virtual_location_id in (select location_id from service_at_virtual_location
									where service_id = s.id))""",
				Map.of("service", service));
		List<Hsds.Contact> ofService = new ArrayList<>();
		List<Hsds.Contact> ofOrganization = new ArrayList<>();
		for (Contacts.Found row : rows) {
			if (service.equals(row.serviceId())) {
				ofService.add(row.contact());
			}
			else if (row.placeId() == null) {
				ofOrganization.add(row.contact());
			}
		}
		Map<UUID, List<Hsds.Contact>> ofPlaces = Contacts
			.byPlace(rows.stream().filter((row) -> !service.equals(row.serviceId())).toList());
		List<Hsds.ServiceAtLocation> virtualPlaces = this.jdbc.sql("""
				select sv.id, v.id as location_id, v.organization_id, v.name, v.description, v.url
				from service_at_virtual_location sv join virtual_location v on v.id = sv.location_id
				where sv.service_id = ? order by v.name, v.id""").param(service).query((rs, row) -> {
			UUID place = rs.getObject("location_id", UUID.class);
			Hsds.Location location = virtual(place.toString(), rs.getString("organization_id"), rs.getString("name"),
					rs.getString("description"), rs.getString("url"), Contacts.nonEmpty(ofPlaces.get(place)));
			return new Hsds.ServiceAtLocation(rs.getString("id"), service.toString(), place.toString(), location, null);
		}).list();
		Map<UUID, UUID> links = new LinkedHashMap<>();
		this.jdbc.sql("select location_id, id from service_at_location where service_id = ?")
			.param(service)
			.query((rs, row) -> links.put(rs.getObject("location_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		String[] names = new String[3];
		Hsds.Program[] program = new Hsds.Program[1];
		this.jdbc
			.sql("""
					select s.alternate_name, o.alternate_name as organization_alternate_name,
						o.description::text as organization_description, p.id as program_id,
						p.organization_id as program_organization_id, p.name as program_name,
						p.alternate_name as program_alternate_name, p.description as program_description
					from service s join organization o on o.id = s.organization_id left join program p on p.id = s.program_id
					where s.id = ?""")
			.param(service)
			.query((rs, row) -> {
				names[0] = rs.getString("alternate_name");
				names[1] = rs.getString("organization_alternate_name");
				names[2] = rs.getString("organization_description");
				program[0] = (rs.getString("program_id") != null) ? new Hsds.Program(rs.getString("program_id"),
						rs.getString("program_organization_id"), rs.getString("program_name"),
						rs.getString("program_alternate_name"), rs.getString("program_description")) : null;
				return 1;
			})
			.list();
		return new Found(ofService, ofOrganization, ofPlaces, virtualPlaces, links, names[0], names[1], program[0],
				(names[2] != null) ? this.json.readValue(names[2], LocalizedText.class) : null);
	}

	/**
	 * A virtual place ({@code location_type} {@code virtual}): its url when a reader can
	 * follow it, never an address.
	 */
	static Hsds.Location virtual(String id, String organizationId, String name, String description, String url,
			List<Hsds.Contact> contacts) {
		return new Hsds.Location(id, "virtual", web(url) ? url : null, organizationId, name, description, null, null,
				null, contacts);
	}

	/**
	 * A url HSDS accepts ({@code format: uri}) and a reader can follow: http or https.
	 */
	private static boolean web(String url) {
		return url != null && url.matches("(?i)^https?://\\S+$");
	}

}
