package brussels.maillage.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

	ServiceOnline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The contacts of a service sorted by owner, and its virtual places.
	 *
	 * @param service contacts of the service itself (and of its services at places)
	 * @param organization contacts of its organisation
	 * @param places contacts of a place (with an address or virtual), by place id
	 * @param virtualPlaces the service at its virtual places
	 */
	record Found(List<Hsds.Contact> service, List<Hsds.Contact> organization, Map<UUID, List<Hsds.Contact>> places,
			List<Hsds.ServiceAtLocation> virtualPlaces) {
	}

	Found of(UUID service) {
		List<Row> rows = this.jdbc
			.sql("""
					select c.id, c.organization_id, c.service_id, coalesce(c.location_id, c.virtual_location_id) as place_id,
						c.name, c.title, c.department, c.email
					from contact c join service s on s.id = ?
					where c.service_id = s.id or c.organization_id = s.organization_id
						or c.location_id in (select sal.location_id from service_at_location sal
							join location l on l.id = sal.location_id where sal.service_id = s.id and not l.confidential)
						or c.virtual_location_id in (select location_id from service_at_virtual_location
							where service_id = s.id)
					order by c.name, c.id""")
			.param(service)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getObject("service_id", UUID.class), rs.getObject("place_id", UUID.class), rs.getString("name"),
					rs.getString("title"), rs.getString("department"), rs.getString("email")))
			.list();
		Map<UUID, List<Hsds.Phone>> phones = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, contact_id, number, type, description from contact_phone
				where contact_id = any(?) order by number, id""")
			.param(rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((rs, row) -> new Hsds.Phone(rs.getString("id"), null, rs.getString("contact_id"),
					rs.getString("number"), rs.getString("type"), rs.getString("description")))
			.list()
			.forEach((phone) -> phones.computeIfAbsent(UUID.fromString(phone.contactId()), (key) -> new ArrayList<>())
				.add(phone));
		List<Hsds.Contact> ofService = new ArrayList<>();
		List<Hsds.Contact> ofOrganization = new ArrayList<>();
		Map<UUID, List<Hsds.Contact>> ofPlaces = new LinkedHashMap<>();
		for (Row row : rows) {
			Hsds.Contact contact = row.hsds(phones.getOrDefault(row.id(), List.of()));
			if (service.equals(row.serviceId())) {
				ofService.add(contact);
			}
			else if (row.placeId() != null) {
				ofPlaces.computeIfAbsent(row.placeId(), (key) -> new ArrayList<>()).add(contact);
			}
			else {
				ofOrganization.add(contact);
			}
		}
		List<Hsds.ServiceAtLocation> virtualPlaces = this.jdbc.sql("""
				select sv.id, v.id as location_id, v.name, v.description, v.url
				from service_at_virtual_location sv join virtual_location v on v.id = sv.location_id
				where sv.service_id = ? order by v.name, v.id""").param(service).query((rs, row) -> {
			String url = rs.getString("url");
			UUID place = rs.getObject("location_id", UUID.class);
			Hsds.Location location = new Hsds.Location(place.toString(), "virtual", web(url) ? url : null,
					rs.getString("name"), rs.getString("description"), null, null, null, nonEmpty(ofPlaces.get(place)));
			return new Hsds.ServiceAtLocation(rs.getString("id"), service.toString(), place.toString(), location);
		}).list();
		return new Found(ofService, ofOrganization, ofPlaces, virtualPlaces);
	}

	/**
	 * A url HSDS accepts ({@code format: uri}) and a reader can follow: http or https.
	 */
	private static boolean web(String url) {
		return url != null && url.matches("(?i)^https?://\\S+$");
	}

	static List<Hsds.Contact> nonEmpty(List<Hsds.Contact> contacts) {
		return (contacts == null || contacts.isEmpty()) ? null : contacts;
	}

	private record Row(UUID id, UUID organizationId, UUID serviceId, UUID placeId, String name, String title,
			String department, String email) {

		Hsds.Contact hsds(List<Hsds.Phone> phones) {
			return new Hsds.Contact(this.id.toString(), string(this.organizationId), string(this.serviceId),
					string(this.placeId), this.name, this.title, this.department, this.email,
					phones.isEmpty() ? null : phones);
		}

		private static String string(UUID id) {
			return (id != null) ? id.toString() : null;
		}

	}

}
