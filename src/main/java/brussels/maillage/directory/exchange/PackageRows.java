package brussels.maillage.directory.exchange;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.system.LocalizedText;

/**
 * The rows of an HSDS 3.1 package for a {@link DirectorySnapshot}: each table's rows by
 * column name, texts in the package's language and every language of every text in
 * Maillage's translations table.
 */
final class PackageRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final String[] DAYS = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

	private PackageRows() {
	}

	/** The rows of every table, by table name, each row by column name. */
	static Map<String, List<Map<String, String>>> tables(DirectorySnapshot snapshot, String language) {
		Rows rows = new Rows(language);
		for (DirectorySnapshot.Org org : snapshot.organizations()) {
			String id = org.id().toString();
			rows.add("organization", Map.of("id", id, "name", org.name(), "description",
					rows.text("organization", id, "description", org.description()), "email", nullable(org.email()),
					"website", nullable(org.website()), "alternate_name", nullable(org.alternateName())));
		}
		for (DirectorySnapshot.Program program : snapshot.programs()) {
			rows.add("program",
					Map.of("id", program.id().toString(), "organization_id", program.organizationId().toString(),
							"name", program.name(), "alternate_name", nullable(program.alternateName()), "description",
							nullable(program.description())));
		}
		for (DirectorySnapshot.Svc svc : snapshot.services()) {
			String id = svc.id().toString();
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("organization_id", svc.organizationId().toString());
			row.put("program_id", (svc.programId() != null) ? svc.programId().toString() : "");
			row.put("name", rows.text("service", id, "name", svc.name()));
			row.put("alternate_name", nullable(svc.alternateName()));
			row.put("description", rows.text("service", id, "description", svc.description()));
			row.put("url", nullable(svc.url()));
			row.put("email", nullable(svc.email()));
			row.put("status", switch (svc.status()) {
				case "active" -> "active";
				case "temporarily_closed" -> "inactive";
				default -> "defunct";
			});
			row.put("application_process", rows.text("service", id, "application_process", svc.applicationProcess()));
			row.put("fees_description", rows.text("service", id, "fees_description", svc.feesDescription()));
			row.put("eligibility_description", rows.text("service", id, "eligibility_description", svc.eligibility()));
			row.put("minimum_age", (svc.minimumAge() != null) ? svc.minimumAge().toString() : "");
			row.put("maximum_age", (svc.maximumAge() != null) ? svc.maximumAge().toString() : "");
			row.put("assured_date", (svc.lastVerifiedAt() != null)
					? svc.lastVerifiedAt().atZone(ZoneOffset.UTC).toLocalDate().toString() : "");
			row.put("assurer_email",
					(svc.lastVerifiedBy() != null && svc.lastVerifiedBy().contains("@")) ? svc.lastVerifiedBy() : "");
			row.put("last_modified", (svc.lastModified() != null) ? svc.lastModified().toString() : "");
			rows.add("service", row);
			rows.add(HsdsExtensions.SERVICE_EXTRAS,
					Map.of("service_id", id, "kind", svc.kind(), "cost", svc.cost(), "area_level", svc.areaLevel(),
							"area_codes", String.join(" ", svc.areaCodes()), "target_groups",
							String.join(" ", svc.targetGroups()), "last_verified_at",
							(svc.lastVerifiedAt() != null) ? svc.lastVerifiedAt().toString() : "", "last_verified_by",
							nullable(svc.lastVerifiedBy())));
			for (String code : svc.languages()) {
				rows.add("language",
						Map.of("id", HsdsExtensions.derived(id, "language", code), "service_id", id, "code", code));
			}
			// An area kept as written (a package's own words) is written back as it was.
			List<String> areas = (svc.areaDescription() != null) ? List.of(svc.areaDescription())
					: svc.areaCodes().isEmpty() ? List.of("BRUSSELS_REGION") : svc.areaCodes();
			for (String code : areas) {
				rows.add("service_area", Map.of("id", HsdsExtensions.derived(id, "area", code), "service_id", id,
						"name", code, "description", svc.areaLevel()));
			}
		}
		for (DirectorySnapshot.Loc loc : snapshot.locations()) {
			String id = loc.id().toString();
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("location_type", "physical");
			row.put("organization_id", loc.organizationId().toString());
			row.put("name", nullable(loc.name()));
			row.put("latitude", (loc.latitude() != null) ? loc.latitude().toString() : "");
			row.put("longitude", (loc.longitude() != null) ? loc.longitude().toString() : "");
			// A place outside the Region (imported from a partner) has no commune: no NIS
			// code, no region or country is claimed for it.
			boolean placed = loc.communeNis() != null;
			row.put("external_identifier", nullable(loc.communeNis()));
			row.put("external_identifier_type", placed ? "NIS" : "");
			rows.add("location", row);
			rows.add("address",
					Map.of("id", HsdsExtensions.derived(id, "address", "physical"), "location_id", id, "address_1",
							loc.address(), "city", nullable(loc.city()), "state_province",
							placed ? "Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest" : "", "postal_code",
							loc.postcode(), "country", placed ? "BE" : "", "address_type", "physical"));
		}
		for (DirectorySnapshot.ServiceAtLocation link : snapshot.servicesAtLocations()) {
			rows.add("service_at_location", Map.of("id", link.id().toString(), "service_id",
					link.serviceId().toString(), "location_id", link.locationId().toString()));
		}
		online(rows, snapshot.online());
		for (DirectorySnapshot.Phone phone : snapshot.phones()) {
			String id = phone.id().toString();
			rows.add("phone", Map.of("id", id, "service_id", phone.serviceId().toString(), "number", phone.number(),
					"type", "voice", "description", rows.text("phone", id, "description", phone.description())));
		}
		for (DirectorySnapshot.Slot slot : snapshot.schedules()) {
			rows.add("schedule",
					Map.of("id", slot.id().toString(), "service_id", slot.serviceId().toString(), "timezone",
							"Europe/Brussels", "freq", "WEEKLY", "byday", DAYS[slot.weekday() - 1], "opens_at",
							time(slot.opensAt()), "closes_at", time(slot.closesAt()), "valid_from",
							(slot.validFrom() != null) ? slot.validFrom().toString() : "", "valid_to",
							(slot.validTo() != null) ? slot.validTo().toString() : ""));
		}
		Map<UUID, String> taxonomyNames = new LinkedHashMap<>();
		for (DirectorySnapshot.Taxonomy taxonomy : snapshot.taxonomies()) {
			taxonomyNames.put(taxonomy.id(), taxonomy.name());
			rows.add("taxonomy", Map.of("id", taxonomy.id().toString(), "name", taxonomy.name(), "description",
					taxonomy.description(), "uri", nullable(taxonomy.uri()), "version", nullable(taxonomy.version())));
		}
		for (DirectorySnapshot.Term term : snapshot.terms()) {
			String id = term.id().toString();
			rows.add("taxonomy_term",
					Map.of("id", id, "code", term.code(), "name", rows.text("taxonomy_term", id, "name", term.label()),
							"description", rows.text("taxonomy_term", id, "description", term.description()),
							"parent_id", (term.parentId() != null) ? term.parentId().toString() : "", "taxonomy",
							taxonomyNames.getOrDefault(term.taxonomyId(), ""), "language", language, "taxonomy_id",
							term.taxonomyId().toString()));
		}
		for (DirectorySnapshot.ServiceTerm link : snapshot.serviceTerms()) {
			String serviceId = link.serviceId().toString();
			rows.add("attribute",
					Map.of("id", HsdsExtensions.derived(serviceId, "attribute", link.termId().toString()), "link_id",
							serviceId, "taxonomy_term_id", link.termId().toString(), "link_type", "theme",
							"link_entity", "service"));
		}
		return rows.tables;
	}

	/**
	 * Virtual places (no address), the services at them, the contacts and their phones.
	 */
	private static void online(Rows rows, DirectorySnapshot.Online online) {
		for (DirectorySnapshot.VirtualLoc place : online.virtualLocations()) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", place.id().toString());
			row.put("location_type", "virtual");
			row.put("url", nullable(place.url()));
			row.put("organization_id", place.organizationId().toString());
			row.put("name", nullable(place.name()));
			row.put("description", nullable(place.description()));
			rows.add("location", row);
		}
		for (DirectorySnapshot.VirtualLink link : online.virtualLinks()) {
			rows.add("service_at_location", Map.of("id", link.id().toString(), "service_id",
					link.serviceId().toString(), "location_id", link.locationId().toString()));
		}
		for (DirectorySnapshot.Contact contact : online.contacts()) {
			UUID location = (contact.locationId() != null) ? contact.locationId() : contact.virtualLocationId();
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", contact.id().toString());
			row.put("organization_id", (contact.organizationId() != null) ? contact.organizationId().toString() : "");
			row.put("service_id", (contact.serviceId() != null) ? contact.serviceId().toString() : "");
			row.put("location_id", (location != null) ? location.toString() : "");
			row.put("name", nullable(contact.name()));
			row.put("title", nullable(contact.title()));
			row.put("department", nullable(contact.department()));
			row.put("email", nullable(contact.email()));
			rows.add("contact", row);
		}
		for (DirectorySnapshot.ContactPhone phone : online.contactPhones()) {
			rows.add("phone", Map.of("id", phone.id().toString(), "contact_id", phone.contactId().toString(), "number",
					phone.number(), "type", nullable(phone.type()), "description", nullable(phone.description())));
		}
	}

	private static String time(LocalTime time) {
		return TIME.format(time);
	}

	private static String nullable(String value) {
		return (value != null) ? value : "";
	}

	/** Rows being collected, and the translations of their texts. */
	private static final class Rows {

		private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

		private final Locale locale;

		Rows(String language) {
			this.locale = Locale.of(language);
		}

		void add(String table, Map<String, String> row) {
			this.tables.computeIfAbsent(table, (key) -> new ArrayList<>()).add(row);
		}

		/**
		 * The text in the package language (with fallback); every language goes to the
		 * translations.
		 */
		String text(String table, String id, String field, LocalizedText text) {
			if (text == null || text.isEmpty()) {
				return "";
			}
			for (String language : LocalizedText.LANGUAGES) {
				if (text.get(language) != null) {
					add(HsdsExtensions.TRANSLATIONS, Map.of("table", table, "record_id", id, "field", field, "language",
							language, "text", text.get(language)));
				}
			}
			return text.in(this.locale).text();
		}

	}

}
