package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;
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
	HsdsImport hsds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	HsdsPackage hsdsPackage;

	@Autowired
	DirectoryService directory;

	@Test
	void importSpeedAgainstCopy() throws Exception {
		int count = Integer.getInteger("benchmark.services", 1_000);
		// A synthetic package, written directly (registering 100,000 services one by one
		// would take longer than the import): one organisation and one place per 20
		// services; each service with texts in fr and nl, a phone, an opening, a place
		// and
		// a theme.
		UUID theme = this.jdbc.sql("select id from taxonomy_term where code = 'home_nursing'")
			.query(UUID.class)
			.single();
		List<DirectorySnapshot.Org> orgs = new ArrayList<>();
		List<DirectorySnapshot.Loc> locations = new ArrayList<>();
		List<DirectorySnapshot.Svc> services = new ArrayList<>();
		List<DirectorySnapshot.ServiceAtLocation> links = new ArrayList<>();
		List<DirectorySnapshot.Phone> phones = new ArrayList<>();
		List<DirectorySnapshot.Slot> slots = new ArrayList<>();
		List<DirectorySnapshot.ServiceTerm> terms = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		UUID organization = null;
		UUID place = null;
		java.time.Instant modified = java.time.Instant.parse("2026-11-01T10:00:00Z");
		for (int i = 0; i < count; i++) {
			if (i % 20 == 0) {
				organization = UUID.randomUUID();
				place = UUID.randomUUID();
				orgs.add(new DirectorySnapshot.Org(organization, "Organisation du banc d'essai " + i,
						LocalizedText.of("Banc d'essai", "Proefbank", null), null, null));
				locations.add(new DirectorySnapshot.Loc(place, organization, "Antenne", "Rue Josaphat " + i, "1030",
						"Schaerbeek", "21015", 50.86, 4.37));
			}
			UUID id = UUID.randomUUID();
			ids.add(id);
			services.add(new DirectorySnapshot.Svc(id, organization,
					LocalizedText.of("Service d'essai " + i, "Proefdienst " + i, null),
					LocalizedText.of("Aide à domicile numéro " + i, "Thuishulp nummer " + i, null),
					LocalizedText.of(null, null, null), LocalizedText.of(null, null, null),
					LocalizedText.of(null, null, null), "active", "service", null, null, null, null, "free",
					List.of("fr", "nl"), List.of(), "REGION", List.of(), null, null, modified));
			links.add(new DirectorySnapshot.ServiceAtLocation(UUID.randomUUID(), id, place));
			phones.add(new DirectorySnapshot.Phone(UUID.randomUUID(), id, "02 123 45 67",
					LocalizedText.of(null, null, null)));
			slots.add(new DirectorySnapshot.Slot(UUID.randomUUID(), id, 1 + i % 5, java.time.LocalTime.of(9, 0),
					java.time.LocalTime.of(17, 0)));
			terms.add(new DirectorySnapshot.ServiceTerm(id, theme));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.hsdsPackage.write(
				new DirectorySnapshot(orgs, services, locations, links, phones, slots, terms, List.of(), List.of()),
				"fr", out);
		Map<String, byte[]> files = HsdsImport.unzip(out.toByteArray());

		// The search index is current before the import, so that what is timed after it
		// is the index catching up with the import alone.
		this.directory.find(SearchQuery.of("proefdienst", Place.NOWHERE));
		long cpuStart = processCpuNanos();
		long postgresStart = postgresCpuTicks();
		long start = System.nanoTime();
		ImportReport report = this.hsds.importPackage(files, new ImportOptions("fr", false, "benchmark", false));
		double importSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(report.errors()).isEmpty();
		assertThat(report.added()).isEqualTo(count);
		// The search index included: the next search brings it up to date with the
		// import.
		long indexStart = System.nanoTime();
		assertThat(this.directory.find(SearchQuery.of("proefdienst " + (count - 1), Place.NOWHERE)).total())
			.isPositive();
		double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		double postgresSeconds = (postgresStart < 0) ? Double.NaN : (postgresCpuTicks() - postgresStart) / 100.0;

		start = System.nanoTime();
		ImportReport again = this.hsds.importPackage(files, new ImportOptions("fr", false, "benchmark", false));
		double againSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(again.changed()).isZero();
		assertThat(again.unchanged()).isEqualTo(count);

		double copySeconds = copy(files);
		System.out.printf(
				"IMPORT BENCHMARK: %d services imported in %.2f s, searchable %.2f s later: %.2f s in all"
						+ " (%.0f services/s with the search index, %.0f without); JVM CPU %.2f s for the import and"
						+ " the index (%.1f ms per 1,000 services; PostgreSQL's own CPU not included), PostgreSQL's"
						+ " processes %.2f s (%.1f ms per 1,000 services); COPY of the"
						+ " same CSVs in %.2f s; ratio %.1f; re-import (0 changed) in %.2f s; load average %s%n",
				count, importSeconds, indexSeconds, importSeconds + indexSeconds,
				count / (importSeconds + indexSeconds), count / importSeconds, cpuSeconds,
				cpuSeconds * 1e3 * 1000 / count, postgresSeconds, postgresSeconds * 1e3 * 1000 / count, copySeconds,
				importSeconds / copySeconds, againSeconds,
				java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
		this.jdbc.sql("delete from service where id = any(?)").param(ids.toArray(UUID[]::new)).update();
		UUID[] orgIds = orgs.stream().map(DirectorySnapshot.Org::id).toArray(UUID[]::new);
		this.jdbc.sql("delete from location where organization_id = any(?)").param(orgIds).update();
		this.jdbc.sql("delete from organization where id = any(?)").param(orgIds).update();
	}

	/**
	 * CPU time of this JVM's every thread (the application's and the benchmark's), in
	 * nanoseconds; PostgreSQL runs in its own processes and is not in it.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * CPU time of the embedded PostgreSQL's processes in clock ticks (1/100 s): the
	 * postmaster with the children it has reaped, and its live children (Linux
	 * {@code /proc}); -1 where it cannot be read.
	 */
	private long postgresCpuTicks() {
		try {
			String dataDir = this.jdbc.sql("show data_directory").query(String.class).single();
			long postmaster = Long.parseLong(
					java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDir, "postmaster.pid")).get(0).strip());
			long ticks = 0;
			try (java.util.stream.Stream<java.nio.file.Path> processes = java.nio.file.Files
				.list(java.nio.file.Path.of("/proc"))) {
				for (java.nio.file.Path process : processes
					.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
					.toList()) {
					try {
						String stat = java.nio.file.Files.readString(process.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						long pid = Long.parseLong(process.getFileName().toString());
						long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
						if (pid == postmaster) {
							ticks += own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
						}
						else if (Long.parseLong(fields[1]) == postmaster) {
							ticks += own;
						}
					}
					catch (IOException | RuntimeException ex) {
						// a process that ended meanwhile
					}
				}
			}
			return ticks;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
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
