package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A check of a tabular package against the HSDS 3.1 tabular descriptor (the official
 * {@code datapackage.json} the directory ships,
 * {@code directory/exchange/hsds-datapackage.json}), as a Frictionless validator reads
 * it: every required column present and filled, every value of its type (number, date,
 * time, date-time, uuid) and enum, every foreign key naming a row of the table it
 * references. Unknown columns and tables are allowed, as in Frictionless. Written for the
 * conformance fixtures (issue 17).
 */
final class HsdsConformanceTabular {

	private static final Pattern UUID = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private static final JsonNode DESCRIPTOR = load();

	private HsdsConformanceTabular() {
	}

	/**
	 * What breaks the descriptor in a package's files (by file name); {@code uuids} false
	 * leaves out the {@code uuid} format of ids (a package whose ids are strings).
	 */
	static List<String> problems(Map<String, byte[]> files, boolean uuids) {
		List<String> problems = new ArrayList<>();
		JsonNode own = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		for (JsonNode resource : own.path("resources")) {
			String path = resource.path("path").asString();
			byte[] csv = files.get(path.substring(path.lastIndexOf('/') + 1));
			if (csv == null) {
				problems.add(path + " is missing");
				continue;
			}
			tables.put(resource.path("name").asString(), rows(csv, resource));
		}
		for (JsonNode resource : DESCRIPTOR.path("resources")) {
			String table = resource.path("name").asString();
			List<CSVRecord> rows = tables.get(table);
			if (rows == null) {
				continue;
			}
			for (JsonNode field : resource.path("schema").path("fields")) {
				String name = field.path("name").asString();
				boolean required = field.path("constraints").path("required").asBoolean(false);
				for (CSVRecord row : rows) {
					String value = (row.isMapped(name) && row.get(name) != null) ? row.get(name) : "";
					String where = table + " line " + (row.getRecordNumber() + 1) + " " + name;
					if (value.isEmpty()) {
						if (required) {
							problems.add(where + ": required");
						}
						continue;
					}
					if (!typed(field, value, uuids)) {
						problems.add(where + ": not a " + field.path("type").asString() + " " + value);
					}
					JsonNode values = field.path("constraints").path("enum");
					if (values.isArray() && values.valueStream().noneMatch((v) -> v.asString().equals(value))) {
						problems.add(where + ": not one of " + values);
					}
				}
			}
			for (JsonNode key : resource.path("schema").path("foreignKeys")) {
				String field = key.path("fields").asString();
				List<CSVRecord> target = tables.getOrDefault(key.path("reference").path("resource").asString(),
						List.of());
				Set<String> ids = new HashSet<>();
				target.forEach((row) -> ids.add(row.get("id")));
				for (CSVRecord row : rows) {
					String value = (row.isMapped(field) && row.get(field) != null) ? row.get(field) : "";
					if (!value.isEmpty() && !ids.contains(value)) {
						problems.add(table + " line " + (row.getRecordNumber() + 1) + " " + field + ": no "
								+ key.path("reference").path("resource").asString() + " " + value);
					}
				}
			}
		}
		return problems;
	}

	private static boolean typed(JsonNode field, String value, boolean uuids) {
		try {
			switch (field.path("type").asString()) {
				case "number", "integer" -> new BigDecimal(value);
				case "date" -> LocalDate.parse(value);
				case "time" -> {
					if (!value.matches(".*([Zz]|[+-]\\d\\d:\\d\\d)$")) {
						LocalTime.parse(value);
					}
					else {
						OffsetTime.parse(value.replace('z', 'Z'));
					}
				}
				case "datetime" -> {
					if (value.matches(".*([Zz]|[+-]\\d\\d:\\d\\d)$")) {
						OffsetDateTime.parse(value);
					}
					else {
						LocalDateTime.parse(value);
					}
				}
				default -> {
					if (uuids && "uuid".equals(field.path("format").asString())) {
						return UUID.matcher(value).matches();
					}
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The rows of a resource's file as Frictionless reads them: in its {@code encoding}
	 * (UTF-8 by default; Python's names, such as {@code latin-1}), with its CSV
	 * {@code dialect} (delimiter, quote, escape, initial spaces, header row or the
	 * schema's field names, comment lines, null sequence read as no value).
	 */
	private static List<CSVRecord> rows(byte[] csv, JsonNode resource) {
		String encoding = resource.path("encoding").asString("utf-8");
		String text = new String(csv,
				java.nio.charset.Charset.forName(encoding.equalsIgnoreCase("latin-1") ? "ISO-8859-1" : encoding));
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		JsonNode dialect = resource.path("dialect");
		CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
			.setDelimiter(dialect.path("delimiter").asString(","))
			.setQuote(dialect.path("quoteChar").asString("\"").charAt(0))
			.setIgnoreSurroundingSpaces(dialect.path("skipInitialSpace").asBoolean(false));
		if (dialect.hasNonNull("escapeChar")) {
			format.setEscape(dialect.get("escapeChar").asString().charAt(0));
		}
		if (dialect.hasNonNull("commentChar")) {
			format.setCommentMarker(dialect.get("commentChar").asString().charAt(0));
		}
		if (dialect.hasNonNull("nullSequence")) {
			format.setNullString(dialect.get("nullSequence").asString());
		}
		if (dialect.path("header").asBoolean(true)) {
			format.setHeader();
		}
		else {
			format.setHeader(resource.path("schema")
				.path("fields")
				.valueStream()
				.map((field) -> field.path("name").asString())
				.toArray(String[]::new));
		}
		try (CSVParser parser = CSVParser.parse(text, format.get())) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode load() {
		try (InputStream in = HsdsConformanceTabular.class
			.getResourceAsStream("/directory/exchange/hsds-datapackage.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
