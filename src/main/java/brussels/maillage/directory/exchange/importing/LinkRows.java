package brussels.maillage.directory.exchange.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.system.LocalizedText;
import org.apache.commons.csv.CSVRecord;

import static brussels.maillage.directory.exchange.importing.Cells.blank;
import static brussels.maillage.directory.exchange.importing.Cells.number;
import static brussels.maillage.directory.exchange.importing.Cells.uuidOrNull;
import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * What ties a package's services to places and people: the services at places (with an
 * address or virtual), the contacts, and the phones of services, services at places,
 * contacts, organisations and places.
 */
final class LinkRows {

	private LinkRows() {
	}

	/**
	 * Reads the services at places, the contacts and the phones, once the services and
	 * places are read; returns the service of each service at a place, by its id.
	 */
	static Map<String, UUID> read(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, PackageTexts texts,
			RowCounter counter) {
		List<ImportReport.Problem> problems = parsed.problems;
		Map<String, UUID> linkServices = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service_at_location", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("service_at_location", row, "id", true);
			UUID service = parsed.reference("service_at_location", row, "service_id", parsed.services.keySet());
			String locationValue = row.isMapped("location_id") ? row.get("location_id").strip() : "";
			if (id != null && service != null) {
				linkServices.put(id.toString(), service);
			}
			UUID virtual = uuidOrNull(blank(locationValue));
			if (virtual != null && parsed.virtualLocations.containsKey(virtual) && id != null && service != null) {
				parsed.virtualLinks.add(new DirectorySnapshot.VirtualLink(id, service, virtual));
			}
			if (locationValue.isEmpty() || parsed.skippedLocations.contains(locationValue)) {
				// A service delivered at a place the directory does not keep (virtual, no
				// address: said once, at the place), or at none.
				parsed.taint(row, "service_id", before);
				continue;
			}
			UUID location = parsed.reference("service_at_location", row, "location_id", parsed.locations.keySet());
			if (id != null && service != null && location != null) {
				parsed.links.add(new DirectorySnapshot.ServiceAtLocation(id, service, location));
			}
			parsed.taint(row, "service_id", before);
		}
		contacts(tables.getOrDefault("contact", List.of()), parsed, linkServices);
		Set<UUID> contactIds = new HashSet<>();
		parsed.contacts.forEach((contact) -> contactIds.add(contact.id()));
		for (CSVRecord row : tables.getOrDefault("phone", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("phone", row, "id", true);
			String number = number(parsed.required("phone", row, "number"));
			String serviceValue = row.isMapped("service_id") ? row.get("service_id").strip() : "";
			LocalizedText description = (id != null) ? texts.text("phone", id, "description", row.get("description"))
					: null;
			if (!serviceValue.isEmpty()) {
				UUID service = parsed.reference("phone", row, "service_id", parsed.services.keySet());
				if (id != null && service != null && number != null) {
					parsed.phones.add(new DirectorySnapshot.Phone(id, service, number, description));
				}
				parsed.taint(row, "service_id", before);
				continue;
			}
			// HSDS: a phone may belong to an organisation, a place, a contact or a
			// service at a place. The directory keeps those of organisations (a place's
			// phone as its organisation's), of services and of contacts.
			UUID organization = uuidOrNull(blank(row.isMapped("organization_id") ? row.get("organization_id") : null));
			UUID location = uuidOrNull(blank(row.isMapped("location_id") ? row.get("location_id") : null));
			UUID contact = uuidOrNull(blank(row.isMapped("contact_id") ? row.get("contact_id") : null));
			UUID link = linkServices
				.get(row.isMapped("service_at_location_id") ? row.get("service_at_location_id").strip() : "");
			if (link != null) {
				if (id != null && number != null) {
					parsed.phones.add(new DirectorySnapshot.Phone(id, link, number, description));
				}
			}
			else if (contact != null && contactIds.contains(contact)) {
				// A contact's phone (HSDS contact_id): kept with the contact (V76).
				if (id != null && number != null) {
					parsed.contactPhones.add(new DirectorySnapshot.ContactPhone(id, contact, number,
							blank(row.isMapped("type") ? row.get("type") : null),
							blank(row.isMapped("description") ? row.get("description") : null)));
				}
				continue;
			}
			else if (organization == null && location != null && parsed.locations.containsKey(location)) {
				organization = parsed.locations.get(location).organizationId();
			}
			if (link == null && organization != null && parsed.organizations.containsKey(organization)) {
				if (id != null && number != null) {
					parsed.organizationPhones
						.add(new DirectorySnapshot.OrgPhone(id, organization, number, description));
				}
			}
			else if (link == null && number != null) {
				parsed.warning("phone", row, "service_id", "phoneNotKept",
						"phone " + number + " of nothing the directory keeps: not imported", number);
			}
		}
		return linkServices;
	}

	/**
	 * The contacts of the organisations, services (also through a service at a place) and
	 * places the directory keeps; the others are said not kept.
	 */
	private static void contacts(List<CSVRecord> rows, ParsedPackage parsed, Map<String, UUID> linkServices) {
		for (CSVRecord row : rows) {
			UUID id = parsed.uuid("contact", row, "id", true);
			if (id == null) {
				continue;
			}
			UUID organization = uuidOrNull(blank(value(row, "organization_id")));
			UUID service = uuidOrNull(blank(value(row, "service_id")));
			if (service == null) {
				service = linkServices.get(value(row, "service_at_location_id"));
			}
			UUID location = uuidOrNull(blank(value(row, "location_id")));
			UUID virtual = (location != null && parsed.virtualLocations.containsKey(location)) ? location : null;
			location = (location != null && parsed.locations.containsKey(location)) ? location : null;
			organization = (organization != null && parsed.organizations.containsKey(organization)) ? organization
					: null;
			service = (service != null && parsed.services.containsKey(service)) ? service : null;
			if (organization == null && service == null && location == null && virtual == null) {
				parsed.warning("contact", row, "organization_id", "contactNotKept",
						"contact of nothing the directory keeps: not imported", value(row, "name"));
				continue;
			}
			parsed.contacts.add(new DirectorySnapshot.Contact(id, organization, service, location, virtual,
					blank(value(row, "name")), blank(value(row, "title")), blank(value(row, "department")),
					blank(value(row, "email"))));
		}
	}

}
