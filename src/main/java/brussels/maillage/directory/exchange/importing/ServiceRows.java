package brussels.maillage.directory.exchange.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.system.LocalizedText;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

import static brussels.maillage.directory.exchange.importing.Cells.blank;
import static brussels.maillage.directory.exchange.importing.Cells.value;
import static brussels.maillage.directory.exchange.importing.Cells.words;

/**
 * A package's organisations and services, with the services' languages and areas (and
 * Maillage's own extension of a service, when the package is Maillage's export): an area
 * that names Brussels territories is read as them, any other kept as written.
 */
@Component
class ServiceRows {

	private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private final AreaNames areas;

	ServiceRows(AreaNames areas) {
		this.areas = areas;
	}

	/** Reads the organisations. */
	void organizations(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, PackageTexts texts,
			RowCounter counter) {
		for (CSVRecord row : tables.getOrDefault("organization", List.of())) {
			counter.tick();
			UUID id = parsed.uuid("organization", row, "id", true);
			String name = parsed.required("organization", row, "name");
			if (id != null && name != null) {
				parsed.organizations.put(id, new DirectorySnapshot.Org(id, name,
						texts.text("organization", id, "description", row.get("description")), blank(row.get("email")),
						blank(row.get("website")), ProgramRows.alternateName(parsed, "organization", row)));
			}
		}
	}

