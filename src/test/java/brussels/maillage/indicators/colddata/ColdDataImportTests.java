package brussels.maillage.indicators.colddata;

import java.nio.charset.StandardCharsets;

import brussels.maillage.indicators.ColdData;
import brussels.maillage.indicators.ColdDataset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing cold data from CSV: errors are reported by row and field and nothing is
 * written; a dry run writes nothing either; a good file is imported with its source and
 * year, and imported again replaces its values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColdDataImportTests {

	@Autowired
	ColdDataImport imports;

	@Autowired
	ColdData coldData;

	@Test
	void aFileWithErrorsIsRefusedByRowAndFieldWritingNothing() {
		String csv = """
				area_type;area;value
				COMMUNE;21004;188 737
				COMMUNE;21999;12
				BASSIN;NORD;douze
				QUARTIER;Matonge;4
				COMMUNE;21004;5
				""";
		ImportCommand command = new ImportCommand("population-errors", 2024, "Population", "Bevolking",
				"Statbel, 1er janvier 2024", "habitants");
		ColdDataImport.Outcome outcome = this.imports.importFile(command, csv.getBytes(StandardCharsets.UTF_8), false,
				"coordination@demo.maillage.brussels");
		assertThat(outcome.written()).isFalse();
		assertThat(outcome.errors()).containsExactly(
				new ColdDataImport.RowError(3, "area", "indicators.cold.error.commune"),
				new ColdDataImport.RowError(4, "value", "indicators.cold.error.value"),
				new ColdDataImport.RowError(5, "area_type", "indicators.cold.error.areaType"),
				new ColdDataImport.RowError(6, "area", "indicators.cold.error.duplicate"));
		assertThat(this.coldData.find("population-errors", 2024)).isEmpty();
	}

	@Test
	void aDryRunChecksAGoodFileWithoutWritingAndTheImportKeepsSourceAndYear() {
		String csv = "area_type,area,value\nBASSIN,SUD,\"201234\"\nBASSIN,centre-ouest,150000\nREGION,REGION,1249597\n"
				+ "COMMUNE,21001,\"128,5\"\n";
		ImportCommand command = new ImportCommand("population-test", 2023, "Population", "Bevolking",
				"Statbel, 1er janvier 2023", null);
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		ColdDataImport.Outcome dryRun = this.imports.importFile(command, file, true, "coordination@demo");
		assertThat(dryRun.errors()).isEmpty();
		assertThat(dryRun.values()).isEqualTo(4);
		assertThat(dryRun.written()).isFalse();
		assertThat(this.coldData.find("population-test", 2023)).isEmpty();

		assertThat(this.imports.importFile(command, file, false, "coordination@demo").written()).isTrue();
		ColdDataset dataset = this.coldData.find("population-test", 2023).orElseThrow();
		assertThat(dataset.source()).isEqualTo("Statbel, 1er janvier 2023");
		assertThat(dataset.values()).isEqualTo(4);
		assertThat(this.coldData.values(dataset.id())).extracting(ColdDataset.Value::area)
			.containsExactly("CENTRE_OUEST", "SUD", "21001", "REGION");
		assertThat(this.coldData.values(dataset.id())).filteredOn((value) -> value.area().equals("21001"))
			.singleElement()
			.satisfies((value) -> assertThat(value.value()).isEqualByComparingTo("128.5"));

		this.imports.importFile(command, "area_type,area,value\nBASSIN,NORD,99\n".getBytes(StandardCharsets.UTF_8),
				false, "coordination@demo");
		assertThat(this.coldData.values(dataset.id())).extracting(ColdDataset.Value::area).containsExactly("NORD");
	}

}
