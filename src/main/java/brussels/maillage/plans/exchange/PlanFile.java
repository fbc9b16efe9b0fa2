package brussels.maillage.plans.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of a plan file, CSV or XLSX, into cells by column name, undoing the text
 * guard the export puts before a cell a spreadsheet would read as a formula.
 */
final class PlanFile {

	/**
	 * One row of the file.
	 *
	 * @param number its number as a spreadsheet shows it (the header is row 1)
	 * @param cells its cells by column name, stripped, empty when absent
	 */
	record FileRow(int number, Map<String, String> cells) {

		String get(String column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	/**
	 * The header and the rows of a file.
	 *
	 * @param header the column names as the file has them
	 * @param rows the rows under it, blank rows left out
	 */
	record Content(List<String> header, List<FileRow> rows) {
	}

	private PlanFile() {
	}

	static Content read(InputStream in, String filename) throws IOException {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		return name.endsWith(".xlsx") ? xlsx(in) : csv(in);
	}

	private static Content csv(InputStream in) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		List<String> header = new ArrayList<>();
		List<FileRow> rows = new ArrayList<>();
		java.io.BufferedReader buffered = new java.io.BufferedReader(reader);
		buffered.mark(1);
		if (buffered.read() != '\uFEFF') {
			buffered.reset();
		}
		try (CSVParser parser = CSVParser.parse(buffered, CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (header.isEmpty()) {
					values.forEach((value) -> header.add(value.strip()));
					continue;
				}
				add(rows, header, (int) record.getRecordNumber(), values);
			}
		}
		return new Content(header, rows);
	}

	private static Content xlsx(InputStream in) throws IOException {
		List<String> header = new ArrayList<>();
		List<FileRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Optional<Sheet> first = workbook.getSheets().findFirst();
			if (first.isEmpty()) {
				return new Content(header, rows);
			}
			for (Row row : first.get().read()) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					Cell cell = row.getCell(i);
					values.add((cell != null && cell.getRawValue() != null) ? cell.getText() : "");
				}
				if (header.isEmpty()) {
					values.forEach((value) -> header.add(value.strip()));
					continue;
				}
				add(rows, header, row.getRowNum(), values);
			}
		}
		return new Content(header, rows);
	}

	private static void add(List<FileRow> rows, List<String> header, int number, List<String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		boolean blank = true;
		for (int i = 0; i < header.size(); i++) {
			String value = (i < values.size()) ? unguard(values.get(i).strip()) : "";
			blank &= value.isEmpty();
			cells.put(header.get(i), value);
		}
		if (!blank) {
			rows.add(new FileRow(number, cells));
		}
	}

	/** A cell the export kept as text ({@code '=...}) read back as written. */
	static String unguard(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

}
