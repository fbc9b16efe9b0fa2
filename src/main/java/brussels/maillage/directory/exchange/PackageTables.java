package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
			"program", HsdsPackage.TRANSLATIONS, HsdsPackage.SERVICE_EXTRAS);

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
			ImportProgress progress) {
		Map<String, String> paths = new HashMap<>();
		for (JsonNode resource : descriptor.path("resources")) {
			paths.put(resource.get("name").asString(), resource.get("path").asString());
		}
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		progress.at("reading", 0, paths.size());
		AtomicInteger read = new AtomicInteger();
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
			else if (files.get(resource.getValue()) == null
					&& (!READ.contains(resource.getKey()) || READ_IF_PRESENT.contains(resource.getKey()))) {
				parsed.warning(resource.getKey(), 0, "", "missing", resource.getValue() + " is missing: not read",
						resource.getValue());
			}
			else if (files.get(resource.getValue()) == null) {
				parsed.problems
					.add(new ImportReport.Problem(resource.getKey(), 0, "", resource.getValue() + " is missing"));
			}
			else {
				parsed.problems.add(new ImportReport.Problem(resource.getKey(), 0, "", "not a readable CSV file"));
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

	/** The rows the validation goes through, for its progress. */
	static long counted(Map<String, List<CSVRecord>> tables) {
		return COUNTED.stream().mapToLong((table) -> tables.getOrDefault(table, List.of()).size()).sum();
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

}
