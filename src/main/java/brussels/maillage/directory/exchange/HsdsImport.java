package brussels.maillage.directory.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an HSDS 3.1 tabular data package (as the export writes it) into the directory:
 * everything is checked first, every problem reported with its table, line and field, and
 * nothing is written when there is one; otherwise new services are added and changed ones
 * updated, by id, in one transaction, and identical ones are left alone.
 */
@Service
class HsdsImport {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HsdsImport.class);

	private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	/**
	 * The tables the directory reads; the rows of any other table are reported as not
	 * kept.
	 */
	private static final Set<String> READ = Set.of("organization", "service", "location", "address",
			"service_at_location", "contact", "phone", "schedule", "language", "service_area", "taxonomy",
			"taxonomy_term", "attribute", HsdsPackage.TRANSLATIONS, HsdsPackage.SERVICE_EXTRAS);

	private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private final JsonMapper json;

	private final ExchangeStore store;

	private final ExchangeReads reads;

	private final AuditLog audit;

	private final TerritoryService territory;

	private final AreaNames areas;

	HsdsImport(JsonMapper json, ExchangeStore store, ExchangeReads reads, AuditLog audit, TerritoryService territory,
			AreaNames areas) {
		this.areas = areas;
		this.json = json;
		this.store = store;
		this.reads = reads;
		this.audit = audit;
		this.territory = territory;
	}

	/**
	 * The files of a zipped package, by file name, read within the default limits of
	 * {@link PackageReader}.
	 */
	static Map<String, byte[]> unzip(byte[] zip) {
		return new PackageReader(PackageReader.Limits.DEFAULT).unzip(new ByteArrayInputStream(zip));
	}

	/**
	 * Imports a package; {@code language} is the language of its HSDS texts when the
	 * descriptor does not say it.
	 */
	@Transactional
	ImportReport importPackage(Map<String, byte[]> files, String language) {
		return importPackage(files, ImportOptions.allOrNothing(language));
	}

	/**
	 * Imports a package as the options say: all or nothing, or the valid rows (a service
	 * with a problem in its row or in one of its phones, hours, places or themes is left
	 * out, and reported); services of the same source absent from the package are closed.
	 */
	@Transactional
	ImportReport importPackage(Map<String, byte[]> files, ImportOptions options) {
		return importPackage(files, options, ImportProgress.NONE);
	}

	/**
	 * Imports a package as the options say, telling {@code progress} the phase (reading,
	 * validating, writing) and the rows done.
	 */
	@Transactional
	ImportReport importPackage(Map<String, byte[]> files, ImportOptions options, ImportProgress progress) {
		try {
			return read(files, options, progress);
		}
		catch (IllegalArgumentException ex) {
			// A CSV without a column the directory reads (commons-csv: "Mapping for ...
			// not
			// found"): said as the package's error, not an unexpected failure.
			return ImportReport.refused(List.of(new ImportReport.Problem("datapackage", 0, "",
					"a column the directory reads is missing: " + ex.getMessage())));
		}
	}

	private ImportReport read(Map<String, byte[]> files, ImportOptions options, ImportProgress progress) {
		long started = System.nanoTime();
		String language = options.language();
		Parsed parsed = new Parsed();
		List<ImportReport.Problem> problems = parsed.problems;
		byte[] descriptorBytes = files.get("datapackage.json");
		if (descriptorBytes == null) {
			problems.add(new ImportReport.Problem("datapackage", 0, "", "datapackage.json is missing"));
			return ImportReport.refused(problems);
		}
		JsonNode descriptor;
		try {
			descriptor = this.json.readTree(descriptorBytes);
		}
		catch (RuntimeException ex) {
			problems.add(new ImportReport.Problem("datapackage", 0, "", "datapackage.json is not valid JSON"));
			return ImportReport.refused(problems);
		}
		String packageName = descriptor.hasNonNull("name") ? descriptor.get("name").asString()
				: ImportOptions.DEFAULT_SOURCE;
		// Maillage's own export (a backup, a round trip) has no source unless one is
		// given:
		// it keeps the services' sources and closes nothing.
		String source = (options.source() != null && !options.source().isBlank()) ? options.source().strip()
				: ImportOptions.OWN_EXPORT.equals(packageName) ? null : packageName;
		String textLanguage = (descriptor.hasNonNull("language"))
				? textLanguage(descriptor.get("language").asString(), language) : language;
		Map<String, String> paths = new HashMap<>();
		for (JsonNode resource : descriptor.path("resources")) {
			paths.put(resource.get("name").asString(), resource.get("path").asString());
		}
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		progress.at("reading", 0, paths.size());
		// The files are read side by side (each on its own), their problems reported in
		// the descriptor's order.
		java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
		List<Map.Entry<String, String>> resources = List.copyOf(paths.entrySet());
		List<Object> contents = resources.parallelStream().map((resource) -> {
			Object content = readCsv(files.get(resource.getValue()));
			progress.at("reading", read.incrementAndGet(), resources.size());
			return content;
		}).toList();
		for (int i = 0; i < resources.size(); i++) {
			Map.Entry<String, String> resource = resources.get(i);
			if (contents.get(i) instanceof List<?> records) {
				@SuppressWarnings("unchecked")
				List<CSVRecord> rows = (List<CSVRecord>) records;
				tables.put(resource.getKey(), rows);
			}
			else if (files.get(resource.getValue()) == null && !READ.contains(resource.getKey())) {
				parsed.warning(resource.getKey(), 0, "", "missing", resource.getValue() + " is missing: not read",
						resource.getValue());
			}
			else if (files.get(resource.getValue()) == null) {
				problems.add(new ImportReport.Problem(resource.getKey(), 0, "", resource.getValue() + " is missing"));
			}
			else {
				problems.add(new ImportReport.Problem(resource.getKey(), 0, "", "not a readable CSV file"));
			}
		}
		tables.forEach((table, records) -> {
			if (!READ.contains(table) && !records.isEmpty()) {
				parsed.warning(table, 0, "", "notKept",
						records.size() + " rows: the directory does not keep this table", records.size());
			}
		});
		long t0 = System.nanoTime();
		long rows = List
			.of("organization", "address", "location", "x_maillage_services", "language", "service",
					"service_at_location", "phone", "schedule", "taxonomy_term", "attribute")
			.stream()
			.mapToLong((table) -> tables.getOrDefault(table, List.of()).size())
			.sum();
		Counter counter = new Counter(progress, rows);
		LOG.debug("import: read CSVs in {} ms", (t0 - started) / 1_000_000);
		Map<String, Map<String, LocalizedText>> translations = translations(tables.get("x_maillage_translations"));
		Map<String, String> addresses = new HashMap<>();
		Map<String, CSVRecord> addressRows = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("address", List.of())) {
			counter.tick();
			// A place's physical address, else its postal one.
			String type = row.isMapped("address_type") ? row.get("address_type").strip() : "";
			addressRows.merge(value(row, "location_id"), row, (kept, other) -> "physical".equals(type) ? other : kept);
		}
		for (CSVRecord row : tables.getOrDefault("organization", List.of())) {
			counter.tick();
			UUID id = parsed.uuid("organization", row, "id", true);
			String name = parsed.required("organization", row, "name");
			if (id != null && name != null) {
				parsed.organizations.put(id,
						new DirectorySnapshot.Org(id, name, text(translations, "organization", id, "description",
								row.get("description"), textLanguage), blank(row.get("email")),
								blank(row.get("website"))));
			}
		}
		// A place whose organisation is not in the package is attached to the
		// organisation
		// of the (first) service delivered there.
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
			UUID organization = parsed.uuid("location", row, "organization_id", false);
			if (id != null && (organization == null || !parsed.organizations.containsKey(organization))) {
				UUID serving = uuidOrNull(locationOrganizations.get(id.toString()));
				String given = (organization != null) ? "unknown organization " + organization : "no organization";
				if (serving != null && parsed.organizations.containsKey(serving)) {
					parsed.warning("location", row, "organization_id", "placeAttached",
							given + "; the place is attached to the organization of its services, " + serving,
							String.valueOf(organization));
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
			addresses.put(id.toString(), postcode);
		}
		Map<String, CSVRecord> extras = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("x_maillage_services", List.of())) {
			counter.tick();
			extras.put(row.get("service_id"), row);
		}
		Map<String, List<CSVRecord>> areas = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service_area", List.of())) {
			if (!value(row, "service_id").isEmpty()) {
				areas.computeIfAbsent(value(row, "service_id"), (key) -> new ArrayList<>()).add(row);
			}
		}
		Map<UUID, List<String>> spoken = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("language", List.of())) {
			counter.tick();
			UUID service = parsed.uuid("language", row, "service_id", true);
			if (service != null) {
				spoken.computeIfAbsent(service, (key) -> new ArrayList<>()).add(row.get("code"));
			}
		}
		for (CSVRecord row : tables.getOrDefault("service", List.of())) {
			counter.tick();
			int before = problems.size();
			parsed.inPackage.add(row.isMapped("id") ? row.get("id").strip() : "");
			UUID id = parsed.uuid("service", row, "id", true);
			UUID organization = parsed.uuid("service", row, "organization_id", true);
			if (organization != null && !parsed.organizations.containsKey(organization)) {
				parsed.problem("service", row, "organization_id", "unknown organization " + organization);
			}
			LocalizedText name = (id != null) ? text(translations, "service", id, "name", row.get("name"), textLanguage)
					: null;
			if (name == null || name.isEmpty()) {
				parsed.problem("service", row, "name", "missing required field");
			}
			String status = row.get("status").strip();
			if (!STATUSES.contains(status)) {
				parsed.problem("service", row, "status", "status is active, inactive or defunct");
			}
			Integer minimumAge = parsed.integer("service", row, "minimum_age");
			Integer maximumAge = parsed.integer("service", row, "maximum_age");
			Instant lastModified = parsed.instant("service", row, "last_modified");
			CSVRecord extra = (id != null) ? extras.get(id.toString()) : null;
			Instant verifiedAt = (extra != null) ? parsed.instant("x_maillage_services", extra, "last_verified_at")
					: parsed.date("service", row, "assured_date");
			if (id == null || organization == null || name == null || name.isEmpty() || problems.size() > before) {
				continue;
			}
			String areaLevel = (extra != null) ? extra.get("area_level") : "REGION";
			List<String> areaCodes = (extra != null) ? words(extra.get("area_codes")) : List.of();
			String areaDescription = null;
			if (extra == null && areas.containsKey(id.toString())) {
				Area area = area(areas.get(id.toString()), parsed);
				areaLevel = area.level();
				areaCodes = area.codes();
				areaDescription = area.description();
			}
			else if (extra != null && "REGION".equals(areaLevel) && areas.containsKey(id.toString())) {
				// Maillage's own export writes an area kept as written instead of
				// BRUSSELS_REGION.
				List<String> written = areas.get(id.toString())
					.stream()
					.map((areaRow) -> value(areaRow, "name"))
					.filter((areaName) -> !areaName.isEmpty() && !areaName.equals("BRUSSELS_REGION"))
					.toList();
				areaDescription = written.isEmpty() ? null : String.join(" ; ", written);
			}
			parsed.services.put(id, new DirectorySnapshot.Svc(id, organization, name,
					text(translations, "service", id, "description", row.get("description"), textLanguage),
					text(translations, "service", id, "application_process", row.get("application_process"),
							textLanguage),
					text(translations, "service", id, "fees_description", row.get("fees_description"), textLanguage),
					text(translations, "service", id, "eligibility_description", row.get("eligibility_description"),
							textLanguage),
					switch (status) {
						case "inactive", "temporarily closed" -> "temporarily_closed";
						case "defunct" -> "closed";
						default -> "active";
					}, (extra != null) ? extra.get("kind") : "service", blank(row.get("url")), blank(row.get("email")),
					minimumAge, maximumAge, (extra != null) ? extra.get("cost") : "paid",
					spoken.getOrDefault(id, List.of()), (extra != null) ? words(extra.get("target_groups")) : List.of(),
					areaLevel, areaCodes, verifiedAt,
					(extra != null) ? blank(extra.get("last_verified_by")) : blank(row.get("assurer_email")),
					lastModified, areaDescription));
		}
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
		java.util.Set<UUID> contactIds = new java.util.HashSet<>();
		parsed.contacts.forEach((contact) -> contactIds.add(contact.id()));
		for (CSVRecord row : tables.getOrDefault("phone", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("phone", row, "id", true);
			String number = number(parsed.required("phone", row, "number"));
			String serviceValue = row.isMapped("service_id") ? row.get("service_id").strip() : "";
			LocalizedText description = (id != null)
					? text(translations, "phone", id, "description", row.get("description"), textLanguage) : null;
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
		for (CSVRecord row : tables.getOrDefault("schedule", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("schedule", row, "id", true);
			String serviceValue = value(row, "service_id");
			UUID service = null;
			if (!serviceValue.isEmpty()) {
				service = parsed.reference("schedule", row, "service_id", parsed.services.keySet());
			}
			else {
				service = linkServices.get(value(row, "service_at_location_id"));
			}
			if (service == null && problems.size() == before) {
				parsed.warning("schedule", row, "service_id", "hoursNotKept",
						"hours of a place or of nothing the directory keeps: not imported");
				continue;
			}
			String freq = value(row, "freq").toUpperCase(java.util.Locale.ROOT);
			String byday = value(row, "byday").toUpperCase(java.util.Locale.ROOT);
			String interval = value(row, "interval");
			LocalTime opens = value(row, "opens_at").isEmpty() ? null : parsed.time("schedule", row, "opens_at");
			LocalTime closes = value(row, "closes_at").isEmpty() ? null : parsed.time("schedule", row, "closes_at");
			java.time.LocalDate validFrom = parsed.localDate("schedule", row, "valid_from");
			java.time.LocalDate validTo = parsed.localDate("schedule", row, "valid_to");
			if (problems.size() > before) {
				parsed.taint(row, "service_id", before);
				continue;
			}
			// Weekly openings (RFC 5545 FREQ=WEEKLY, BYDAY=MO,TU...) are the directory's
			// opening hours; other recurrences (monthly: BYDAY=2MO, -1FR), hours
			// without times or days are kept out of them, and said.
			String reason = null;
			String key = "hoursNotWeekly";
			String shown = "";
			if (!freq.isEmpty() && !freq.equals("WEEKLY")) {
				reason = "recurrence " + freq + (byday.isEmpty() ? "" : " " + byday);
				shown = "FREQ=" + freq + (byday.isEmpty() ? "" : ";BYDAY=" + byday);
			}
			else if (!interval.isEmpty() && !interval.equals("1")) {
				reason = "every " + interval + " weeks";
				shown = "INTERVAL=" + interval;
			}
			else if (opens == null || closes == null) {
				reason = "no opening and closing time";
				key = "hoursWithoutTimes";
			}
			else if (byday.isEmpty()) {
				reason = "no day of the week";
				key = "hoursWithoutDay";
			}
			else if (opens.equals(closes)) {
				reason = "opens and closes at the same time";
				key = "hoursSameTime";
			}
			List<String> codes = byday.isEmpty() ? List.of() : List.of(byday.split("\\s*,\\s*"));
			if (reason == null && !codes.stream().allMatch(DAYS::contains)) {
				reason = "days " + byday;
				shown = "BYDAY=" + byday;
			}
			if (reason != null) {
				parsed.warning("schedule", row, "freq", key, "hours not weekly (" + reason
						+ "): not shown as opening hours; the description stays the service's to give", shown);
				continue;
			}
			for (String code : codes) {
				UUID slotId = (codes.size() == 1) ? id
						: UUID.fromString(HsdsPackage.derived(id.toString(), "day", code));
				parsed.slots.add(new DirectorySnapshot.Slot(slotId, service, DAYS.indexOf(code) + 1, opens, closes,
						validFrom, validTo));
			}
		}
		Set<UUID> knownTerms = Set.copyOf(this.reads.termIds());
		PackageTaxonomy taxonomy = packageTaxonomy(tables, knownTerms, (source != null) ? source : packageName,
				counter);
		for (DirectorySnapshot.PackageTerm term : taxonomy.terms().values()) {
			if (term.themeId() == null) {
				parsed.warning("taxonomy_term", taxonomy.lines().get(term.id()), "id", "termNotMapped",
						"term " + term.id() + " (" + term.name()
								+ ") matches none of the directory's themes: its services keep it, and an editor "
								+ "chooses its theme on the crosswalk page",
						term.name());
			}
		}
		Set<DirectorySnapshot.ServiceTerm> themed = new java.util.LinkedHashSet<>();
		for (CSVRecord row : tables.getOrDefault("attribute", List.of())) {
			counter.tick();
			int before = problems.size();
			String entity = row.isMapped("link_entity") ? row.get("link_entity").strip() : "";
			if (!entity.isEmpty() && !entity.equals("service")) {
				parsed.warning("attribute", row, "link_entity", "otherAttribute",
						"attributes of " + entity + " are not imported (only those of services: their themes)", entity);
				continue;
			}
			String termValue = value(row, "taxonomy_term_id");
			DirectorySnapshot.PackageTerm packageTerm = taxonomy.terms().get(uuidOrNull(termValue));
			UUID service = parsed.reference("attribute", row, "link_id", parsed.services.keySet());
			if (packageTerm != null) {
				if (service != null) {
					parsed.packageTerms.add(new DirectorySnapshot.ServicePackageTerm(service, packageTerm.id()));
					if (packageTerm.themeId() != null) {
						themed.add(new DirectorySnapshot.ServiceTerm(service, packageTerm.themeId()));
					}
				}
				parsed.taint(row, "link_id", before);
				continue;
			}
			UUID term = parsed.reference("attribute", row, "taxonomy_term_id", knownTerms);
			if (service != null && term != null) {
				themed.add(new DirectorySnapshot.ServiceTerm(service, term));
			}
			parsed.taint(row, "link_id", before);
		}
		parsed.terms.addAll(themed);
		parsed.packageTaxonomies.addAll(taxonomy.taxonomies());
		parsed.packageTermList.addAll(taxonomy.terms().values());
		if (!problems.isEmpty() && !options.validRows()) {
			return ImportReport.refused(problems, parsed.warnings);
		}
		parsed.dropTainted();
		long t1 = System.nanoTime();
		LOG.debug("import: validated in {} ms", (t1 - t0) / 1_000_000);
		ImportReport written = this.store.write(parsed.snapshot(), parsed.extras(), source, options.managedElsewhere(),
				progress);
		long t2 = System.nanoTime();
		LOG.debug("import: written in {} ms", (t2 - t1) / 1_000_000);
		int closed = (source != null) ? this.store.closeAbsent(source, parsed.inPackage) : 0;
		LOG.debug("import: closed absent in {} ms", (System.nanoTime() - t2) / 1_000_000);
		ImportReport report = new ImportReport(written.added(), written.changed(), written.unchanged(), closed, true,
				source, problems, parsed.warnings);
		this.audit.record("directory.imported", "directory", (source != null) ? source : ImportOptions.OWN_EXPORT,
				report.added() + " added, " + report.changed() + " changed, " + report.unchanged() + " unchanged, "
						+ report.closed() + " closed, " + problems.size() + " rows left out, " + parsed.warnings.size()
						+ " warnings");
		return report;
	}

	/**
	 * A package's taxonomy: its taxonomies and terms (those that are not the directory's
	 * own themes, as in Maillage's export), each term with the theme it maps to: an
	 * editor's earlier choice, else the theme with the same code, else the theme with the
	 * same label in any language.
	 */
	record PackageTaxonomy(List<DirectorySnapshot.PackageTaxonomy> taxonomies,
			Map<UUID, DirectorySnapshot.PackageTerm> terms, Map<UUID, Long> lines) {
	}

	private PackageTaxonomy packageTaxonomy(Map<String, List<CSVRecord>> tables, Set<UUID> knownTerms, String source,
			Counter counter) {
		Map<UUID, DirectorySnapshot.PackageTaxonomy> taxonomies = new LinkedHashMap<>();
		for (CSVRecord row : tables.getOrDefault("taxonomy", List.of())) {
			UUID id = uuidOrNull(value(row, "id"));
			if (id != null && !value(row, "name").isEmpty()) {
				taxonomies.put(id, new DirectorySnapshot.PackageTaxonomy(id, value(row, "name"),
						blank(value(row, "description")), blank(value(row, "uri")), blank(value(row, "version"))));
			}
		}
		List<CSVRecord> rows = new ArrayList<>();
		for (CSVRecord row : tables.getOrDefault("taxonomy_term", List.of())) {
			counter.tick();
			UUID id = uuidOrNull(value(row, "id"));
			if (id != null && !knownTerms.contains(id) && !value(row, "name").isEmpty()) {
				rows.add(row);
			}
		}
		Map<UUID, DirectorySnapshot.PackageTerm> terms = new LinkedHashMap<>();
		Map<UUID, Long> lines = new HashMap<>();
		if (rows.isEmpty()) {
			return new PackageTaxonomy(List.of(), terms, lines);
		}
		Map<UUID, UUID> chosen = this.reads.editorThemes();
		Map<String, UUID> byCode = new HashMap<>();
		Map<String, UUID> byLabel = new HashMap<>();
		this.reads.themesForMatching().forEach((theme) -> {
			byCode.put(theme.code().toLowerCase(java.util.Locale.ROOT), theme.id());
			for (String label : new String[] { theme.label().fr(), theme.label().nl(), theme.label().en() }) {
				if (label != null) {
					byLabel.putIfAbsent(AreaNames.normalize(label), theme.id());
				}
			}
		});
		for (CSVRecord row : rows) {
			UUID id = UUID.fromString(value(row, "id"));
			UUID taxonomyId = uuidOrNull(value(row, "taxonomy_id"));
			if (taxonomyId == null || !taxonomies.containsKey(taxonomyId)) {
				String name = value(row, "taxonomy").isEmpty() ? source : value(row, "taxonomy");
				if (taxonomyId == null) {
					taxonomyId = UUID.fromString(HsdsPackage.derived(source, "taxonomy", name));
				}
				taxonomies.putIfAbsent(taxonomyId,
						new DirectorySnapshot.PackageTaxonomy(taxonomyId, name, null, null, null));
			}
			String code = value(row, "code");
			String name = value(row, "name");
			UUID theme = chosen.get(id);
			String matchedBy = (theme != null) ? "editor" : null;
			if (theme == null && !code.isEmpty() && byCode.containsKey(code.toLowerCase(java.util.Locale.ROOT))) {
				theme = byCode.get(code.toLowerCase(java.util.Locale.ROOT));
				matchedBy = "code";
			}
			if (theme == null && byLabel.containsKey(AreaNames.normalize(name))) {
				theme = byLabel.get(AreaNames.normalize(name));
				matchedBy = "label";
			}
			terms.put(id, new DirectorySnapshot.PackageTerm(id, taxonomyId, blank(code), name,
					blank(value(row, "description")), uuidOrNull(value(row, "parent_id")), theme, matchedBy));
			lines.put(id, row.getRecordNumber() + 1);
		}
		return new PackageTaxonomy(List.copyOf(taxonomies.values()), terms, lines);
	}

	/**
	 * A package's language ({@code fr}, {@code fra}, {@code fr-BE}, ...) as fr, nl or en.
	 */
	static String textLanguage(String declared, String otherwise) {
		String code = (declared != null) ? declared.strip().toLowerCase(java.util.Locale.ROOT) : "";
		code = code.split("[-_]")[0];
		String language = switch (code) {
			case "fra", "fre" -> "fr";
			case "nld", "dut" -> "nl";
			case "eng" -> "en";
			default -> code;
		};
		return LocalizedText.LANGUAGES.contains(language) ? language : otherwise;
	}

	/**
	 * A phone number without what CSV tools leave around it: surrounding quotes (a number
	 * quoted twice, {@code """+44 1234"""}), spaces.
	 */
	static String number(String value) {
		if (value == null) {
			return null;
		}
		String number = value.strip();
		while (number.length() >= 2 && isQuote(number.charAt(0)) && isQuote(number.charAt(number.length() - 1))) {
			number = number.substring(1, number.length() - 1).strip();
		}
		return number.isEmpty() ? null : number;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
	}

	private static String value(CSVRecord row, String field) {
		return (row.isMapped(field) && row.get(field) != null) ? row.get(field).strip() : "";
	}

	/** A service's area as the directory keeps it: a level, its codes, or its words. */
	record Area(String level, List<String> codes, String description) {
	}

	/**
	 * The service area of a package without Maillage's extension: the region, bassins or
	 * communes when every area names one (code or name, in French or Dutch); otherwise
	 * the words of the package, kept as written and never read as the region.
	 */
	private Area area(List<CSVRecord> rows, Parsed parsed) {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		List<String> written = new ArrayList<>();
		boolean unresolved = false;
		for (CSVRecord row : rows) {
			String name = value(row, "name").isEmpty() ? value(row, "description") : value(row, "name");
			if (name.isEmpty()) {
				continue;
			}
			written.add(name);
			String[] found = this.areas.resolve(name);
			if (found == null) {
				unresolved = true;
				parsed.warning("service_area", row, "name", "areaNotBrussels", "area \"" + name
						+ "\" is not a Brussels territory the directory knows: shown as written, not as the region",
						name);
			}
			else {
				levels.computeIfAbsent(found[0], (key) -> new ArrayList<>()).add(found[1]);
			}
		}
		if (written.isEmpty() || (!unresolved && levels.containsKey("REGION"))) {
			return new Area("REGION", List.of(), null);
		}
		if (!unresolved && levels.size() == 1) {
			Map.Entry<String, List<String>> level = levels.entrySet().iterator().next();
			return new Area(level.getKey(), List.copyOf(new java.util.LinkedHashSet<>(level.getValue())), null);
		}
		return new Area("REGION", List.of(), String.join(" ; ", written));
	}

	/**
	 * The rows of a CSV file with a header, or {@code null} when missing or unreadable.
	 */
	private static List<CSVRecord> readCsv(byte[] csv) {
		if (csv == null) {
			return null;
		}
		try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().get())) {
			return parser.getRecords();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private Map<String, Map<String, LocalizedText>> translations(List<CSVRecord> rows) {
		Map<String, Map<String, String[]>> collected = new HashMap<>();
		for (CSVRecord row : (rows != null) ? rows : List.<CSVRecord>of()) {
			String[] texts = collected
				.computeIfAbsent(row.get("table") + "/" + row.get("record_id"), (key) -> new HashMap<>())
				.computeIfAbsent(row.get("field"), (key) -> new String[3]);
			int index = LocalizedText.LANGUAGES.indexOf(row.get("language"));
			if (index >= 0) {
				texts[index] = row.get("text");
			}
		}
		Map<String, Map<String, LocalizedText>> translations = new HashMap<>();
		collected.forEach((record, fields) -> {
			Map<String, LocalizedText> texts = new HashMap<>();
			fields.forEach((field, values) -> texts.put(field, LocalizedText.of(values[0], values[1], values[2])));
			translations.put(record, texts);
		});
		return translations;
	}

	private static LocalizedText text(Map<String, Map<String, LocalizedText>> translations, String table, UUID id,
			String field, String value, String language) {
		LocalizedText translated = translations.getOrDefault(table + "/" + id, Map.of()).get(field);
		if (translated != null) {
			return translated;
		}
		return LocalizedText.of("fr".equals(language) ? value : null, "nl".equals(language) ? value : null,
				"en".equals(language) ? value : null);
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

	/**
	 * The contacts of the organisations, services (also through a service at a place) and
	 * places the directory keeps; the others are said not kept.
	 */
	private static void contacts(List<CSVRecord> rows, Parsed parsed, Map<String, UUID> linkServices) {
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

	private static String blankOr(CSVRecord row, String field, String prefix) {
		return (row.isMapped(field) && !row.get(field).isBlank()) ? prefix + row.get(field).strip() : "";
	}

	private static UUID uuidOrNull(String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> words(String value) {
		return (value == null || value.isBlank()) ? List.of() : List.of(value.strip().split("\\s+"));
	}

	/** Counts the rows validated, telling the progress every 500 rows. */
	private static final class Counter {

		private final ImportProgress progress;

		private final long total;

		private long done;

		Counter(ImportProgress progress, long total) {
			this.progress = progress;
			this.total = total;
			progress.at("validating", 0, total);
		}

		void tick() {
			this.done++;
			if (this.done % 500 == 0) {
				this.progress.at("validating", Math.min(this.done, this.total), this.total);
			}
		}

	}

	/** What was read, and the problems found. */
	private static final class Parsed {

		final List<ImportReport.Problem> problems = new ArrayList<>();

		/** What was imported differently from the package (not errors). */
		final List<ImportReport.Problem> warnings = new ArrayList<>();

		final Map<UUID, DirectorySnapshot.Org> organizations = new LinkedHashMap<>();

		final Map<UUID, DirectorySnapshot.Loc> locations = new LinkedHashMap<>();

		final Map<UUID, DirectorySnapshot.Svc> services = new LinkedHashMap<>();

		final List<DirectorySnapshot.ServiceAtLocation> links = new ArrayList<>();

		final List<DirectorySnapshot.Phone> phones = new ArrayList<>();

		final List<DirectorySnapshot.Slot> slots = new ArrayList<>();

		final List<DirectorySnapshot.ServiceTerm> terms = new ArrayList<>();

		/**
		 * Every service id written in the package, valid or not (they are not closed).
		 */
		final Set<String> inPackage = new java.util.HashSet<>();

		/** Services left out because one of their rows has a problem. */
		final Set<String> tainted = new java.util.HashSet<>();

		void taint(CSVRecord row, String serviceField, int problemsBefore) {
			if (this.problems.size() > problemsBefore && row.isMapped(serviceField)) {
				this.tainted.add(row.get(serviceField).strip());
			}
		}

		void dropTainted() {
			this.services.keySet().removeIf((id) -> this.tainted.contains(id.toString()));
			this.links.removeIf((link) -> !this.services.containsKey(link.serviceId()));
			this.phones.removeIf((phone) -> !this.services.containsKey(phone.serviceId()));
			this.slots.removeIf((slot) -> !this.services.containsKey(slot.serviceId()));
			this.terms.removeIf((term) -> !this.services.containsKey(term.serviceId()));
			this.virtualLinks.removeIf((link) -> !this.services.containsKey(link.serviceId()));
			this.contacts
				.removeIf((contact) -> contact.serviceId() != null && !this.services.containsKey(contact.serviceId()));
			java.util.Set<UUID> kept = new java.util.HashSet<>();
			this.contacts.forEach((contact) -> kept.add(contact.id()));
			this.contactPhones.removeIf((phone) -> !kept.contains(phone.contactId()));
		}

		final Map<UUID, DirectorySnapshot.VirtualLoc> virtualLocations = new LinkedHashMap<>();

		final List<DirectorySnapshot.VirtualLink> virtualLinks = new ArrayList<>();

		final List<DirectorySnapshot.Contact> contacts = new ArrayList<>();

		final List<DirectorySnapshot.ContactPhone> contactPhones = new ArrayList<>();

		final List<DirectorySnapshot.PackageTaxonomy> packageTaxonomies = new ArrayList<>();

		final List<DirectorySnapshot.PackageTerm> packageTermList = new ArrayList<>();

		DirectorySnapshot.Extras extras() {
			return new DirectorySnapshot.Extras(
					this.organizationPhones.stream()
						.filter((phone) -> this.organizations.containsKey(phone.organizationId()))
						.toList(),
					this.packageTaxonomies, this.packageTermList,
					this.packageTerms.stream().filter((term) -> this.services.containsKey(term.serviceId())).toList());
		}

		java.time.LocalDate localDate(String table, CSVRecord row, String field) {
			String value = row.isMapped(field) ? blank(row.get(field)) : null;
			try {
				return (value != null) ? java.time.LocalDate.parse(value) : null;
			}
			catch (DateTimeParseException ex) {
				problem(table, row, field, "bad date " + value);
				return null;
			}
		}

		DirectorySnapshot snapshot() {
			return new DirectorySnapshot(List.copyOf(this.organizations.values()), List.copyOf(this.services.values()),
					List.copyOf(this.locations.values()), this.links, this.phones, this.slots, this.terms, List.of(),
					List.of(), new DirectorySnapshot.Online(List.copyOf(this.virtualLocations.values()),
							this.virtualLinks, this.contacts, this.contactPhones));
		}

		/**
		 * Rows of places not kept (no address, no organisation): links to them are
		 * dropped.
		 */
		final Set<String> skippedLocations = new java.util.HashSet<>();

		final List<DirectorySnapshot.OrgPhone> organizationPhones = new ArrayList<>();

		final List<DirectorySnapshot.ServicePackageTerm> packageTerms = new ArrayList<>();

		void warning(String table, CSVRecord row, String field, String key, String reason, Object... args) {
			warning(table, row.getRecordNumber() + 1, field, key, reason, args);
		}

		void warning(String table, long line, String field, String key, String reason, Object... args) {
			this.warnings.add(new ImportReport.Problem(table, line, field, reason, key, java.util.Arrays.asList(args)));
		}

		void problem(String table, CSVRecord row, String field, String reason) {
			this.problems.add(new ImportReport.Problem(table, row.getRecordNumber() + 1, field, reason));
		}

		String required(String table, CSVRecord row, String field) {
			String value = row.isMapped(field) ? row.get(field) : null;
			if (value == null || value.isBlank()) {
				problem(table, row, field, "missing required field");
				return null;
			}
			return value.strip();
		}

		UUID uuid(String table, CSVRecord row, String field, boolean required) {
			String value = required ? required(table, row, field) : blank(row.get(field));
			if (value == null) {
				return null;
			}
			try {
				return UUID.fromString(value);
			}
			catch (IllegalArgumentException ex) {
				problem(table, row, field, "bad UUID " + value);
				return null;
			}
		}

		UUID reference(String table, CSVRecord row, String field, Set<UUID> known) {
			UUID id = uuid(table, row, field, true);
			if (id != null && !known.contains(id)) {
				problem(table, row, field, "unknown foreign key " + id);
				return null;
			}
			return id;
		}

		Integer integer(String table, CSVRecord row, String field) {
			String value = blank(row.get(field));
			try {
				return (value != null) ? Integer.valueOf(value) : null;
			}
			catch (NumberFormatException ex) {
				problem(table, row, field, "not a whole number: " + value);
				return null;
			}
		}

		Double decimal(String table, CSVRecord row, String field) {
			String value = blank(row.get(field));
			try {
				return (value != null) ? Double.valueOf(value) : null;
			}
			catch (NumberFormatException ex) {
				problem(table, row, field, "not a number: " + value);
				return null;
			}
		}

		/**
		 * Dates and times already read (a package repeats them: the same export time, the
		 * same opening hours), since parsing them is a large part of reading.
		 */
		private final Map<String, Object> parsedTimes = new HashMap<>();

		Instant instant(String table, CSVRecord row, String field) {
			String value = blank(row.get(field));
			try {
				return (value != null) ? (Instant) this.parsedTimes.computeIfAbsent(value, Instant::parse) : null;
			}
			catch (DateTimeParseException ex) {
				problem(table, row, field, "bad date-time " + value);
				return null;
			}
		}

		Instant date(String table, CSVRecord row, String field) {
			String value = blank(row.get(field));
			try {
				return (value != null)
						? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : null;
			}
			catch (DateTimeParseException ex) {
				problem(table, row, field, "bad date " + value);
				return null;
			}
		}

		LocalTime time(String table, CSVRecord row, String field) {
			String value = required(table, row, field);
			try {
				return (value != null)
						? (LocalTime) this.parsedTimes.computeIfAbsent("T" + value, (key) -> LocalTime.parse(value))
						: null;
			}
			catch (DateTimeParseException ex) {
				problem(table, row, field, "bad time " + value);
				return null;
			}
		}

	}

}
