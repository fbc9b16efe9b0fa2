package brussels.maillage.directory.exchange;

import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.exchange.reading.HsdsJson;
import brussels.maillage.directory.exchange.reading.PackageReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSDS 3.1 services as the API gives them (full service objects with their organisation,
 * places, phones and schedules nested, in the paged {@code contents} answer) import
 * through the same path as a tabular package, and give the same rows as the same data
 * written as CSV ({@code hsds-conformance/json} and {@code json-tabular}, written from
 * the schemas) (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsJsonImportTests {

	@Autowired
	HsdsImport hsds;

	@Test
	void theJsonFormOfAPackageGivesTheSameRowsAsItsCsvForm() throws IOException {
		assertThat(HsdsConformanceTabular.problems(files("json-tabular"), true)).isEmpty();
		ImportOptions options = new ImportOptions("fr", false, "conformance-json", false);
		ImportReport tabular = this.hsds.importPackage(files("json-tabular"), options);
		assertThat(tabular.errors()).isEmpty();
		assertThat(tabular.added() + tabular.unchanged()).isEqualTo(2);
		byte[] json = files("json").get("services.json");
		Map<String, byte[]> read = new PackageReader(PackageReader.Limits.DEFAULT)
			.files(new ByteArrayInputStream(json));
		assertThat(read).containsKeys("datapackage.json", "service.csv", "organization.csv", "location.csv",
				"address.csv", "service_at_location.csv", "phone.csv", "schedule.csv", "language.csv");
		ImportReport again = this.hsds.importPackage(read, options);
		assertThat(again.errors()).isEmpty();
		assertThat(again.unchanged()).as(again.toString()).isEqualTo(2);
		assertThat(again.added() + again.changed() + again.closed()).isZero();
		// A zip still reads as a zip.
		assertThat(HsdsJson.isJson("PK\u0003\u0004".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isFalse();
		assertThat(HsdsJson.isJson(" \n[{}]".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
	}

	private static Map<String, byte[]> files(String name) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:hsds-conformance/" + name + "/*")) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		return files;
	}

}
