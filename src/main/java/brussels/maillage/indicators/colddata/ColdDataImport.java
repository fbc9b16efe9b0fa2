package brussels.maillage.indicators.colddata;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.indicators.ColdDataset;
import brussels.maillage.indicators.metrics.Decimals;
import brussels.maillage.indicators.metrics.Territories;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file of cold data ({@code area_type,area,value}, comma or semicolon
 * separated, UTF-8): every row is checked first and the errors are reported by row and
 * field; any error, or a dry run, writes nothing. A dataset imported again (same code and
 * year) has its values replaced. Each import is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class ColdDataImport {

	private static final List<String> HEADER = List.of("area_type", "area", "value");

	private final ColdDataRepository datasets;

	private final TerritoryService territory;

	private final AuditLog audit;

	ColdDataImport(ColdDataRepository datasets, TerritoryService territory, AuditLog audit) {
		this.datasets = datasets;
		this.territory = territory;
		this.audit = audit;
	}

	/** Checks the file and, unless it is a dry run or has errors, imports it. */
	@Transactional
	Outcome importFile(ImportCommand command, byte[] file, boolean dryRun, String by) {
		Parsed parsed = parse(file);
		if (!parsed.errors().isEmpty() || dryRun) {
			return new Outcome(parsed.values().size(), parsed.errors(), false);
		}
		long id = this.datasets.replace(command, parsed.values(), by);
		this.audit.record("indicators.coldData.imported", "indicator_cold_dataset", id, AuditLog
			.details("cold-data-imported", command.code(), command.year(), parsed.values().size(), command.source()));
		return new Outcome(parsed.values().size(), List.of(), true);
	}

	/** The values of a file and its errors by row and field. */
	Parsed parse(byte[] file) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), List.of(new RowError(0, "file", "indicators.cold.file.unreadable")));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char separator = (firstLine.indexOf(';') >= 0) ? ';' : ',';
		List<ColdDataset.Value> values = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Set<String> communes = new HashSet<>();
		for (Commune commune : this.territory.communes()) {
			communes.add(commune.nis());
		}
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			Set<String> seen = new HashSet<>();
			boolean header = true;
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber();
				if (header) {
					header = false;
					List<String> names = record.toList().stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
					if (!names.equals(HEADER)) {
						errors.add(new RowError(row, "header", "indicators.cold.error.header"));
						break;
					}
					continue;
				}
				if (record.size() != 3) {
					errors.add(new RowError(row, "-", "indicators.cold.error.columns"));
					continue;
				}
				check(record, row, communes, seen, values, errors);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			errors.add(new RowError(0, "file", "indicators.cold.file.unreadable"));
		}
		if (errors.isEmpty() && values.isEmpty()) {
			errors.add(new RowError(0, "file", "indicators.cold.error.empty"));
		}
		return new Parsed(values, errors);
	}

	private static void check(CSVRecord record, int row, Set<String> communes, Set<String> seen,
			List<ColdDataset.Value> values, List<RowError> errors) {
		String type = record.get(0).toUpperCase(Locale.ROOT);
		String area = record.get(1).toUpperCase(Locale.ROOT).replace('-', '_');
		int before = errors.size();
		switch (type) {
			case "COMMUNE" -> {
				if (!communes.contains(area)) {
					errors.add(new RowError(row, "area", "indicators.cold.error.commune"));
				}
			}
			case "BASSIN" -> {
				if (!Territories.BASSINS.contains(area)) {
					errors.add(new RowError(row, "area", "indicators.cold.error.bassin"));
				}
			}
			case "REGION" -> {
				if (!"REGION".equals(area)) {
					errors.add(new RowError(row, "area", "indicators.cold.error.region"));
				}
			}
			default -> errors.add(new RowError(row, "area_type", "indicators.cold.error.areaType"));
		}
		BigDecimal value = Decimals.parse(record.get(2));
		if (value == null || value.abs().compareTo(new BigDecimal("99999999999999")) > 0) {
			errors.add(new RowError(row, "value", "indicators.cold.error.value"));
		}
		if (errors.size() == before) {
			if (!seen.add(type + "/" + area)) {
				errors.add(new RowError(row, "area", "indicators.cold.error.duplicate"));
			}
			else {
				values.add(new ColdDataset.Value(type, area, value));
			}
		}
	}

	/**
	 * An error of the file.
	 *
	 * @param row its row (1 is the header; 0 for the whole file)
	 * @param field the column ({@code area_type}, {@code area}, {@code value}), or
	 * {@code header}, {@code file}, {@code -}
	 * @param messageKey what is wrong
	 */
	record RowError(int row, String field, String messageKey) {
	}

	/** The values read and the errors found. */
	record Parsed(List<ColdDataset.Value> values, List<RowError> errors) {
	}

	/**
	 * What an import did.
	 *
	 * @param values values read
	 * @param errors errors by row and field
	 * @param written whether anything was written
	 */
	record Outcome(int values, List<RowError> errors, boolean written) {
	}

}
