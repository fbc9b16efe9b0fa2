package brussels.maillage.events.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures as CSV and XLSX with the page's columns, in the reader's language; every
 * text cell goes through {@link SpreadsheetCells}, so a title starting with {@code =}
 * stays text.
 */
@Component
class FigureExports {

	private final FigureService figures;

	private final MessageSource messages;

	FigureExports(FigureService figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	/**
	 * CSV for Belgian Excel, like the project's other CSV exports: semicolons, CRLF, and
	 * a UTF-8 byte order mark so that Excel reads the accents.
	 */
	String csv(FigureQuery query, List<FigureRow> rows, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			printer.printRecord(this.figures.headers(query, locale).stream().map(SpreadsheetCells::text).toList());
			for (FigureRow row : rows) {
				List<Object> cells = new ArrayList<>();
				this.figures.texts(query, row, locale).forEach((text) -> cells.add(SpreadsheetCells.text(text)));
				cells.addAll(FigureService.numbers(row));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "\uFEFF" + out;
	}

	byte[] xlsx(FigureQuery query, List<FigureRow> rows, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("events.figures.title", null, locale));
			List<String> headers = this.figures.headers(query, locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, SpreadsheetCells.text(headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (FigureRow row : rows) {
				int column = 0;
				for (String text : this.figures.texts(query, row, locale)) {
					sheet.value(line, column++, SpreadsheetCells.text(text));
				}
				for (long number : FigureService.numbers(row)) {
					sheet.value(line, column++, number);
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

	byte[] xlsx(String by, List<FigureRow> rows, Locale locale) {
		return xlsx(FigureQuery.of(by, null, null), rows, locale);
	}

}
