package brussels.maillage.directory.exchange;

import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DirectorySnapshot} as an Open Referral HSDS 3.1 tabular data package: a
 * zip of {@code datapackage.json} and one CSV per table, with the official columns of
 * each table (read from the copied HSDS descriptor), texts in one chosen language, and
 * two documented extension tables that keep what HSDS has no column for (every language
 * of every text, and Maillage's cost, kind and service area).
 */
@Component
class HsdsPackage {

	/** The HSDS tables written, in order: resource name in the HSDS descriptor. */
	static final List<String> TABLES = List.of("organization", "program", "service", "location", "address",
			"service_at_location", "contact", "phone", "schedule", "language", "service_area", "taxonomy",
			"taxonomy_term", "attribute");

	/** A fixed time for zip entries, so that the same data gives the same bytes. */
	private static final FileTime EPOCH = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

	private final JsonMapper json;

	private final ObjectNode descriptor;

	HsdsPackage(JsonMapper json) {
		this.json = json;
		try (InputStream in = new ClassPathResource("directory/exchange/hsds-datapackage.json").getInputStream()) {
			this.descriptor = (ObjectNode) json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The official HSDS description of a table (its resource in the descriptor). */
	JsonNode resource(String name) {
		for (JsonNode resource : this.descriptor.get("resources")) {
			if (resource.get("name").asString().equals(name)) {
				return resource;
			}
		}
		throw new IllegalArgumentException("No HSDS table " + name);
	}

	/** The official columns of a table, in order. */
	List<String> fields(String table) {
		List<String> fields = new ArrayList<>();
		resource(table).get("schema").get("fields").forEach((field) -> fields.add(field.get("name").asString()));
		return fields;
	}

	/** The CSV file of a table, for example {@code services.csv}. */
	String path(String table) {
		return switch (table) {
			case HsdsExtensions.TRANSLATIONS -> HsdsExtensions.TRANSLATIONS + ".csv";
			case HsdsExtensions.SERVICE_EXTRAS -> HsdsExtensions.SERVICE_EXTRAS + ".csv";
			default -> resource(table).get("path").asString();
		};
	}

	/** Writes the package as a zip. */
	void write(DirectorySnapshot snapshot, String language, OutputStream out) throws IOException {
		Map<String, List<Map<String, String>>> tables = PackageRows.tables(snapshot, language);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "datapackage.json");
			zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor(language)));
			zip.closeEntry();
			for (String table : allTables()) {
				entry(zip, path(table));
				Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				List<String> fields = columns(table);
				CSVPrinter csv = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setHeader(fields.toArray(String[]::new)).get());
				for (Map<String, String> row : tables.getOrDefault(table, List.of())) {
					List<String> values = new ArrayList<>(fields.size());
					for (String field : fields) {
						values.add(row.getOrDefault(field, ""));
					}
					csv.printRecord(values);
				}
				csv.flush();
				zip.closeEntry();
			}
		}
	}

	static List<String> allTables() {
		List<String> all = new ArrayList<>(TABLES);
		all.add(HsdsExtensions.SERVICE_EXTRAS);
		all.add(HsdsExtensions.TRANSLATIONS);
		return all;
	}

	List<String> columns(String table) {
		return switch (table) {
			case HsdsExtensions.TRANSLATIONS -> HsdsExtensions.TRANSLATION_FIELDS;
			case HsdsExtensions.SERVICE_EXTRAS -> HsdsExtensions.SERVICE_EXTRA_FIELDS;
			default -> fields(table);
		};
	}

	private static void entry(ZipOutputStream zip, String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(EPOCH);
		zip.putNextEntry(entry);
	}

	/** The package descriptor: the official tables written, then the extension tables. */
	ObjectNode descriptor(String language) {
		ObjectNode descriptor = this.json.createObjectNode();
		descriptor.put("name", ImportOptions.OWN_EXPORT);
		descriptor.put("title", "Maillage – Brussels social-health directory (HSDS 3.1)");
		descriptor.put("profile", "tabular-data-package");
		descriptor.put("version", "3.1");
		descriptor.put("language", language);
		descriptor.set("license", this.descriptor.get("license"));
		ArrayNode resources = descriptor.putArray("resources");
		for (String table : TABLES) {
			resources.add(resource(table));
		}
		resources.add(extension(HsdsExtensions.SERVICE_EXTRAS,
				"Maillage extension: what a service costs, what kind of entry it is, its service area (level and codes: "
						+ "quartier, commune NIS or bassin codes, none for the region), target groups, and its last verification.",
				HsdsExtensions.SERVICE_EXTRA_FIELDS, "service_id", "service"));
		resources.add(extension(HsdsExtensions.TRANSLATIONS,
				"Maillage extension: every language of every translatable text (fr, nl, en); the HSDS columns hold the "
						+ "package language, with fallback.",
				HsdsExtensions.TRANSLATION_FIELDS, null, null));
		return descriptor;
	}

	private ObjectNode extension(String name, String description, List<String> fields, String key, String reference) {
		ObjectNode resource = this.json.createObjectNode();
		resource.put("name", name);
		resource.put("path", name + ".csv");
		resource.put("description", description);
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("profile", "tabular-data-resource");
		ObjectNode schema = resource.putObject("schema");
		ArrayNode list = schema.putArray("fields");
		for (String field : fields) {
			ObjectNode node = list.addObject();
			node.put("name", field);
			node.put("type", "string");
			if (field.endsWith("_id")) {
				node.put("format", "uuid");
			}
		}
		if (key != null) {
			ObjectNode foreignKey = schema.putArray("foreignKeys").addObject();
			foreignKey.put("fields", key);
			foreignKey.putObject("reference").put("resource", reference).put("fields", "id");
		}
		return resource;
	}

}
