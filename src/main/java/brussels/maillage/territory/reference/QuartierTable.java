package brussels.maillage.territory.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official table of the decree's annex, statistical sector → quartier social-santé →
 * bassin, loaded from a CSV file with the columns
 * {@code sector, quartier, quartier_name_fr, quartier_name_nl, bassin} (comma or
 * semicolon, UTF-8). It is checked whole before anything is written: every Brussels
 * sector exactly once, known codes only, one bassin per quartier; every error names its
 * line. A valid table replaces the quartiers in one transaction.
 */
@Component
class QuartierTable {

	/**
	 * The largest table read: the official one (724 sectors) is about 60 KB.
	 */
	static final int MAX_BYTES = 2 << 20;

	static final List<String> COLUMNS = List.of("sector", "quartier", "quartier_name_fr", "quartier_name_nl", "bassin");

	private final TerritoryRepository repository;

	private final TerritoryService territory;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	QuartierTable(TerritoryRepository repository, TerritoryService territory, JdbcClient jdbc, AuditLog audit) {
		this.repository = repository;
		this.territory = territory;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Reads and checks a table; the result holds either its rows or its errors. */
	Checked check(InputStream csv) throws IOException {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Set<String> known = new HashSet<>(this.repository.sectorCodes());
		Set<String> bassins = new HashSet<>();
		this.territory.bassins().forEach((summary) -> bassins.add(summary.bassin().code()));
		// Read at most one byte past the limit: a larger upload is refused without being
		// held in memory.
		byte[] bytes = BOMInputStream.builder().setInputStream(csv).get().readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			problems.add(new Problem(0, "", "territory.quartiers.error.tooLarge", (MAX_BYTES >> 20) + " MB"));
			return new Checked(List.of(), problems);
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (firstLine.chars().filter((c) -> c == ';').count() > firstLine.chars()
			.filter((c) -> c == ',')
			.count()) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		Map<String, Long> firstLineOfSector = new LinkedHashMap<>();
		Map<String, String> bassinOfQuartier = new LinkedHashMap<>();
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map((name) -> name.strip().toLowerCase()).toList();
			List<String> missing = COLUMNS.stream().filter((column) -> !header.contains(column)).toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem(1, String.join(", ", missing), "territory.quartiers.error.columns"));
				return new Checked(List.of(), problems);
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				Map<String, String> values = new LinkedHashMap<>();
				for (String column : COLUMNS) {
					values.put(column, value(record, parser.getHeaderNames(), column));
				}
				String sector = values.get("sector");
				String quartier = values.get("quartier");
				String bassin = values.get("bassin").toUpperCase().replace('-', '_');
				if (!known.contains(sector)) {
					problems.add(new Problem(line, "sector", "territory.quartiers.error.unknownSector", sector));
				}
				else if (firstLineOfSector.containsKey(sector)) {
					problems.add(new Problem(line, "sector", "territory.quartiers.error.twice", sector,
							String.valueOf(firstLineOfSector.get(sector))));
				}
				else {
					firstLineOfSector.put(sector, line);
				}
				if (quartier.isEmpty() || quartier.length() > 40) {
					problems.add(new Problem(line, "quartier", "territory.quartiers.error.quartier"));
				}
				if (values.get("quartier_name_fr").isEmpty() && values.get("quartier_name_nl").isEmpty()) {
					problems.add(new Problem(line, "quartier_name_fr", "territory.quartiers.error.name"));
				}
				if (!bassins.contains(bassin)) {
					problems.add(new Problem(line, "bassin", "territory.quartiers.error.bassin", values.get("bassin")));
				}
				else if (!quartier.isEmpty()) {
					String earlier = bassinOfQuartier.putIfAbsent(quartier, bassin);
					if (earlier != null && !earlier.equals(bassin)) {
						problems.add(
								new Problem(line, "bassin", "territory.quartiers.error.twoBassins", quartier, earlier));
					}
				}
				rows.add(new Row(sector, quartier, values.get("quartier_name_fr"), values.get("quartier_name_nl"),
						bassin));
			}
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			problems.add(new Problem(1, "", "territory.quartiers.error.unreadable"));
			return new Checked(List.of(), problems);
		}
		List<String> absent = known.stream().filter((code) -> !firstLineOfSector.containsKey(code)).sorted().toList();
		if (!absent.isEmpty()) {
			problems.add(new Problem(0, "sector", "territory.quartiers.error.absent", String.valueOf(absent.size()),
					String.join(", ", absent.subList(0, Math.min(5, absent.size())))));
		}
		return new Checked(problems.isEmpty() ? rows : List.of(), problems);
	}

	/**
	 * Replaces every quartier and sector link with a checked table, in one transaction.
	 */
	@Transactional
	int apply(List<Row> rows, String source) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("Only a checked, non-empty table is applied");
		}
		String actor = SecurityContextHolder.getContext().getAuthentication() != null
				? SecurityContextHolder.getContext().getAuthentication().getName() : "system";
		Map<String, Row> quartiers = new LinkedHashMap<>();
		rows.forEach((row) -> quartiers.putIfAbsent(row.quartier(), row));
		this.repository.replaceQuartiers(quartiers.values(), rows, source, actor);
		this.audit.record("territory.quartiers.loaded", "quartier-table", null,
				AuditLog.details("quartiers-loaded", quartiers.size(), rows.size(), source));
		return quartiers.size();
	}

	/** What the quartier table in place holds. */
	@Transactional(readOnly = true)
	Loaded loaded() {
		return new Loaded(this.jdbc.sql("select count(*) from territory_quartier").query(Long.class).single(),
				this.jdbc.sql("select count(*) from territory_sector where quartier_code is not null")
					.query(Long.class)
					.single(),
				this.jdbc.sql("select count(*) from territory_sector").query(Long.class).single());
	}

	private static String value(CSVRecord record, List<String> header, String column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().equalsIgnoreCase(column)) {
				return (i < record.size()) ? record.get(i).strip() : "";
			}
		}
		return "";
	}

	/**
	 * One line of the table.
	 *
	 * @param sector statistical sector code
	 * @param quartier quartier code
	 * @param nameFr quartier name in French
	 * @param nameNl quartier name in Dutch
	 * @param bassin bassin code
	 */
	record Row(String sector, String quartier, String nameFr, String nameNl, String bassin) {
	}

	/**
	 * The quartier table in place.
	 *
	 * @param quartiers how many quartiers it has
	 * @param linkedSectors how many statistical sectors it links to a quartier
	 * @param sectors how many statistical sectors there are
	 */
	record Loaded(long quartiers, long linkedSectors, long sectors) {
	}

	/**
	 * The outcome of a check.
	 *
	 * @param rows the table's rows when it has no error
	 * @param problems every error found
	 */
	record Checked(List<Row> rows, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

}
