package brussels.maillage.directory.exchange.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A package's CSV file as the readers expect it, whatever the publisher's tool wrote
 * within the HSDS 3.1 schema (issue 17): a UTF-8 byte order mark is dropped; every HSDS
 * column the file leaves out (only {@code id}, {@code name} and {@code status} are
 * required) is read as empty; ids, which the schema types as strings, are read as UUIDs
 * in lower case, and an id that is not a UUID ({@code svc-12}) as a UUID derived from the
 * source and the id, the same in every table, so that the foreign keys still meet.
 */
public final class PackageColumns {

	/** The HSDS columns of each table, and those of Maillage's extension tables. */
	private static final Map<String, List<String>> COLUMNS = load();

	private PackageColumns() {
	}

	/**
	 * A CSV file as parsed: its header and its rows; {@code nulls} when cells may be
	 * {@code null} (the dialect's null sequence), {@code notUtf8} when the file, said or
	 * assumed to be UTF-8, was read as windows-1252.
	 */
	public record Raw(List<String> header, List<CSVRecord> rows, boolean nulls, boolean notUtf8, List<String> renamed) {

		Raw(List<String> header, List<CSVRecord> rows) {
			this(header, rows, false, false, List.of());
		}

	}

	/**
	 * The rows of a CSV file as the readers expect them, and the ids the reading derived
	 * ({@code derived} of them, {@code example} one of them as written).
	 */
	public record Read(List<CSVRecord> rows, int derived, String example) {
	}

	/**
	 * A CSV file with a header, commas and double quotes, in UTF-8, parsed; {@code null}
	 * when missing or unreadable.
	 */
	public static Raw parse(byte[] csv) {
		return parse(csv, CsvDialect.DEFAULT);
	}

	/**
	 * A CSV file parsed as its resource's dialect and encoding say, or {@code null} when
	 * missing or unreadable.
	 */
	static Raw parse(byte[] csv, CsvDialect dialect) {
		return parse(csv, dialect, "");
	}

