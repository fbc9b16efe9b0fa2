package brussels.maillage.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contacts of the HSDS API (table {@code contact} of V58) with their phones
 * ({@code contact_phone} of V76), read in two queries whatever their number.
 */
final class Contacts {

	private Contacts() {
	}

	/**
	 * A contact as read, with the place it belongs to (a place with an address or a
	 * virtual one).
	 */
	record Found(UUID organizationId, UUID serviceId, UUID placeId, Hsds.Contact contact) {
	}

	/**
	 * The contacts matching {@code condition} (SQL over {@code contact c}, with named
	 * parameters), by name, each with its phones.
	 */
	static List<Found> read(JdbcClient jdbc, String condition, Map<String, ?> params) {
		List<Found> rows = new ArrayList<>();
		jdbc.sql(
				"""
						select c.id, c.organization_id, c.service_id, coalesce(c.location_id, c.virtual_location_id) as place_id,
							c.name, c.title, c.department, c.email
						from contact c"""
						+ " where " + condition + " order by c.name, c.id")
			.params(params)
			.query((rs,
					row) -> rows.add(new Found(rs.getObject("organization_id", UUID.class),
							rs.getObject("service_id", UUID.class), rs.getObject("place_id", UUID.class),
							new Hsds.Contact(rs.getString("id"), rs.getString("organization_id"),
									rs.getString("service_id"), rs.getString("place_id"), rs.getString("name"),
									rs.getString("title"), rs.getString("department"), rs.getString("email"), null))))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<String, List<Hsds.Phone>> phones = new LinkedHashMap<>();
		jdbc.sql("""
				select id, contact_id, number, type, description from contact_phone
				where contact_id = any(:ids) order by number, id""")
			.param("ids", rows.stream().map((found) -> UUID.fromString(found.contact().id())).toArray(UUID[]::new))
			.query((rs, row) -> phones.computeIfAbsent(rs.getString("contact_id"), (key) -> new ArrayList<>())
				.add(new Hsds.Phone(rs.getString("id"), null, null, rs.getString("contact_id"), rs.getString("number"),
						rs.getString("type"), rs.getString("description"))))
			.list();
		return rows.stream().map((found) -> {
			Hsds.Contact c = found.contact();
			List<Hsds.Phone> own = phones.get(c.id());
			return (own == null) ? found
					: new Found(found.organizationId(), found.serviceId(), found.placeId(),
							new Hsds.Contact(c.id(), c.organizationId(), c.serviceId(), c.locationId(), c.name(),
									c.title(), c.department(), c.email(), own));
		}).toList();
	}

	/** The contacts by the place they belong to. */
	static Map<UUID, List<Hsds.Contact>> byPlace(List<Found> found) {
		Map<UUID, List<Hsds.Contact>> places = new LinkedHashMap<>();
		found.stream()
			.filter((contact) -> contact.placeId() != null)
			.forEach((contact) -> places.computeIfAbsent(contact.placeId(), (key) -> new ArrayList<>())
				.add(contact.contact()));
		return places;
	}

	static List<Hsds.Contact> nonEmpty(List<Hsds.Contact> contacts) {
		return (contacts == null || contacts.isEmpty()) ? null : contacts;
	}

}
