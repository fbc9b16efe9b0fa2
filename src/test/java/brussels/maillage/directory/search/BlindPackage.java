package brussels.maillage.directory.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The blind judged set's package ({@code src/test/resources/directory-blind}): an HSDS
 * 3.1 tabular data package of invented Brussels services written as a partner directory
 * publishes them (see the README there), its files, its rows checked against the official
 * HSDS 3.1 schemas, and the ids it gives (uuid5 of a key).
 */
final class BlindPackage {

	/** The namespace of the package's ids (generate.py). */
	private static final UUID NS = UUID.fromString("b11d5e70-0000-4000-8000-000000000014");

	private static final JsonMapper json = JsonMapper.builder().build();

	private BlindPackage() {
	}

	/** The package's files by name: the descriptor and the CSV files it lists. */
	static Map<String, byte[]> files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		byte[] descriptor = resource("datapackage.json");
		files.put("datapackage.json", descriptor);
		for (JsonNode table : json.readTree(descriptor).path("resources")) {
			String path = table.get("path").asString();
			files.put(path, resource(path));
		}
		return files;
	}

	/**
	 * The same package without a row: importing it with the same source closes every
	 * service the first import added (the importer closes a source's absent services).
	 */
	static Map<String, byte[]> emptied() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files().forEach((name, content) -> {
			String text = new String(content, StandardCharsets.UTF_8);
			files.put(name, name.endsWith(".csv")
					? (text.lines().findFirst().orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8) : content);
		});
		return files;
	}

	/** The files as one zip, as a partner posts them. */
	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The rows of one of the package's tables. */
	static List<CSVRecord> rows(String path) {
		try {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(new StringReader(new String(resource(path), StandardCharsets.UTF_8)))
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines of the judged queries, without comments. */
	static List<String> queries() {
		return new String(resource("queries.txt"), StandardCharsets.UTF_8).lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
	}

	/**
	 * What is wrong with the package against the HSDS 3.1 schemas: each table's columns
	 * are fields of its object (not its nested lists), and each row, typed as the schema
	 * says (numbers as numbers), validates against the object's schema with its tabular
	 * required fields (the table's foreign keys); ids are unique UUIDs.
	 */
	static List<String> schemaProblems() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		JsonNode root = json.readTree(hsds("service_with_definitions.json"));
		List<String> problems = new ArrayList<>();
		for (JsonNode table : json.readTree(resource("datapackage.json")).path("resources")) {
			String name = table.get("name").asString();
			ObjectNode object = (ObjectNode) ((name.equals("service")) ? root : root.path("definitions").path(name))
				.deepCopy();
			object.remove("definitions");
			tools.jackson.databind.node.ArrayNode required = object.withArray("required");
			object.path("tabular_required").forEach(required::add);
			object.remove("tabular_required");
			ObjectNode document = json.createObjectNode();
			document.set("definitions", root.path("definitions"));
			document.setAll(object);
			Schema schema = registry.getSchema(json.writeValueAsString(document));
			JsonNode properties = object.path("properties");
			List<String> ids = new ArrayList<>();
			for (CSVRecord row : rows(table.get("path").asString())) {
				ObjectNode item = json.createObjectNode();
				for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
					JsonNode field = properties.path(cell.getKey());
					if (field.isMissingNode() || "array".equals(field.path("type").asString())) {
						problems.add(name + ": column " + cell.getKey() + " is not a field of " + name);
					}
					else if (!cell.getValue().isEmpty()) {
						if ("uuid".equals(field.path("format").asString()) && !cell.getValue()
							.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")) {
							problems.add(name + " line " + (row.getRecordNumber() + 1) + ": " + cell.getKey()
									+ " is not a UUID");
						}
						try {
							switch (field.path("type").asString()) {
								case "number" -> item.put(cell.getKey(), Double.parseDouble(cell.getValue()));
								case "integer" -> item.put(cell.getKey(), Long.parseLong(cell.getValue()));
								default -> item.put(cell.getKey(), cell.getValue());
							}
						}
						catch (NumberFormatException ex) {
							problems.add(name + " line " + (row.getRecordNumber() + 1) + ": " + cell.getKey()
									+ " is not a number");
						}
					}
				}
				schema.validate(item)
					.forEach((error) -> problems.add(name + " line " + (row.getRecordNumber() + 1) + ": " + error));
				ids.add(row.get("id"));
			}
			if (ids.stream().distinct().count() != ids.size()) {
				problems.add(name + ": ids are not unique");
			}
		}
		return problems;
	}

	/**
	 * The package's services by id, each with the key it has in {@code services.py} (the
	 * judgements name services by key).
	 */
	static Map<UUID, String> serviceKeys() {
		Map<UUID, String> keys = new LinkedHashMap<>();
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("(?m)^    s\\(\"([a-z0-9-]+)\", \"")
			.matcher(new String(resource("services.py"), StandardCharsets.UTF_8));
		while (key.find()) {
			keys.put(id("svc-" + key.group(1)), key.group(1));
		}
		return keys;
	}

	/** The id the package gives to a key: Python's uuid5 (SHA-1) in its namespace. */
	static UUID id(String key) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16)
				.putLong(NS.getMostSignificantBits())
				.putLong(NS.getLeastSignificantBits())
				.array());
			byte[] hash = sha1.digest(key.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] resource(String name) {
		return read("/directory-blind/" + name);
	}

	private static byte[] hsds(String name) {
		return read("/hsds/" + name);
	}

	private static byte[] read(String path) {
		try (InputStream in = BlindPackage.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
