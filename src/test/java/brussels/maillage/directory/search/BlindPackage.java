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
 * A judged set's package: an HSDS 3.1 tabular data package of invented Brussels services
 * written as a partner directory publishes them (see the README of its folder), its
 * files, its rows checked against the official HSDS 3.1 schemas, and the ids it gives
 * (uuid5 of a key). Two sets use it: the blind set
 * ({@code src/test/resources/directory-blind}) and the held-out set
 * ({@code src/test/resources/directory-heldout}).
 */
final class BlindPackage {

	/** The blind judged set of session 14 ({@link BlindJudgedSetTests}). */
	static final BlindPackage BLIND = new BlindPackage("directory-blind",
			UUID.fromString("b11d5e70-0000-4000-8000-000000000014"));

	/** The held-out judged set of session 15 ({@link HeldOutJudgedSetTests}). */
	static final BlindPackage HELD_OUT = new BlindPackage("directory-heldout",
			UUID.fromString("c4a7e7a1-5e55-4a11-9000-00000000c015"));

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The package's folder under the test resources. */
	private final String folder;

	/** The namespace of the package's ids (its generate.py). */
	private final UUID namespace;

	private BlindPackage(String folder, UUID namespace) {
		this.folder = folder;
		this.namespace = namespace;
	}

	/** The package's files by name: the descriptor and the CSV files it lists. */
	Map<String, byte[]> files() {
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
	Map<String, byte[]> emptied() {
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
	List<CSVRecord> rows(String path) {
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
	List<String> queries() {
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
	List<String> schemaProblems() {
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
	 * The package's services by id, each with the key the judgements name it by: read
	 * from {@code service-keys.csv} when the package has one (the held-out set), else
	 * from {@code services.py} (the blind set).
	 */
	Map<UUID, String> serviceKeys() {
		Map<UUID, String> keys = new LinkedHashMap<>();
		if (BlindPackage.class.getResource("/" + this.folder + "/service-keys.csv") != null) {
			rows("service-keys.csv").forEach((row) -> keys.put(UUID.fromString(row.get("id")), row.get("key")));
			return keys;
		}
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("(?m)^    s\\(\"([a-z0-9-]+)\", \"")
			.matcher(new String(resource("services.py"), StandardCharsets.UTF_8));
		while (key.find()) {
			keys.put(id("svc-" + key.group(1)), key.group(1));
		}
		return keys;
	}

	/** The id the package gives to a key: Python's uuid5 (SHA-1) in its namespace. */
	UUID id(String key) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16)
				.putLong(this.namespace.getMostSignificantBits())
				.putLong(this.namespace.getLeastSignificantBits())
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

	private byte[] resource(String name) {
		return read("/" + this.folder + "/" + name);
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
