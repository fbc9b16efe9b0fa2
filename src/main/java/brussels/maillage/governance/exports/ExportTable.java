package brussels.maillage.governance.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table to export, written as the CSV Excel opens in Belgium (semicolons, UTF-8 with a
 * byte order mark, CRLF) or as XLSX; every text cell goes through
 * {@link SpreadsheetCells}, so a value starting with {@code =} stays text.
 *
 * @param sheet the sheet's name (at most 31 characters)
 * @param headers column headers, in the reader's language
 * @param rows the rows: text, numbers or {@code null}
 */
record ExportTable(String sheet, List<String> headers, List<List<Object>> rows) {

	static final CSVFormat BELGIAN_EXCEL = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	String csv() {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, BELGIAN_EXCEL)) {
			printer.printRecord(this.headers.stream().map(SpreadsheetCells::text).toList());
			for (List<Object> row : this.rows) {
				printer.printRecord(row.stream().map(ExportTable::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.sheet.substring(0, Math.min(31, this.sheet.length())));
			for (int column = 0; column < this.headers.size(); column++) {
				sheet.value(0, column, SpreadsheetCells.text(this.headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (List<Object> row : this.rows) {
				for (int column = 0; column < row.size(); column++) {
					Object value = row.get(column);
					if (value instanceof Number number) {
						sheet.value(line, column, number);
					}
					else if (value != null) {
						sheet.value(line, column, SpreadsheetCells.text(value.toString()));
					}
				}
				line++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Object cell(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof Number) ? value : SpreadsheetCells.text(value.toString());
	}

}
