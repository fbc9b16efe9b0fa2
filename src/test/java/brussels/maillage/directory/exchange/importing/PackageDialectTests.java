package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.CsvDialect;
import brussels.maillage.directory.exchange.store.ImportProgress;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the import reads a resource's CSV file as its {@code encoding} and Frictionless
 * {@code dialect} say, and what it says of a file whose encoding does not fit, or of a
 * column it has no place for (issue 17), without the application.
 */
class PackageDialectTests {

	private static final String ID = "6f1c2a8e-0000-4000-8000-0000000000aa";

	private static final String ID2 = "6f1c2a8e-0000-4000-8000-0000000000bb";

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static JsonNode descriptor(String resource) {
		return JsonMapper.builder().build().readTree("{\"resources\": [" + resource + "]}");
	}

	private static ParsedPackage read(String resource, String file, byte[] content) {
		ParsedPackage parsed = new ParsedPackage();
		Map<String, List<CSVRecord>> tables = PackageTables.read(Map.of(file, content), descriptor(resource), parsed,
				ImportProgress.NONE, "src");
		parsed.problems.addAll(tables.getOrDefault("organization", List.of())
			.stream()
			.map((row) -> ImportReport.Problem.error("row", 0, "", "row",
					row.get("name") + "|" + row.get("description")))
			.toList());
		return parsed;
	}

	@Test
	void anExcelExportInWindows1252WithSemicolonsReadsAsDeclared() {
		ParsedPackage parsed = read("""
				{"name": "organization", "path": "organization.csv", "encoding": "cp1252",
				 "dialect": {"delimiter": ";", "quoteChar": "'"}}""", "organization.csv",
				("id;name;description\r\n" + ID + ";Crèche « L’Envol »;'4 € ; le jour'\r\n").getBytes(WINDOWS_1252));
		assertThat(parsed.problems).extracting(ImportReport.Problem::reason)
			.containsExactly("Crèche « L’Envol »|4 € ; le jour");
		assertThat(parsed.warnings).isEmpty();
	}

	@Test
	void aFileThatIsNotUtf8AsAssumedIsReadAsWindows1252WithAWarning() {
		ParsedPackage parsed = read("""
				{"name": "organization", "path": "organization.csv"}""", "organization.csv",
				("id,name,description\n" + ID + ",Maison médicale,Soins\n").getBytes(WINDOWS_1252));
		assertThat(parsed.problems).extracting(ImportReport.Problem::reason).containsExactly("Maison médicale|Soins");
		assertThat(parsed.warnings).extracting(ImportReport.Problem::key).containsExactly("encodingNotUtf8");
	}

	@Test
	void anUnknownEncodingIsSaidAndTheFileReadAsUtf8() {
		ParsedPackage parsed = read("""
				{"name": "organization", "path": "organization.csv", "encoding": "klingon-8"}""", "organization.csv",
				("id,name,description\n" + ID + ",Maison médicale,Soins\n").getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.problems).extracting(ImportReport.Problem::reason).containsExactly("Maison médicale|Soins");
		assertThat(parsed.warnings).extracting(ImportReport.Problem::key).containsExactly("encodingUnknown");
	}

	@Test
	void pythonsNamesOfEncodingsAreKnown() {
		for (String name : List.of("utf-8-sig", "UTF8", "latin-1", "latin1", "iso-8859-1", "cp1252", "windows_1252")) {
			assertThat(CsvDialect.of(descriptor("{\"encoding\": \"" + name + "\"}").path("resources").get(0))
				.unknownEncoding()).as(name).isFalse();
		}
	}

	@Test
	void withoutAHeaderRowTheColumnsAreTheSchemasFields() {
		ParsedPackage parsed = read("""
				{"name": "organization", "path": "organization.csv", "dialect": {"header": false, "delimiter": "|"},
				 "schema": {"fields": [{"name": "id"}, {"name": "name"}, {"name": "description"}]}}""",
				"organization.csv", (ID + "|Maison médicale|Soins\n").getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.problems).extracting(ImportReport.Problem::reason).containsExactly("Maison médicale|Soins");
	}

	@Test
	void eachColumnWithoutAPlaceIsSaidOnceWhenItHoldsAValue() {
		ParsedPackage parsed = read("""
				{"name": "organization", "path": "organization.csv"}""", "organization.csv",
				("id,name,description,tax_id,logo,x_note\n" + ID + ",A,B,BE0412,,n\n" + ID2 + ",C,D,BE0413,,\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.warnings).extracting(ImportReport.Problem::field, ImportReport.Problem::args)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tax_id", List.of("tax_id", 2)),
					org.assertj.core.groups.Tuple.tuple("x_note", List.of("x_note", 1)));
	}

}
