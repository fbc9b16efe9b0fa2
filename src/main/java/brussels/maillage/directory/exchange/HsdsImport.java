package brussels.maillage.directory.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

	private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct");

	private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private final JsonMapper json;

	private final ExchangeStore store;

	private final AuditLog audit;

	private final TerritoryService territory;

	HsdsImport(JsonMapper json, ExchangeStore store, AuditLog audit, TerritoryService territory) {
		this.json = json;
		this.store = store;
		this.audit = audit;
		this.territory = territory;
	}

	/** The files of a zipped package, by path. */
	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName();
				files.put(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
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
		String textLanguage = (descriptor.hasNonNull("language")) ? descriptor.get("language").asString() : language;
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
			else if (files.get(resource.getValue()) == null) {
				problems.add(new ImportReport.Problem(resource.getKey(), 0, "", resource.getValue() + " is missing"));
			}
			else {
				problems.add(new ImportReport.Problem(resource.getKey(), 0, "", "not a readable CSV file"));
			}
		}
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
			addressRows.put(row.get("location_id"), row);
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
					parsed.warning("location", row, "organization_id",
							given + "; the place is attached to the organization of its services, " + serving);
					organization = serving;
				}
				else {
					parsed.problem("location", row, "organization_id", given);
				}
			}
			CSVRecord address = (id != null) ? addressRows.get(id.toString()) : null;
			if (id != null && address == null) {
				parsed.problem("location", row, "id", "no address for this location");
				continue;
			}
			if (id == null || address == null) {
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
				parsed.warning("location", row, "latitude",
						"unusable coordinates " + lat + ", " + lon + ": imported without coordinates");
				lat = null;
				lon = null;
			}
			else if ((lat == null) != (lon == null)) {
				parsed.warning("location", row, (lat == null) ? "latitude" : "longitude",
						"one coordinate without the other: imported without coordinates");
				lat = null;
				lon = null;
			}
			else if (lat != null && !(lat >= 50.7 && lat <= 51.0 && lon >= 4.2 && lon <= 4.5)) {
				parsed.warning("location", row, "latitude", "coordinates " + lat + ", " + lon
						+ " outside the Brussels-Capital Region: imported without coordinates");
				lat = null;
				lon = null;
			}
			String identifierType = row.isMapped("external_identifier_type")
					? row.get("external_identifier_type").strip() : "";
			String identifier = row.isMapped("external_identifier") ? row.get("external_identifier").strip() : "";
			String nis = null;
			if (identifierType.equalsIgnoreCase("NIS") || (identifierType.isEmpty() && !identifier.isEmpty())) {
				// A NIS code says the place is in a Brussels commune: its postcode must
				// be
				// one of the Region's.
				if (!identifier.matches("^21[0-9]{3}$")) {
					parsed.problem("location", row, "external_identifier", "not the NIS code of a Brussels commune");
				}
				if (!this.territory.isBrusselsPostcode(postcode)) {
					parsed.problem("address", address, "postal_code", "unknown postcode " + postcode);
				}
				nis = identifier;
			}
			else if (this.territory.isBrusselsPostcode(postcode)) {
				nis = commune(postcode, lat, lon);
				if (nis == null) {
					parsed.warning("address", address, "postal_code", "postcode " + postcode
							+ " serves several communes and the place has no coordinates: imported without a commune");
				}
			}
			else {
				parsed.warning("address", address, "postal_code",
						"postcode " + postcode + blankOr(address, "country", ", country ")
								+ " is outside the Brussels-Capital Region: imported without a commune or bassin");
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
			parsed.services.put(id, new DirectorySnapshot.Svc(id, organization, name,
					text(translations, "service", id, "description", row.get("description"), textLanguage),
					text(translations, "service", id, "application_process", row.get("application_process"),
							textLanguage),
					text(translations, "service", id, "fees_description", row.get("fees_description"), textLanguage),
					text(translations, "service", id, "eligibility_description", row.get("eligibility_description"),
							textLanguage),
					switch (status) {
						case "inactive" -> "temporarily_closed";
						case "defunct" -> "closed";
						default -> "active";
					}, (extra != null) ? extra.get("kind") : "service", blank(row.get("url")), blank(row.get("email")),
					minimumAge, maximumAge, (extra != null) ? extra.get("cost") : "paid",
					spoken.getOrDefault(id, List.of()), (extra != null) ? words(extra.get("target_groups")) : List.of(),
					areaLevel, areaCodes, verifiedAt,
					(extra != null) ? blank(extra.get("last_verified_by")) : blank(row.get("assurer_email")),
					lastModified));
		}
		for (CSVRecord row : tables.getOrDefault("service_at_location", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("service_at_location", row, "id", true);
			UUID service = parsed.reference("service_at_location", row, "service_id", parsed.services.keySet());
			UUID location = parsed.reference("service_at_location", row, "location_id", parsed.locations.keySet());
			if (id != null && service != null && location != null) {
				parsed.links.add(new DirectorySnapshot.ServiceAtLocation(id, service, location));
			}
			parsed.taint(row, "service_id", before);
		}
		for (CSVRecord row : tables.getOrDefault("phone", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("phone", row, "id", true);
			UUID service = parsed.reference("phone", row, "service_id", parsed.services.keySet());
			String number = parsed.required("phone", row, "number");
			if (id != null && service != null && number != null) {
				parsed.phones.add(new DirectorySnapshot.Phone(id, service, number,
						text(translations, "phone", id, "description", row.get("description"), textLanguage)));
			}
			parsed.taint(row, "service_id", before);
		}
		for (CSVRecord row : tables.getOrDefault("schedule", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("schedule", row, "id", true);
			UUID service = parsed.reference("schedule", row, "service_id", parsed.services.keySet());
			// One day, or several separated by commas (RFC 5545 BYDAY): one opening per
			// day.
			List<String> codes = List.of(row.get("byday").strip().split("\\s*,\\s*"));
			List<Integer> days = new ArrayList<>();
			for (String code : codes) {
				days.add(DAYS.indexOf(code) + 1);
			}
			if (days.contains(0)) {
				parsed.problem("schedule", row, "byday",
						"days among MO, TU, WE, TH, FR, SA and SU, separated by commas");
			}
			LocalTime opens = parsed.time("schedule", row, "opens_at");
			LocalTime closes = parsed.time("schedule", row, "closes_at");
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				parsed.problem("schedule", row, "closes_at", "closes before it opens");
			}
			else if (id != null && service != null && !days.contains(0) && opens != null && closes != null) {
				for (int i = 0; i < days.size(); i++) {
					UUID slotId = (days.size() == 1) ? id
							: UUID.fromString(HsdsPackage.derived(id.toString(), "day", codes.get(i)));
					parsed.slots.add(new DirectorySnapshot.Slot(slotId, service, days.get(i), opens, closes));
				}
			}
			parsed.taint(row, "service_id", before);
		}
		Set<UUID> knownTerms = Set.copyOf(this.store.termIds());
		Set<String> packageTerms = new java.util.HashSet<>();
		for (CSVRecord row : tables.getOrDefault("taxonomy_term", List.of())) {
			counter.tick();
			if (row.isMapped("id")) {
				packageTerms.add(row.get("id").strip());
			}
		}
		for (CSVRecord row : tables.getOrDefault("attribute", List.of())) {
			counter.tick();
			int before = problems.size();
			String entity = row.isMapped("link_entity") ? row.get("link_entity").strip() : "";
			if (!entity.isEmpty() && !entity.equals("service")) {
				parsed.warning("attribute", row, "link_entity",
						"attributes of " + entity + " are not imported (only those of services: their themes)");
				continue;
			}
			String termValue = row.isMapped("taxonomy_term_id") ? row.get("taxonomy_term_id").strip() : "";
			if (packageTerms.contains(termValue) && !knownTerms.contains(uuidOrNull(termValue))) {
				parsed.warning("attribute", row, "taxonomy_term_id",
						"term " + termValue + " is not one of the directory's themes: not imported");
				continue;
			}
			UUID service = parsed.reference("attribute", row, "link_id", parsed.services.keySet());
			UUID term = parsed.reference("attribute", row, "taxonomy_term_id", knownTerms);
			if (service != null && term != null) {
				parsed.terms.add(new DirectorySnapshot.ServiceTerm(service, term));
			}
			parsed.taint(row, "link_id", before);
		}
		if (!problems.isEmpty() && !options.validRows()) {
			return ImportReport.refused(problems, parsed.warnings);
		}
		parsed.dropTainted();
		long t1 = System.nanoTime();
		LOG.debug("import: validated in {} ms", (t1 - t0) / 1_000_000);
		ImportReport written = this.store.write(parsed.snapshot(), source, options.managedElsewhere(), progress);
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
		}

		DirectorySnapshot snapshot() {
			return new DirectorySnapshot(List.copyOf(this.organizations.values()), List.copyOf(this.services.values()),
					List.copyOf(this.locations.values()), this.links, this.phones, this.slots, this.terms, List.of(),
					List.of());
		}

		void warning(String table, CSVRecord row, String field, String reason) {
			this.warnings.add(new ImportReport.Problem(table, row.getRecordNumber() + 1, field, reason));
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
