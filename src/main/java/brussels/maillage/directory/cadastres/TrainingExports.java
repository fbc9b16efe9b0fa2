package brussels.maillage.directory.cadastres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The trainings of a list as CSV and XLSX, in the reader's language: the cost as a number
 * (in the CSV with a decimal comma), every text through {@link SpreadsheetCells}.
 */
@Component
class TrainingExports {

	private static final List<String> COLUMNS = List.of("title", "organiser", "theme", "audience", "languages",
			"startsOn", "endsOn", "recurrence", "cost", "url");

	private final MessageSource messages;

	TrainingExports(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * CSV for Belgian Excel: semicolons, the cost with a decimal comma, UTF-8 with a byte
	 * order mark so that Excel reads the accents.
	 */
	byte[] csv(List<Training> trainings, Map<String, String> themes, Locale locale) {
		DecimalFormat euros = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.of("fr", "BE")));
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			printer.printRecord(headers(locale));
			for (Training training : trainings) {
				List<Object> cells = new ArrayList<>(texts(training, themes, locale));
				cells.add(8, euros.format(training.costEuros()));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<Training> trainings, Map<String, String> themes, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("cadastre.nav.trainings", locale));
			List<String> headers = headers(locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (Training training : trainings) {
				List<String> texts = texts(training, themes, locale);
				for (int column = 0; column < texts.size(); column++) {
					sheet.value(row, (column < 8) ? column : column + 1, texts.get(column));
				}
				sheet.value(row, 8, training.costEuros());
				row++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream()
			.map((column) -> SpreadsheetCells.text(message("cadastre.training.column." + column, locale)))
			.toList();
	}

	/** Every column but the cost, in order. */
	private List<String> texts(Training training, Map<String, String> themes, Locale locale) {
		List<String> texts = new ArrayList<>();
		texts.add(training.title().in(locale).text());
		texts.add(training.organizationName());
		texts.add(themes.getOrDefault(training.theme(), training.theme()));
		texts.add(message("cadastre.audience." + training.audience(), locale));
		texts.add(String.join(", ",
				training.languages().stream().map((language) -> message("language." + language, locale)).toList()));
		texts.add((training.startsOn() != null) ? training.startsOn().toString() : "");
		texts.add((training.endsOn() != null) ? training.endsOn().toString() : "");
		texts.add((training.recurrence() != null) ? training.recurrence() : "");
		texts.add((training.url() != null) ? training.url() : "");
		return texts.stream().map(SpreadsheetCells::text).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