	/**
	 * A CSV file of {@code table} parsed as its resource's dialect and encoding say, its
	 * header cells read as the table's HSDS column names when they differ only in case,
	 * surrounding spaces, or spaces and dashes for underscores ({@code "Name"},
	 * {@code " email"}, {@code "Organization ID"}); {@code null} when missing or
	 * unreadable.
	 */
	public static Raw parse(byte[] csv, CsvDialect dialect, String table) {
		if (csv == null) {
			return null;
		}
		String text = dialect.decode(csv);
		boolean notUtf8 = text == null;
		text = notUtf8 ? CsvDialect.fallback(csv) : text;
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CsvDialect read = dialect.sniffed(text);
		CSVFormat format = (read.nullSequence() != null)
				? read.format().builder().setNullString(read.nullSequence()).get() : read.format();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> header = parser.getHeaderNames();
			List<String> renamed = new ArrayList<>();
			List<String> names = names(header, table, renamed);
			if (names.equals(header)) {
				return new Raw(header, parser.getRecords(), read.nullSequence() != null, notUtf8, List.of());
			}
			try (CSVParser again = CSVParser.parse(text,
					format.builder().setHeader(names.toArray(String[]::new)).setSkipHeaderRecord(true).get())) {
				return new Raw(names, again.getRecords(), read.nullSequence() != null, notUtf8, List.copyOf(renamed));
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The header cells as the readers name the columns: the table's HSDS name of a cell
	 * written otherwise (noted in {@code renamed}), {@code column_3} for an empty cell,
	 * and a second column of the same name kept apart (not read).
	 */
	private static List<String> names(List<String> header, String table, List<String> renamed) {
		List<String> known = COLUMNS.getOrDefault(table, List.of());
		List<String> names = new ArrayList<>(header.size());
		for (int i = 0; i < header.size(); i++) {
			String written = (header.get(i) != null) ? header.get(i) : "";
			String name = written.strip();
			String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
			if (name.isEmpty()) {
				name = "column_" + (i + 1);
			}
			else if (!known.contains(name) && known.contains(key)) {
				name = key;
			}
			if (names.contains(name)) {
				name = name + "_" + (i + 1);
			}
			else if (!name.equals(written) && !written.isBlank() && known.contains(name)) {
				renamed.add(written);
			}
			names.add(name);
		}
		return names;
	}

	/** The values of a file's {@code id} column that are not UUIDs. */
	public static Set<String> otherIds(Raw raw) {
		Set<String> ids = new HashSet<>();
		if (raw != null && raw.header().contains("id")) {
			for (CSVRecord row : raw.rows()) {
				String id = (row.isSet("id") && row.get("id") != null) ? row.get("id").strip() : "";
				if (!id.isEmpty() && !lowerCaseUuid(id) && uuid(id) == null) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	/**
	 * The rows of a file of {@code table} as the readers expect them; {@code otherIds}
	 * are the package's ids that are not UUIDs (a foreign key that is not a UUID and
	 * names none of them stays as written: the readers say it names no row).
	 */
	public static Read normalize(String table, Raw raw, String source, Set<String> otherIds) {
		List<String> header = raw.header();
		List<CSVRecord> rows = raw.rows();
		List<String> missing = new ArrayList<>(COLUMNS.getOrDefault(table, List.of()));
		missing.removeAll(header);
		List<Integer> idColumns = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equals("id") || header.get(i).endsWith("_id")) {
				idColumns.add(i);
			}
		}
		if (rows.isEmpty()
				|| (!raw.nulls() && missing.isEmpty() && canonical(rows, idColumns, header.size(), otherIds))) {
			return new Read(rows, 0, null);
		}
		try {
			return rewrite(header, missing, rows, idColumns, source, otherIds);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether every row is complete and every id a UUID in lower case. */
	private static boolean canonical(List<CSVRecord> rows, List<Integer> idColumns, int width, Set<String> otherIds) {
		for (CSVRecord row : rows) {
			if (row.size() != width) {
				return false;
			}
			for (int column : idColumns) {
				String id = row.get(column);
				if (!id.isEmpty() && ((!otherIds.isEmpty() && otherIds.contains(id.strip()))
						|| (id.length() == 36 && !lowerCaseUuid(id) && !id.equals(id.toLowerCase(Locale.ROOT))))) {
					return false;
				}
			}
		}
		return true;
	}

	/** The rows written again with the missing columns empty and the ids as UUIDs. */
	private static Read rewrite(List<String> header, List<String> missing, List<CSVRecord> rows,
			List<Integer> idColumns, String source, Set<String> otherIds) throws IOException {
		List<String> columns = new ArrayList<>(header);
		columns.addAll(missing);
		StringBuilder out = new StringBuilder();
		Set<String> derived = new LinkedHashSet<>();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (CSVRecord row : rows) {
				List<String> values = new ArrayList<>(columns.size());
				for (int i = 0; i < columns.size(); i++) {
					String value = (i < row.size()) ? row.get(i) : "";
					values.add((value != null) ? value : "");
				}
				for (int column : idColumns) {
					values.set(column, id(values.get(column), source, otherIds, derived));
				}
				printer.printRecord(values);
			}
		}
		try (CSVParser parser = CSVParser.parse(out.toString(), CSVFormat.DEFAULT.builder().setHeader().get())) {
			return new Read(parser.getRecords(), derived.size(), derived.isEmpty() ? null : derived.iterator().next());
		}
	}

	/**
	 * An id as the directory keeps it: a UUID in lower case; one of the package's ids
	 * that is not a UUID as a UUID derived from the source and the id (noted in
	 * {@code derived}); anything else as written.
	 */
	private static String id(String value, String source, Set<String> otherIds, Set<String> derived) {
		String id = value.strip();
		UUID uuid = uuid(id);
		if (uuid != null) {
			return uuid.toString();
		}
		if (!otherIds.contains(id)) {
			return value;
		}
		derived.add(id);
		return UUID.nameUUIDFromBytes(("hsds-id/" + source + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Whether {@code id} is written as a UUID in lower case (8-4-4-4-12 hexadecimal
	 * digits), read without making anything: most ids of a package are.
	 */
	static boolean lowerCaseUuid(String id) {
		if (id.length() != 36) {
			return false;
		}
		for (int i = 0; i < 36; i++) {
			char c = id.charAt(i);
			boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-'
					: (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static UUID uuid(String id) {
		try {
			return (id.length() == 36) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, List<String>> load() {
		Map<String, List<String>> columns = new HashMap<>();
		try (InputStream in = new ClassPathResource("directory/exchange/hsds-datapackage.json").getInputStream()) {
			JsonNode descriptor = JsonMapper.builder().build().readTree(in);
			for (JsonNode resource : descriptor.path("resources")) {
				List<String> fields = new ArrayList<>();
				resource.path("schema").path("fields").forEach((field) -> fields.add(field.path("name").asString()));
				columns.put(resource.path("name").asString(), List.copyOf(fields));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		columns.put(HsdsExtensions.TRANSLATIONS, HsdsExtensions.TRANSLATION_FIELDS);
		columns.put(HsdsExtensions.SERVICE_EXTRAS, HsdsExtensions.SERVICE_EXTRA_FIELDS);
		return Map.copyOf(columns);
	}

}
