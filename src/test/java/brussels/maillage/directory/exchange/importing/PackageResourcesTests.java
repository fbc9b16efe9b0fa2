package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.PackageReader;
import brussels.maillage.directory.exchange.reading.PackageResources;
import brussels.maillage.directory.exchange.store.ImportProgress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the import finds and reads a package's tables however another publisher's tool
 * wrote them within HSDS 3.1 and the Frictionless tabular package (issue 17), without the
 * application: JSON and inline rows, a file in several parts, headers written in another
 * case or with spaces, semicolons without a dialect, a trailing empty column, no
 * descriptor at all, dates in the other forms of ISO 8601, the package's name from the
 * uploaded file's.
 */
class PackageResourcesTests {

	private static final String ID = "6f1c2a8e-0000-4000-8000-0000000000aa";

	private static final String ID2 = "6f1c2a8e-0000-4000-8000-0000000000bb";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Map<String, List<CSVRecord>> read(String descriptor, Map<String, byte[]> files,
			ParsedPackage parsed) {
		JsonNode node = JSON.readTree(descriptor);
		return PackageTables.read(files, node, parsed, ImportProgress.NONE, "src");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> names(List<CSVRecord> rows) {
		return rows.stream()
			.map((row) -> row.get("id") + "|" + row.get("name") + "|" + row.get("description"))
			.toList();
	}

	@Test
	void rowsWrittenInlineAsArraysOrObjectsAreReadAsTheirTables() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read(
				"""
						{"resources": [
						 {"name": "organization", "data": [["id", "name", "description"], ["%s", "Resto", "Repas, à prix doux"]]},
						 {"name": "program", "data": [{"id": "%s", "name": "Midi", "description": null, "organization_id": "%s",
						   "x_tags": ["a", "b"]}]}]}"""
					.formatted(ID, ID2, ID),
				Map.of(), parsed);
		assertThat(parsed.problems).isEmpty();
		assertThat(names(tables.get("organization"))).containsExactly(ID + "|Resto|Repas, à prix doux");
		assertThat(names(tables.get("program"))).containsExactly(ID2 + "|Midi|");
		assertThat(tables.get("program").get(0).get("organization_id")).isEqualTo(ID);
	}

