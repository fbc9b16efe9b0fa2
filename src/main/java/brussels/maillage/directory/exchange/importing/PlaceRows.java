package brussels.maillage.directory.exchange.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

import static brussels.maillage.directory.exchange.importing.Cells.blank;
import static brussels.maillage.directory.exchange.importing.Cells.blankOr;
import static brussels.maillage.directory.exchange.importing.Cells.uuidOrNull;
import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * A package's places (HSDS {@code location} with its {@code address}): the places with a
 * street address and an organisation are kept, placed in their Brussels commune; virtual
 * places are kept with their url; the others are said and left out, their services
 * imported without them.
 */
@Component
class PlaceRows {

	private final TerritoryService territory;

	PlaceRows(TerritoryService territory) {
		this.territory = territory;
	}

	/** Reads the places, once the organisations are read. */
	void read(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, RowCounter counter) {
		List<ImportReport.Problem> problems = parsed.problems;
		Map<String, CSVRecord> addressRows = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("address", List.of())) {
			counter.tick();
			// A place's physical address, else its postal one.
			String type = row.isMapped("address_type") ? row.get("address_type").strip() : "";
			addressRows.merge(value(row, "location_id"), row, (kept, other) -> "physical".equals(type) ? other : kept);
		}
		// A place whose organisation is not in the package is attached to the
		// organisation of the (first) service delivered there.
		Map<String, String> serviceOrganizations = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service", List.of())) {
			if (row.isMapped("id") && row.isMapped("organization_id")) {
				serviceOrganizations.put(row.get("id").strip(), row.get("organization_id").strip());
			}
		}
		Map<String, String> locationOrganizations = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service_at_location", List.of())) {
			if (row.isMapped("location_id") && row.isMapped("service_id")) {
				String organization = serviceOrganizations.get(row.get("service_id").strip());
				if (organization != null) {
					locationOrganizations.putIfAbsent(row.get("location_id").strip(), organization);
				}
			}
		}
		for (CSVRecord row : tables.getOrDefault("location", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("location", row, "id", true);
			// Optional in HSDS: a value that is not a UUID names no organisation of the
			// package (their ids that are not UUIDs were read as UUIDs derived from
			// them).
			String organizationValue = blank(value(row, "organization_id"));
			UUID organization = uuidOrNull(organizationValue);
			String named = (organization != null) ? organization.toString() : organizationValue;
			if (id != null && (organization == null || !parsed.organizations.containsKey(organization))) {
				UUID serving = uuidOrNull(locationOrganizations.get(id.toString()));
				String given = (named != null) ? "unknown organization " + named : "no organization";
				if (serving != null && parsed.organizations.containsKey(serving)) {
					parsed.warning("location", row, "organization_id", "placeAttached",
							given + "; the place is attached to the organization of its services, " + serving,
							String.valueOf(named));
					organization = serving;
				}
				else {
					parsed.warning("location", row, "organization_id", "placeWithoutOrganization",
							given + ": the directory keeps a place with its organisation; its services are imported "
									+ "without it");
					parsed.skippedLocations.add(id.toString());
					continue;
				}
			}
			if (id == null) {
				continue;
			}
			String locationType = row.isMapped("location_type") ? row.get("location_type").strip() : "";
			if ("virtual".equals(locationType)) {
				// A chat, a video consultation, a web form: kept with its url, shown
				// "online".
				parsed.virtualLocations.put(id, new DirectorySnapshot.VirtualLoc(id, organization,
						blank(value(row, "name")), blank(value(row, "description")), blank(value(row, "url"))));
				parsed.skippedLocations.add(id.toString());
				continue;
			}
			CSVRecord address = addressRows.get(id.toString());
			if (address == null || blank(address.get("address_1")) == null || !address.isMapped("postal_code")
					|| blank(address.get("postal_code")) == null) {
				parsed.warning("location", row, "location_type", "placeWithoutAddress",
						"place without a street address"
								+ ": the directory shows places with an address; its services are imported without it",
						blankOr(row, "name", ""));
				parsed.skippedLocations.add(id.toString());
				continue;
			}
			String street = parsed.required("address", address, "address_1");
			if (street != null && !value(address, "address_2").isEmpty()) {
				street = street + ", " + value(address, "address_2");
			}
			String postcode = parsed.required("address", address, "postal_code");
			Double lat = parsed.decimal("location", row, "latitude");
			Double lon = parsed.decimal("location", row, "longitude");
			if (problems.size() > before) {
				continue;
			}
			if (lat != null && lon != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
				parsed.warning("location", row, "latitude", "unusableCoordinates",
						"unusable coordinates " + lat + ", " + lon + ": imported without coordinates",
						lat + ", " + lon);
				lat = null;
				lon = null;
			}
			else if ((lat == null) != (lon == null)) {
				parsed.warning("location", row, (lat == null) ? "latitude" : "longitude", "oneCoordinate",
						"one coordinate without the other: imported without coordinates");
				lat = null;
				lon = null;
			}
			else if (lat != null && !(lat >= 50.7 && lat <= 51.0 && lon >= 4.2 && lon <= 4.5)) {
				parsed.warning("location", row, "latitude", "coordinatesOutside",
						"coordinates " + lat + ", " + lon
								+ " outside the Brussels-Capital Region: imported without coordinates",
						lat + ", " + lon);
				lat = null;
				lon = null;
			}
			String identifierType = row.isMapped("external_identifier_type")
					? row.get("external_identifier_type").strip() : "";
			String identifier = row.isMapped("external_identifier") ? row.get("external_identifier").strip() : "";
			String nis = null;
			if (identifierType.equalsIgnoreCase("NIS") && identifier.matches("^21[0-9]{3}$")
					&& this.territory.isBrusselsPostcode(postcode)) {
				// A NIS code says the place is in a Brussels commune, whose postcode it
				// has.
				nis = identifier;
			}
			else if (identifierType.equalsIgnoreCase("NIS")) {
				parsed.warning("location", row, "external_identifier", "notBrusselsNis", "NIS code " + identifier
						+ " with postcode " + postcode + " is not a Brussels commune: imported without a commune",
						identifier, postcode);
			}
			if (nis == null && this.territory.isBrusselsPostcode(postcode)) {
				nis = commune(postcode, lat, lon);
				if (nis == null) {
					parsed.warning("address", address, "postal_code", "severalCommunes", "postcode " + postcode
							+ " serves several communes and the place has no coordinates: imported without a commune",
							postcode);
				}
			}
			else if (nis == null && !identifierType.equalsIgnoreCase("NIS")) {
				parsed.warning("address", address, "postal_code", "outsideRegion",
						"postcode " + postcode + blankOr(address, "country", ", country ")
								+ " is outside the Brussels-Capital Region: imported without a commune or bassin",
						postcode + blankOr(address, "country", ", "));
			}
			if (problems.size() > before) {
				continue;
			}
			parsed.locations.put(id, new DirectorySnapshot.Loc(id, organization, blank(row.get("name")), street,
					postcode, address.isMapped("city") ? address.get("city").strip() : "", nis, lat, lon));
			parsed.locations.put(id, new DirectorySnapshot.Loc(id, organization, blank(row.get("name")), street,
					postcode, address.isMapped("city") ? address.get("city").strip() : "", nis, lat, lon));
		}
	}

	/**
	 * The commune of a Brussels postcode: the postcode's when it serves one commune, else
	 * where the coordinates lie; {@code null} when neither says.
	 */
	private String commune(String postcode, Double lat, Double lon) {
		try {
			Placement placement = (lat != null) ? this.territory.place(postcode, lat, lon)
					: this.territory.place(postcode);
			return placement.communeNis();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
