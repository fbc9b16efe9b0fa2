package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.CsvDialect;
import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.reading.PackageColumns;
import brussels.maillage.directory.exchange.reading.PackageResources;
import brussels.maillage.directory.exchange.store.ImportProgress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * The tables of a package, read from the CSV files its descriptor names: a missing or
 * unreadable file the directory reads is a problem, one it does not read a warning.
 */
final class PackageTables {

	/**
	 * The tables the directory reads; the rows of any other table are reported as not
	 * kept.
	 */
	static final Set<String> READ = Set.of("organization", "service", "location", "address", "service_at_location",
			"contact", "phone", "schedule", "language", "service_area", "taxonomy", "taxonomy_term", "attribute",
			"program", "cost_option", HsdsExtensions.TRANSLATIONS, HsdsExtensions.SERVICE_EXTRAS);

	/**
	 * Tables the directory reads whose file may be missing although the descriptor lists
	 * them (a warning, as for a table it does not read).
	 */
	private static final Set<String> READ_IF_PRESENT = Set.of("program");

	/** The tables whose rows the progress counts while validating. */
	private static final List<String> COUNTED = List.of("organization", "program", "address", "location",
			"x_maillage_services", "language", "service", "service_at_location", "phone", "schedule", "taxonomy_term",
			"attribute");

	private PackageTables() {
	}

	/**
	 * The rows of every table the descriptor lists, by table name; the files are read
	 * side by side (each on its own), their problems reported in the descriptor's order.
	 */
	static Map<String, List<CSVRecord>> read(Map<String, byte[]> files, JsonNode descriptor, ParsedPackage parsed,
			ImportProgress progress, String source) {
		Map<String, PackageResources.Data> data = new java.util.LinkedHashMap<>();
		for (JsonNode resource : descriptor.path("resources")) {
			if (resource.hasNonNull("name")) {
				data.put(resource.get("name").asString(), PackageResources.of(resource, files));
			}
		}
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		progress.at("reading", 0, data.size());
		AtomicInteger read = new AtomicInteger();
		List<PackageResources.Data> resources = List.copyOf(data.values());
		List<PackageColumns.Raw> contents = resources.parallelStream().map((resource) -> {
			PackageColumns.Raw content = PackageColumns.parse(resource.csv(), resource.dialect(), resource.name());
			progress.at("reading", read.incrementAndGet(), resources.size());
			return content;
		}).toList();
		Set<String> otherIds = new HashSet<>();
		contents.forEach((content) -> otherIds.addAll(PackageColumns.otherIds(content)));
		for (int i = 0; i < resources.size(); i++) {
			PackageResources.Data resource = resources.get(i);
			String table = resource.name();
			if (contents.get(i) != null) {
				encoding(table, resource.dialect(), contents.get(i), parsed);
				if (!contents.get(i).renamed().isEmpty()) {
					parsed.warning(table, 1, "", "columnsRenamed",
							"columns " + contents.get(i).renamed() + " read as the HSDS columns of the same name",
							String.join(", ", contents.get(i).renamed()));
				}
				PackageColumns.Read rows = PackageColumns.normalize(table, contents.get(i), source, otherIds);
				tables.put(table, rows.rows());
				if (READ.contains(table)) {
					PackageFields.notKept(table, contents.get(i), parsed);
				}
				if (rows.derived() > 0) {
					parsed.warning(table, 0, "id", "idsDerived", rows.derived() + " ids are not UUIDs (as "
							+ rows.example() + "): kept under UUIDs derived from them", rows.derived(), rows.example());
				}
			}
			else if (resource.unreadable()) {
				parsed.problems
					.add(ImportReport.Problem.error(table, 0, "", "unreadableJson", "not readable JSON rows"));
			}
			else if (resource.csv() == null && (!READ.contains(table) || READ_IF_PRESENT.contains(table))) {
				parsed.warning(table, 0, "", "missing", resource.path() + " is missing: not read", resource.path());
			}
			else if (resource.csv() == null) {
				parsed.problems.add(ImportReport.Problem.error(table, 0, "", "tableMissing",
						resource.path() + " is missing", resource.path()));
			}
			else {
				parsed.problems
					.add(ImportReport.Problem.error(table, 0, "", "unreadableCsv", "not a readable CSV file"));
			}
		}
		tables.forEach((table, records) -> {
			if (!READ.contains(table) && !records.isEmpty()) {
				parsed.warning(table, 0, "", "notKept",
						records.size() + " rows: the directory does not keep this table", records.size());
			}
		});
		return tables;
	}

	/**
	 * Warns of an encoding Java does not know, or of a file that is not UTF-8 as said or
	 * assumed: both read as windows-1252.
	 */
	private static void encoding(String table, CsvDialect dialect, PackageColumns.Raw raw, ParsedPackage parsed) {
		if (dialect.unknownEncoding()) {
			parsed.warning(table, 0, "", "encodingUnknown",
					"encoding " + dialect.declared() + " is unknown: read as UTF-8, or windows-1252 when not UTF-8",
					dialect.declared());
		}
		if (raw.notUtf8()) {
			parsed.warning(table, 0, "", "encodingNotUtf8", "the file is not UTF-8: read as windows-1252");
		}
	}

	/** The rows the validation goes through, for its progress. */
	static long counted(Map<String, List<CSVRecord>> tables) {
		return COUNTED.stream().mapToLong((table) -> tables.getOrDefault(table, List.of()).size()).sum();
	}

}
