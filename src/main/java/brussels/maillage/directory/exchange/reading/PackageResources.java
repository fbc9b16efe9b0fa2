package brussels.maillage.directory.exchange.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

/**
 * The data of a package's resources as a Frictionless reader finds them (issue 17): a CSV
 * file named by the resource's {@code path} (or by several, one after the other), a JSON
 * file of rows ({@code format} json, or a path ending in {@code .json}), or rows written
 * inline in the descriptor ({@code data}); rows given as JSON (objects, or arrays with
 * the header first) are read as the CSV file they would be. A package without
 * {@code datapackage.json} is described from its files' names, as the HSDS descriptor
 * names them ({@code services.csv}, {@code service.csv}, {@code Services.json}).
 */
public final class PackageResources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Marks a descriptor written from the files' names, for the report. */
	public static final String INFERRED = "x_maillage_inferred";

	/** The tables by the stems of the file names that may hold them. */
	private static final Map<String, String> TABLES = load();

	private PackageResources() {
	}

	/**
	 * A resource's rows as CSV, and how to read them; {@code csv} is null when the file
	 * is missing, {@code unreadable} when its JSON cannot be read as rows.
	 */
	public record Data(String name, String path, byte[] csv, CsvDialect dialect, boolean unreadable) {
	}

	/** The data of a resource of the descriptor. */
	public static Data of(JsonNode resource, Map<String, byte[]> files) {
		String name = resource.get("name").asString();
		JsonNode path = resource.path("path");
		String written = path.isArray() ? path.valueStream().map((part) -> part.asString("")).toList().toString()
				: path.asString("");
		if (resource.path("data").isArray()) {
			byte[] csv = csv(resource.get("data"));
			return new Data(name, "data", csv, CsvDialect.DEFAULT, csv == null);
		}
		List<String> paths = path.isArray() ? path.valueStream().map((part) -> part.asString("")).toList()
				: List.of(written);
		boolean json = "json".equalsIgnoreCase(resource.path("format").asString(""))
				|| paths.stream().allMatch((part) -> part.toLowerCase(Locale.ROOT).endsWith(".json"));
		List<byte[]> parts = new ArrayList<>();
		for (String part : paths) {
			byte[] file = file(files, part);
			if (file == null) {
				return new Data(name, written, null, CsvDialect.of(resource), false);
			}
			parts.add(file);
		}
		if (json) {
			byte[] csv = (parts.size() == 1) ? csv(parts.get(0)) : null;
			return new Data(name, written, csv, CsvDialect.DEFAULT, csv == null);
		}
		return new Data(name, written, joined(parts), CsvDialect.of(resource), false);
	}

	/**
	 * A descriptor for files without one: a resource for each file whose name is a
	 * table's ({@code services.csv}, {@code service.csv}, {@code Services.json}), marked
	 * {@link #INFERRED}; {@code null} when no file names a table.
	 */
	public static ObjectNode inferred(Map<String, byte[]> files, String name) {
		ObjectNode descriptor = JSON.createObjectNode();
		if (name != null && !name.isBlank()) {
			descriptor.put("name", name);
		}
		descriptor.put(INFERRED, true);
		tools.jackson.databind.node.ArrayNode resources = descriptor.putArray("resources");
		Set<String> found = new LinkedHashSet<>();
		for (String file : new TreeMap<>(files).keySet()) {
			int dot = file.lastIndexOf('.');
			String extension = (dot > 0) ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
			String table = (dot > 0) ? TABLES.get(file.substring(0, dot).strip().toLowerCase(Locale.ROOT)) : null;
			if (table != null && (extension.equals("csv") || extension.equals("json") || extension.equals("txt"))
					&& found.add(table)) {
				resources.addObject().put("name", table).put("path", file);
			}
		}
		return found.isEmpty() ? null : descriptor;
	}

	/** Whether a JSON file's name is a service table's, or no table's. */
	private static boolean servicesOrNoTable(String file) {
		tools.jackson.databind.JsonNode described = inferred(Map.of(file, new byte[0]), null);
		return described == null || described.path("resources").get(0).path("name").asString().equals("service");
	}

	/**
	 * The files, with a descriptor written from their names, named {@code name}, when
	 * they have none (see {@link #inferred}); a zip of one JSON file of services, as that
	 * JSON.
	 * @throws HsdsJson.NotServices when that JSON holds no services
	 */
	static Map<String, byte[]> described(Map<String, byte[]> files, String name) {
		List<String> json = files.keySet().stream().filter((file) -> file.endsWith(".json")).toList();
		if (!files.containsKey("datapackage.json") && json.size() == 1
				&& files.keySet().stream().noneMatch((file) -> file.endsWith(".csv"))
				&& HsdsJson.isJson(files.get(json.get(0))) && servicesOrNoTable(json.get(0))) {
			return HsdsJson.files(files.get(json.get(0)), name);
		}
		if (!files.containsKey("datapackage.json")) {
			tools.jackson.databind.node.ObjectNode descriptor = inferred(files, name);
			if (descriptor != null) {
				files.put("datapackage.json", descriptor.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	/**
	 * A package's name from a file's name, as Frictionless writes names (lower case,
	 * letters, digits, dots, dashes, underscores): {@code Partner X.json} gives
	 * {@code partner-x}; null when there is none.
	 */
	public static String packageName(String fileName) {
		if (fileName == null) {
			return null;
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.(?i)(json|zip)$", "");
		String name = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9._-]+", "-")
			.replaceAll("^[-.]+|[-.]+$", "");
		return name.isEmpty() ? null : name;
	}

	/**
	 * The file a path names: the zip's files are kept by name, so a path in a folder
	 * ({@code data/services.csv}) names its last part.
	 */
	static byte[] file(Map<String, byte[]> files, String path) {
		byte[] file = files.get(path);
		return (file != null || path.isEmpty()) ? file : files.get(path.substring(path.lastIndexOf('/') + 1));
	}

	/** The rows of a JSON file as CSV, or null when it holds no rows. */
	private static byte[] csv(byte[] json) {
		try {
			return csv(JSON.readTree(json));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Rows given as JSON, as CSV: objects (their keys the columns) or arrays (the first
	 * one the header); a value that is itself an object or array is kept as its JSON
	 * text.
	 */
	private static byte[] csv(JsonNode rows) {
		if (rows == null || !rows.isArray()) {
			return null;
		}
		boolean arrays = !rows.isEmpty() && rows.get(0).isArray();
		Set<String> columns = new LinkedHashSet<>();
		List<Map<String, String>> values = new ArrayList<>();
		for (JsonNode row : rows) {
			if (arrays && columns.isEmpty()) {
				row.forEach((cell) -> columns.add(text(cell)));
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			if (row.isObject()) {
				row.properties().forEach((cell) -> {
					columns.add(cell.getKey());
					cells.put(cell.getKey(), text(cell.getValue()));
				});
			}
			else if (row.isArray() && arrays) {
				List<String> header = List.copyOf(columns);
				for (int i = 0; i < row.size() && i < header.size(); i++) {
					cells.put(header.get(i), text(row.get(i)));
				}
			}
			else {
				return null;
			}
			values.add(cells);
		}
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(columns);
			for (Map<String, String> row : values) {
				for (String column : columns) {
					printer.print(row.getOrDefault(column, ""));
				}
				printer.println();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(JsonNode value) {
		return (value == null || value.isNull()) ? "" : value.isValueNode() ? value.asString("") : value.toString();
	}

	/** CSV files of one table, one after the other: the header of the first only. */
	private static byte[] joined(List<byte[]> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < parts.size(); i++) {
			byte[] part = parts.get(i);
			int from = 0;
			if (i > 0) {
				while (from < part.length && part[from] != '\n') {
					from++;
				}
				from++;
			}
			if (from < part.length) {
				out.write(part, from, part.length - from);
				if (part[part.length - 1] != '\n') {
					out.write('\n');
				}
			}
		}
		return out.toByteArray();
	}

	private static Map<String, String> load() {
		Map<String, String> tables = new HashMap<>();
		try (InputStream in = new ClassPathResource("directory/exchange/hsds-datapackage.json").getInputStream()) {
			for (JsonNode resource : JSON.readTree(in).path("resources")) {
				String table = resource.path("name").asString();
				String path = resource.path("path").asString("");
				tables.put(table, table);
				tables.put(table + "s", table);
				tables.put(path.replaceFirst("\\.[^.]*$", ""), table);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String table : List.of(HsdsExtensions.TRANSLATIONS, HsdsExtensions.SERVICE_EXTRAS)) {
			tables.put(table, table);
		}
		return Map.copyOf(tables);
	}

}
