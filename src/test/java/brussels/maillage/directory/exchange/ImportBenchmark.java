package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import speed: a package of {@code -Dbenchmark.services} services (default 1,000)
 * exported from the directory is imported into a directory without them; the same CSVs
 * are then loaded with PostgreSQL {@code COPY} into text tables. Prints services per
 * second and the ratio; the figures go in {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBenchmark {

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void importSpeedAgainstCopy() throws Exception {
		int count = Integer.getInteger("benchmark.services", 1_000);
		UUID place = UUID.randomUUID();
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Organisation du banc d'essai",
				LocalizedText.of("Banc d'essai", "Proefbank", null), null, null, List.of(new ServiceLocation(place,
						"Antenne", "Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.86, 4.37, false)));
		this.directory.register(organization);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
					LocalizedText.of("Service d'essai " + i, "Proefdienst " + i, null),
					LocalizedText.of("Aide à domicile numéro " + i, "Thuishulp nummer " + i, null), null, null, null,
					ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr", "nl"),
					List.of(), AreaLevel.REGION, List.of(), List.of(place), List.of("02 123 45 67"), List.of(),
					List.of("home_nursing"), null, null);
			this.directory.register(service, "benchmark");
			ids.add(service.id());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", ids, out);
		Map<String, byte[]> files = HsdsImport.unzip(out.toByteArray());
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", ids).update();

		long start = System.nanoTime();
		ImportReport report = this.hsds.importPackage(files, new ImportOptions("fr", false, "benchmark", false));
		double importSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(report.errors()).isEmpty();
		assertThat(report.added()).isEqualTo(count);

		double copySeconds = copy(files);
		System.out.printf(
				"IMPORT BENCHMARK: %d services imported in %.2f s (%.0f services/s); COPY of the same CSVs "
						+ "in %.2f s; ratio %.1f%n",
				count, importSeconds, count / importSeconds, copySeconds, importSeconds / copySeconds);
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", ids).update();
		this.jdbc.sql("delete from location where organization_id = ?").param(organization.id()).update();
		this.jdbc.sql("delete from organization where id = ?").param(organization.id()).update();
	}

	private double copy(Map<String, byte[]> files) throws SQLException, IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			List<String> tables = new ArrayList<>();
			try (Statement statement = connection.createStatement()) {
				for (Map.Entry<String, byte[]> file : files.entrySet()) {
					if (!file.getKey().endsWith(".csv")) {
						continue;
					}
					String csv = new String(file.getValue(), StandardCharsets.UTF_8);
					String header = csv.substring(0, Math.max(0, csv.indexOf('\n'))).strip();
					if (header.isEmpty()) {
						continue;
					}
					String table = "bench_" + file.getKey().replace(".csv", "");
					StringBuilder columns = new StringBuilder();
					for (String column : header.split(",")) {
						columns.append((columns.length() > 0) ? ", " : "").append('"').append(column).append("\" text");
					}
					statement.execute("create temp table " + table + " (" + columns + ")");
					tables.add(table);
				}
			}
			long start = System.nanoTime();
			int index = 0;
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				if (!file.getKey().endsWith(".csv") || index >= tables.size()
						|| !tables.get(index).equals("bench_" + file.getKey().replace(".csv", ""))) {
					continue;
				}
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + tables.get(index) + " from stdin with (format csv, header true)",
							new StringReader(new String(file.getValue(), StandardCharsets.UTF_8)));
				index++;
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					statement.execute("drop table " + table);
				}
			}
			return seconds;
		}
	}

}
