package brussels.maillage.directory.exchange.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The virtual places, the services delivered at them, the contacts of an exchange and
 * their phones (tables {@code virtual_location}, {@code service_at_virtual_location},
 * {@code contact}, migration V58; {@code contact_phone}, V76): read for an export,
 * written by an import in its transaction.
 */
@Component
class OnlineStore {

	private final JdbcClient jdbc;

	OnlineStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The virtual places of the organisations of these services ({@code services}: an SQL
	 * query of their ids reading {@code :ids}), the services' links to them, and the
	 * contacts of the organisations, services and places exchanged.
	 */
	DirectorySnapshot.Online read(String services, UUID[] ids) {
		String organizations = "select organization_id from service where id in (%s)".formatted(services);
		List<DirectorySnapshot.VirtualLoc> places = this.jdbc.sql("""
				select id, organization_id, name, description, url from virtual_location
				where organization_id in (%s) order by id""".formatted(organizations))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.VirtualLoc(uuid(rs, "id"), uuid(rs, "organization_id"),
					rs.getString("name"), rs.getString("description"), rs.getString("url")))
			.list();
		List<DirectorySnapshot.VirtualLink> links = this.jdbc.sql("""
				select id, service_id, location_id from service_at_virtual_location
				where service_id in (%s) order by id""".formatted(services))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.VirtualLink(uuid(rs, "id"), uuid(rs, "service_id"),
					uuid(rs, "location_id")))
			.list();
		List<DirectorySnapshot.Contact> contacts = this.jdbc.sql("""
				select c.id, c.organization_id, c.service_id, c.location_id, c.virtual_location_id, c.name, c.title,
					c.department, c.email
				from contact c left join location l on l.id = c.location_id
				left join virtual_location v on v.id = c.virtual_location_id
				where (c.service_id in (%1$s) or c.organization_id in (%2$s)
					or (l.organization_id in (%2$s) and not l.confidential) or v.organization_id in (%2$s))
				order by c.id""".formatted(services, organizations))
			.param("ids", ids)
			.query((rs, row) -> new DirectorySnapshot.Contact(uuid(rs, "id"), uuid(rs, "organization_id"),
					uuid(rs, "service_id"), uuid(rs, "location_id"), uuid(rs, "virtual_location_id"),
					rs.getString("name"), rs.getString("title"), rs.getString("department"), rs.getString("email")))
			.list();
		UUID[] contactIds = contacts.stream().map(DirectorySnapshot.Contact::id).toArray(UUID[]::new);
		List<DirectorySnapshot.ContactPhone> phones = this.jdbc.sql("""
				select id, contact_id, number, type, description from contact_phone
				where contact_id = any(:contacts) order by contact_id, id""")
			.param("contacts", contactIds)
			.query((rs, row) -> new DirectorySnapshot.ContactPhone(uuid(rs, "id"), uuid(rs, "contact_id"),
					rs.getString("number"), rs.getString("type"), rs.getString("description")))
			.list();
		return new DirectorySnapshot.Online(places, links, contacts, phones);
	}

	/**
	 * Replaces the virtual places of the package's organisations, the links of its
	 * services to them and the contacts of what it holds, once its organisations, places
	 * and services are written ({@code x_import_organization}, {@code x_import_location},
	 * {@code x_import_service}).
	 */
	void write(Staging staging, DirectorySnapshot.Online online) throws SQLException, IOException {
		staging.create("x_import_virtual_location",
				"id uuid, organization_id uuid, name text, description text, url text");
		staging.copy("x_import_virtual_location", online.virtualLocations(),
				(place, row) -> row.add(place.id())
					.add(place.organizationId())
					.add(place.name())
					.add(place.description())
					.add(place.url()));
		staging.create("x_import_virtual_link", "id uuid, service_id uuid, location_id uuid");
		staging.copy("x_import_virtual_link", online.virtualLinks(),
				(link, row) -> row.add(link.id()).add(link.serviceId()).add(link.locationId()));
		staging.create("x_import_contact", """
				id uuid, organization_id uuid, service_id uuid, location_id uuid, virtual_location_id uuid,
				name text, title text, department text, email text""");
		staging.copy("x_import_contact", online.contacts(),
				(contact, row) -> row.add(contact.id())
					.add(contact.organizationId())
					.add(contact.serviceId())
					.add(contact.locationId())
					.add(contact.virtualLocationId())
					.add(contact.name())
					.add(contact.title())
					.add(contact.department())
					.add(contact.email()));
		staging.create("x_import_contact_phone", "id uuid, contact_id uuid, number text, type text, description text");
		staging.copy("x_import_contact_phone", online.contactPhones(),
				(phone, row) -> row.add(phone.id())
					.add(phone.contactId())
					.add(phone.number())
					.add(phone.type())
					.add(phone.description()));
		staging.execute("""
				delete from contact c where c.organization_id in (select id from x_import_organization)
					or c.service_id in (select id from x_import_service)
					or c.location_id in (select id from x_import_location)
					or c.virtual_location_id in (select v.id from virtual_location v
						join x_import_organization o on o.id = v.organization_id)
					or c.id in (select id from x_import_contact)""");
		staging.execute("""
				delete from service_at_virtual_location t using x_import_service x where t.service_id = x.id""");
		staging.execute("""
				delete from virtual_location v using x_import_organization o
				where v.organization_id = o.id and v.id not in (select id from x_import_virtual_location)""");
		staging.execute("""
				insert into virtual_location (id, organization_id, name, description, url)
				select id, organization_id, name, description, url from x_import_virtual_location
				on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
					description = excluded.description, url = excluded.url""");
		staging.execute("""
				insert into service_at_virtual_location (id, service_id, location_id)
				select id, service_id, location_id from x_import_virtual_link
				on conflict (id) do update set service_id = excluded.service_id, location_id = excluded.location_id""");
		staging.execute("""
				insert into contact (id, organization_id, service_id, location_id, virtual_location_id, name, title,
					department, email)
				select id, organization_id, service_id, location_id, virtual_location_id, name, title, department, email
				from x_import_contact""");
		// The contacts' phones went with them (on delete cascade); a phone id moved to
		// another contact is taken over.
		staging.execute("""
				insert into contact_phone (id, contact_id, number, type, description)
				select id, contact_id, number, type, description from x_import_contact_phone
				on conflict (id) do update set contact_id = excluded.contact_id, number = excluded.number,
					type = excluded.type, description = excluded.description""");
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

}
