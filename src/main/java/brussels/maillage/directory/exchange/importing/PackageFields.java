package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.reading.PackageColumns;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The columns the import reads in each table it keeps (issue 17). A column of such a
 * table that the directory has no place for (an HSDS column such as a phone's
 * {@code extension}, an organisation's {@code tax_id}, a service's {@code alert}, or a
 * publisher's own column) is said once per table and column when one of its rows holds a
 * value, so that an importer knows what was left out; never an error. A column read for
 * some rows only (a phone's {@code type}, kept for contacts' phones; a schedule's
 * {@code location_id}, whose rows are reported on their own) counts as read, as do an
 * address's {@code region} and {@code state_province} (a place is placed by its postcode
 * and coordinates; its region is Brussels or it is reported).
 */
final class PackageFields {

	private static final Map<String, Set<String>> READ = Map.ofEntries(
			Map.entry("organization", Set.of("id", "name", "alternate_name", "description", "email", "website")),
			Map.entry("program", Set.of("id", "organization_id", "name", "alternate_name", "description")),
			Map.entry("service",
					Set.of("id", "organization_id", "program_id", "name", "alternate_name", "description", "url",
							"email", "status", "application_process", "fees_description", "eligibility_description",
							"minimum_age", "maximum_age", "assured_date", "assurer_email", "last_modified")),
			Map.entry("location",
					Set.of("id", "location_type", "url", "organization_id", "name", "description", "latitude",
							"longitude", "external_identifier", "external_identifier_type")),
			Map.entry("address",
					Set.of("id", "location_id", "address_1", "address_2", "city", "region", "state_province",
							"postal_code", "country", "address_type")),
			Map.entry("service_at_location", Set.of("id", "service_id", "location_id")),
			Map.entry("contact",
					Set.of("id", "organization_id", "service_id", "service_at_location_id", "location_id", "name",
							"title", "department", "email")),
			Map.entry("phone",
					Set.of("id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id",
							"number", "type", "description")),
			Map.entry("schedule",
					Set.of("id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to",
							"dtstart", "until", "count", "freq", "interval", "byday", "bymonthday", "opens_at",
							"closes_at")),
			Map.entry("language", Set.of("id", "service_id", "location_id", "phone_id", "name", "code")),
			Map.entry("service_area",
					Set.of("id", "service_id", "service_at_location_id", "name", "description", "extent",
							"extent_type")),
			Map.entry("taxonomy", Set.of("id", "name", "description", "uri", "version")),
			Map.entry("taxonomy_term",
					Set.of("id", "code", "name", "description", "parent_id", "taxonomy", "taxonomy_id")),
			Map.entry("attribute", Set.of("id", "link_id", "taxonomy_term_id", "link_entity")),
			Map.entry("cost_option",
					Set.of("id", "service_id", "valid_from", "valid_to", "option", "currency", "amount",
							"amount_description")),
			Map.entry(HsdsExtensions.TRANSLATIONS, Set.copyOf(HsdsExtensions.TRANSLATION_FIELDS)),
			Map.entry(HsdsExtensions.SERVICE_EXTRAS, Set.copyOf(HsdsExtensions.SERVICE_EXTRA_FIELDS)));

	private PackageFields() {
	}

	/** Whether the import reads {@code column} of {@code table}. */
	static boolean read(String table, String column) {
		return READ.getOrDefault(table, Set.of()).contains(column);
	}

	/** Warns of each column of a kept table that is not read and holds a value. */
	static void notKept(String table, PackageColumns.Raw raw, ParsedPackage parsed) {
		List<String> header = raw.header();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i);
			if (read(table, column)) {
				continue;
			}
			int values = 0;
			for (CSVRecord row : raw.rows()) {
				String value = (i < row.size()) ? row.get(i) : null;
				if (value != null && !value.isBlank()) {
					values++;
				}
			}
			if (values > 0) {
				parsed.warning(table, 0, column, "columnNotKept",
						values + " values of column " + column + ": the directory has no place for them", column,
						values);
			}
		}
	}

}