	@Test
	void aJsonFileOfRowsIsReadAndOneThatIsNotRowsIsAProblem() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read("""
				{"resources": [{"name": "organization", "path": "data/organizations.json"},
				 {"name": "service", "path": "services.json", "format": "json"}]}""",
				Map.of("organizations.json",
						utf8("[{\"id\": \"" + ID + "\", \"name\": \"Resto\", \"description\": \"Repas\"}]"),
						"services.json", utf8("{\"not\": \"rows\"}")),
				parsed);
		assertThat(names(tables.get("organization"))).containsExactly(ID + "|Resto|Repas");
		assertThat(parsed.problems).extracting(ImportReport.Problem::table, ImportReport.Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("service", "not readable JSON rows"));
	}

	@Test
	void aTableInSeveralFilesIsReadAsOne() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read("""
				{"resources": [{"name": "organization", "path": ["part1.csv", "part2.csv"]}]}""",
				Map.of("part1.csv", utf8("id,name,description\r\n" + ID + ",A,B\r\n"), "part2.csv",
						utf8("id,name,description\r\n" + ID2 + ",C,D")),
				parsed);
		assertThat(names(tables.get("organization"))).containsExactly(ID + "|A|B", ID2 + "|C|D");
	}

	@Test
	void headersInAnotherCaseOrWithSpacesAreReadAsTheSchemasColumnsAndSaid() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read("""
				{"resources": [{"name": "service", "path": "services.csv"}]}""",
				Map.of("services.csv", utf8(" ID ,Organization ID,Name, description ,STATUS,x_Code,\n" + ID + "," + ID2
						+ ",Repas,Chauds,active,X1,\n")),
				parsed);
		CSVRecord row = tables.get("service").get(0);
		assertThat(List.of(row.get("id"), row.get("organization_id"), row.get("name"), row.get("description"),
				row.get("status")))
			.containsExactly(ID, ID2, "Repas", "Chauds", "active");
		assertThat(parsed.problems).isEmpty();
		assertThat(parsed.warnings).extracting(ImportReport.Problem::key)
			.containsExactlyInAnyOrder("columnsRenamed", "columnNotKept");
		assertThat(parsed.warnings).filteredOn((warning) -> "columnsRenamed".equals(warning.key()))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.args().get(0).toString()).contains(" ID ", "Organization ID",
					"Name", " description ", "STATUS"));
		assertThat(parsed.warnings).filteredOn((warning) -> "columnNotKept".equals(warning.key()))
			.extracting(ImportReport.Problem::field)
			.containsExactly("x_Code");
	}

	@Test
	void semicolonsWithoutADialectAreReadAsTheDelimiterAndAnExplicitOneWins() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read("""
				{"resources": [{"name": "organization", "path": "organization.csv"},
				 {"name": "program", "path": "program.csv", "dialect": {"delimiter": ","}}]}""",
				Map.of("organization.csv",
						utf8("\uFEFFid;name;description\r\n" + ID + ";Resto;\"Repas, le midi ; soir\"\r\n"),
						"program.csv", utf8("id;name\n")),
				parsed);
		assertThat(names(tables.get("organization"))).containsExactly(ID + "|Resto|Repas, le midi ; soir");
		assertThat(tables.get("program")).isEmpty();
	}

	@Test
	void anEmptyFileAndAHeaderAloneAreTablesWithoutRows() {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = read("""
				{"resources": [{"name": "schedule", "path": "schedules.csv"},
				 {"name": "language", "path": "languages.csv"}]}""",
				Map.of("schedules.csv", new byte[0], "languages.csv", utf8("id,service_id,name,code\r\n")), parsed);
		assertThat(parsed.problems).isEmpty();
		assertThat(tables.get("schedule")).isEmpty();
		assertThat(tables.get("language")).isEmpty();
	}

	@Test
	void withoutADescriptorTheTablesAreFoundByTheirFilesNames() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("Services.CSV", utf8("id\n"));
		files.put("organization.json", utf8("[]"));
		files.put("taxonomy_terms.csv", utf8("id\n"));
		files.put("notes.csv", utf8("x\n"));
		files.put("service_at_location.txt", utf8("id\n"));
		JsonNode descriptor = PackageResources.inferred(files, "partner");
		assertThat(descriptor.path("name").asString()).isEqualTo("partner");
		assertThat(descriptor.path("resources")
			.valueStream()
			.map((r) -> r.path("name").asString() + "=" + r.path("path").asString()))
			.containsExactlyInAnyOrder("service=Services.CSV", "organization=organization.json",
					"taxonomy_term=taxonomy_terms.csv", "service_at_location=service_at_location.txt");
		assertThat(PackageResources.inferred(Map.of("notes.csv", utf8("x\n")), null)).isNull();
	}

	@Test
	void aZipWithoutDescriptorInAFolderIsDescribedAndNamedAfterTheUpload() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : List.of("export/services.csv", "export/organizations.csv")) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(utf8("id,name\n"));
				zip.closeEntry();
			}
		}
		Map<String, byte[]> files = new PackageReader(PackageReader.Limits.DEFAULT)
			.files(new ByteArrayInputStream(out.toByteArray()), "C:\\Exports\\Répertoire Nord 2026.zip");
		JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
		assertThat(descriptor.path("name").asString()).isEqualTo("repertoire-nord-2026");
		assertThat(descriptor.path(PackageResources.INFERRED).asBoolean()).isTrue();
		assertThat(descriptor.path("resources")).hasSize(2);
	}

	@Test
	void servicesAsJsonAreNamedAfterTheUploadedFile() {
		Map<String, byte[]> files = new PackageReader(PackageReader.Limits.DEFAULT).files(
				new ByteArrayInputStream(utf8("[{\"id\": \"" + ID + "\", \"name\": \"Repas\"}]")), "Partenaire X.json");
		assertThat(JSON.readTree(files.get("datapackage.json")).path("name").asString()).isEqualTo("partenaire-x");
		assertThat(JSON
			.readTree(new PackageReader(PackageReader.Limits.DEFAULT)
				.files(new ByteArrayInputStream(utf8("[{\"id\": \"" + ID + "\"}]")))
				.get("datapackage.json"))
			.has("name")).isFalse();
		assertThat(PackageResources.packageName(" .json")).isNull();
	}

	@Test
	void datesAndDateTimesInTheOtherFormsOfIso8601() {
		assertThat(Cells.date("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Cells.date("20260301")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Cells.date("20261107T090000Z")).isEqualTo(LocalDate.of(2026, 11, 7));
		assertThat(Cells.date("2026-03-01T23:30:00+01:00")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Cells.instant("2026-03-01T10:15:00Z")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
		assertThat(Cells.instant("2026-03-01 10:15")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
		assertThat(Cells.instant("2026-03-01T11:15:00+0100")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
		assertThat(Cells.instant("2026-03-01T11:15+01")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
		assertThat(Cells.instant("2026-03-01T10:15:00.250Z")).isEqualTo(Instant.parse("2026-03-01T10:15:00.250Z"));
		assertThat(Cells.instant("2026-03-01")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
		for (String wrong : List.of("2026-02-30", "01/03/2026", "2026-03-01T25:00", "soon")) {
			assertThatThrownBy(() -> Cells.instant(wrong)).as(wrong)
				.isInstanceOf(java.time.format.DateTimeParseException.class);
		}
	}

}
