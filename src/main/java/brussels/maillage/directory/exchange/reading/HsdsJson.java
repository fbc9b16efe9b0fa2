package brussels.maillage.directory.exchange.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.1 as the API gives it (issue 17): full {@code service} objects with their
 * organisation, places, phones, schedules and the rest nested, as an array, as the paged
 * {@code {"contents": [...]}} answer, or one service. They are written as the tabular
 * package the same data would be (one CSV per table, each nested object a row of its
 * table tied to its parent by the HSDS foreign key), so that the import reads both forms
 * the same way and gives the same rows.
 */
public final class HsdsJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The arrays of nested objects, by field: the table of their rows. */
	private static final Map<String, String> CHILDREN = Map.ofEntries(Map.entry("phones", "phone"),
			Map.entry("schedules", "schedule"), Map.entry("service_areas", "service_area"),
			Map.entry("service_at_locations", "service_at_location"), Map.entry("languages", "language"),
			Map.entry("contacts", "contact"), Map.entry("addresses", "address"), Map.entry("attributes", "attribute"),
			Map.entry("funding", "funding"), Map.entry("cost_options", "cost_option"),
			Map.entry("required_documents", "required_document"), Map.entry("capacities", "service_capacity"),
			Map.entry("accessibility", "accessibility"),
			Map.entry("organization_identifiers", "organization_identifier"), Map.entry("programs", "program"),
			Map.entry("locations", "location"), Map.entry("additional_urls", "url"),
			Map.entry("additional_websites", "url"), Map.entry("metadata", "metadata"));

	/** The single nested objects, by field: their table (the parent keeps its id). */
	private static final Map<String, String> SINGLE = Map.of("organization", "organization", "program", "program",
			"location", "location", "taxonomy_term", "taxonomy_term", "taxonomy_detail", "taxonomy", "unit", "unit");

	private final Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();

	private HsdsJson() {
	}

	/** Whether a body is JSON rather than a zip: it starts with a brace or a bracket. */
	public static boolean isJson(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{' || b == '[';
			}
		}
		return false;
	}

	/**
	 * The package files (a {@code datapackage.json} and one CSV per table) of services
	 * given as JSON.
	 * @throws NotServices when the body is not JSON or holds no services
	 */
	static Map<String, byte[]> files(byte[] body) {
		return files(body, null);
	}

	/**
	 * The package files of services given as JSON, the package named {@code name} (none
	 * when null: the JSON of the HSDS API carries no name).
	 * @throws NotServices when the body is not JSON or holds no services
	 */
	static Map<String, byte[]> files(byte[] body, String name) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new NotServices("not JSON", ex);
		}
		JsonNode services = root.isArray() ? root : root.has("contents") ? root.get("contents") : null;
		if (services == null && root.isObject() && root.has("id")) {
			services = JSON.createArrayNode().add(root);
		}
		if (services == null || !services.isArray()) {
			throw new NotServices("neither HSDS services nor a page of them", null);
		}
		HsdsJson rows = new HsdsJson();
		for (JsonNode service : services) {
			rows.walk("service", service, Map.of());
		}
		return rows.write(name);
	}

	/** Adds an object as a row of {@code table}, its nested objects as their rows. */
	private String walk(String table, JsonNode object, Map<String, String> links) {
		if (!object.isObject()) {
			return "";
		}
		String id = object.path("id").isValueNode() ? object.path("id").asString("") : "";
		Map<String, String> row = new LinkedHashMap<>(links);
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			JsonNode value = field.getValue();
			String name = field.getKey();
			if (value.isValueNode() || value.isNull()) {
				String text = value.isNull() ? "" : value.asString("");
				if (!text.isEmpty() || !row.containsKey(name)) {
					row.put(name, text);
				}
			}
			else if (value.isObject() && SINGLE.containsKey(name)) {
				String child = walk(SINGLE.get(name), value, Map.of());
				String key = SINGLE.get(name) + "_id";
				if (!child.isEmpty() && row.getOrDefault(key, "").isEmpty()) {
					row.put(key, child);
				}
			}
			else if (value.isArray() && CHILDREN.containsKey(name)) {
				String childTable = CHILDREN.get(name);
				Map<String, String> parent = switch (childTable) {
					case "attribute" -> Map.of("link_id", id, "link_entity", table);
					case "metadata" -> Map.of("resource_id", id, "resource_type", table);
					default -> Map.of(table + "_id", id);
				};
				value.forEach((element) -> walk(childTable, element, parent));
			}
		}
		Map<String, Map<String, String>> rows = this.tables.computeIfAbsent(table, (key) -> new LinkedHashMap<>());
		Map<String, String> seen = rows.putIfAbsent(id.isEmpty() ? "#" + rows.size() : id, row);
		if (seen != null) {
			row.forEach((name, text) -> {
				if (seen.getOrDefault(name, "").isEmpty()) {
					seen.put(name, text);
				}
			});
		}
		return id;
	}

	private Map<String, byte[]> write(String name) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		ObjectNode descriptor = JSON.createObjectNode();
		if (name != null) {
			descriptor.put("name", name);
		}
		descriptor.put("profile", "tabular-data-package");
		ArrayNode resources = descriptor.putArray("resources");
		this.tables.forEach((table, rows) -> {
			Set<String> columns = new LinkedHashSet<>();
			rows.values().forEach((row) -> columns.addAll(row.keySet()));
			StringBuilder csv = new StringBuilder();
			try (CSVPrinter printer = new CSVPrinter(csv,
					CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
				for (Map<String, String> row : rows.values()) {
					for (String column : columns) {
						printer.print(row.getOrDefault(column, ""));
					}
					printer.println();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			files.put(table + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
			resources.addObject().put("name", table).put("path", table + ".csv");
		});
		files.put("datapackage.json", JSON.writeValueAsBytes(descriptor));
		return files;
	}

	/**
	 * A body that starts as JSON but is not HSDS services: said as such, not as a zip.
	 */
	public static final class NotServices extends IllegalArgumentException {

		NotServices(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