	/** Reads the services, once the organisations are read. */
	void services(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, PackageTexts texts, RowCounter counter) {
		List<ImportReport.Problem> problems = parsed.problems;
		Map<String, CSVRecord> extras = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("x_maillage_services", List.of())) {
			counter.tick();
			extras.put(row.get("service_id"), row);
		}
		Map<String, List<CSVRecord>> areas = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service_area", List.of())) {
			if (!value(row, "service_id").isEmpty()) {
				areas.computeIfAbsent(value(row, "service_id"), (key) -> new ArrayList<>()).add(row);
				if (!value(row, "extent").isEmpty()) {
					parsed.warning(
							"service_area", row, "extent", "extentNotKept", "the area's extent ("
									+ value(row, "extent_type") + ") is not kept: the area is read from its name",
							value(row, "extent_type"));
				}
			}
			else {
				parsed.warning("service_area", row, "service_at_location_id", "areaNotKept",
						"area of a service at a place: not imported", value(row, "name"));
			}
		}
		CostOptions costs = CostOptions.read(tables.getOrDefault("cost_option", List.of()), parsed);
		Map<UUID, List<String>> spoken = new HashMap<>();
		for (CSVRecord row : tables.getOrDefault("language", List.of())) {
			counter.tick();
			if (value(row, "service_id").isEmpty()) {
				// HSDS 3.1: a language of a place or of a phone.
				parsed.warning("language", row, "service_id", "languageNotKept",
						"language of a place or a phone: not imported", value(row, "code") + value(row, "name"));
				continue;
			}
			UUID service = Cells.uuidOrNull(value(row, "service_id"));
			if (service == null) {
				// Not a UUID, so no service of the package (see ParsedPackage.reference).
				parsed.problem("language", row, "service_id", "unknownReference",
						"unknown foreign key " + value(row, "service_id"), value(row, "service_id"));
			}
			if (value(row, "code").isEmpty()) {
				parsed.warning("language", row, "code", "languageWithoutCode", "language without a code: not imported",
						value(row, "name"));
			}
			else if (service != null) {
				spoken.computeIfAbsent(service, (key) -> new ArrayList<>()).add(value(row, "code"));
			}
		}
		for (CSVRecord row : tables.getOrDefault("service", List.of())) {
			counter.tick();
			int before = problems.size();
			parsed.inPackage.add(row.isMapped("id") ? row.get("id").strip() : "");
			UUID id = parsed.uuid("service", row, "id", true);
			String organizationValue = parsed.required("service", row, "organization_id");
			UUID organization = Cells.uuidOrNull(organizationValue);
			if (organizationValue != null
					&& (organization == null || !parsed.organizations.containsKey(organization))) {
				// A value that is not a UUID names no organisation of the package either.
				String named = (organization != null) ? organization.toString() : organizationValue;
				parsed.problem("service", row, "organization_id", "unknownOrganization",
						"unknown organization " + named, named);
			}
			UUID program = ProgramRows.programOf(parsed, row);
			Map<String, LocalizedText> translated = (id != null) ? texts.of("service", id) : Map.of();
			LocalizedText name = (id != null) ? texts.text(translated, "name", row.get("name")) : null;
			if (name == null || name.isEmpty()) {
				parsed.problem("service", row, "name", "missingField", "missing required field");
			}
			String status = row.get("status").strip();
			if (!STATUSES.contains(status)) {
				parsed.problem("service", row, "status", "badStatus", "status is active, inactive or defunct", status);
			}
			Integer minimumAge = parsed.integer("service", row, "minimum_age");
			Integer maximumAge = parsed.integer("service", row, "maximum_age");
			Instant lastModified = parsed.instant("service", row, "last_modified");
			String key = (id != null) ? id.toString() : null;
			CSVRecord extra = (id != null) ? extras.get(key) : null;
			Instant verifiedAt = (extra != null) ? parsed.instant("x_maillage_services", extra, "last_verified_at")
					: parsed.date("service", row, "assured_date");
			if (id == null || organization == null || name == null || name.isEmpty() || problems.size() > before) {
				continue;
			}
			String areaLevel = (extra != null) ? extra.get("area_level") : "REGION";
			List<String> areaCodes = (extra != null) ? words(extra.get("area_codes")) : List.of();
			String areaDescription = null;
			List<CSVRecord> areaRows = areas.get(key);
			if (extra == null && areaRows != null) {
				Area area = area(areaRows, parsed);
				areaLevel = area.level();
				areaCodes = area.codes();
				areaDescription = area.description();
			}
			else if (extra != null && "REGION".equals(areaLevel) && areaRows != null) {
				// Maillage's own export writes an area kept as written instead of
				// BRUSSELS_REGION.
				List<String> written = areaRows.stream()
					.map((areaRow) -> value(areaRow, "name"))
					.filter((areaName) -> !areaName.isEmpty() && !areaName.equals("BRUSSELS_REGION"))
					.toList();
				areaDescription = written.isEmpty() ? null : String.join(" ; ", written);
			}
			parsed.services.put(id,
					new DirectorySnapshot.Svc(id, organization, name,
							texts.text(translated, "description", row.get("description")),
							texts.text(translated, "application_process", row.get("application_process")),
							texts.text(translated, "fees_description", costs.fees(key, row.get("fees_description"))),
							texts.text(translated, "eligibility_description", row.get("eligibility_description")),
							switch (status) {
								case "inactive", "temporarily closed" -> "temporarily_closed";
								case "defunct" -> "closed";
								default -> "active";
							}, (extra != null) ? extra.get("kind") : "service", blank(row.get("url")),
							blank(row.get("email")), minimumAge, maximumAge,
							(extra != null) ? extra.get("cost") : costs.cost(key, "paid"),
							spoken.getOrDefault(id, List.of()),
							(extra != null) ? words(extra.get("target_groups")) : List.of(), areaLevel, areaCodes,
							verifiedAt,
							(extra != null) ? blank(extra.get("last_verified_by")) : blank(row.get("assurer_email")),
							lastModified, areaDescription, ProgramRows.alternateName(parsed, "service", row), program));
		}
	}

	/** A service's area as the directory keeps it: a level, its codes, or its words. */
	record Area(String level, List<String> codes, String description) {
	}

	/**
	 * The service area of a package without Maillage's extension: the region, bassins or
	 * communes when every area names one (code or name, in French or Dutch); otherwise
	 * the words of the package, kept as written and never read as the region.
	 */
	private Area area(List<CSVRecord> rows, ParsedPackage parsed) {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		List<String> written = new ArrayList<>();
		boolean unresolved = false;
		boolean narrower = false;
		for (CSVRecord row : rows) {
			String name = value(row, "name").isEmpty() ? value(row, "description") : value(row, "name");
			if (name.isEmpty()) {
				continue;
			}
			written.add(name);
			// Several names in one cell ("Schaerbeek ; Quartier Nord"): each read as a
			// row; commas within brackets ("Anderlecht (Centre, Cureghem)") stay one
			// name.
			String separators = name.contains("(") ? "[;|\\n]" : "[;,|/\\n]";
			List<String> parts = (this.areas.resolve(name) == null) ? java.util.Arrays.stream(name.split(separators))
				.map(String::strip)
				.filter((p) -> !p.isEmpty())
				.toList() : List.of(name);
			for (String part : parts.isEmpty() ? List.of(name) : parts) {
				String[] found = this.areas.resolve(part);
				if (found == null) {
					unresolved = true;
					parsed.warning("service_area", row, "name", "areaNotBrussels", "area \"" + part
							+ "\" is not a Brussels territory the directory knows: shown as written, not as the region",
							part);
				}
				else {
					levels.computeIfAbsent(found[0], (key) -> new ArrayList<>()).add(found[1]);
					narrower |= found.length > 2;
				}
			}
		}
		if (written.isEmpty() || (!unresolved && levels.containsKey("REGION"))) {
			return new Area("REGION", List.of(), null);
		}
		// Communes named among words the directory cannot read ("Schaerbeek", "Quartier
		// Nord"): the service serves those communes at least, shown as written.
		boolean read = !levels.containsKey("REGION");
		if (read && levels.size() == 2 && levels.containsKey("COMMUNE") && levels.containsKey("BASSIN")) {
			// Communes and bassins: the communes of the bassins with the others, as the
			// package wrote them for people to read.
			List<String> communes = new ArrayList<>(levels.remove("COMMUNE"));
			levels.remove("BASSIN").forEach((bassin) -> communes.addAll(this.areas.communesOf(bassin)));
			levels.put("COMMUNE", communes);
			narrower = true;
		}
		if (read && levels.size() == 1) {
			// A part of a commune (Laeken) is searched as its commune, rather than as the
			// whole region, and shown as the package wrote it.
			Map.Entry<String, List<String>> level = levels.entrySet().iterator().next();
			return new Area(level.getKey(), List.copyOf(new java.util.LinkedHashSet<>(level.getValue())),
					(narrower || unresolved) ? String.join(" ; ", written) : null);
		}
		return new Area("REGION", List.of(), String.join(" ; ", written));
	}

}
