package brussels.maillage.prevention.programmes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.prevention.programmes.ProgrammeActivity;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures programme × territory of a year (one line per programme and territory, one
 * column per kind of subject and the total), on the page and as CSV and XLSX in the
 * reader's language.
 */
@Component
class ProgrammeFigures {

	static final List<String> TERRITORIES = ProgrammeForm.TERRITORIES;

	private final ProgrammeTagging tagging;

	private final MessageSource messages;

	ProgrammeFigures(ProgrammeTagging tagging, MessageSource messages) {
		this.tagging = tagging;
		this.messages = messages;
	}

	/** The lines of {@code year}, by programme code and in the territories' order. */
	List<Line> lines(int year) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, ProgrammeActivity.Count> first = new LinkedHashMap<>();
		for (ProgrammeActivity.Count count : this.tagging.counts(year)) {
			String key = count.programmeCode() + "\u0000" + count.territory();
			counts.computeIfAbsent(key, (k) -> new long[SubjectKind.values().length])[count.kind().ordinal()] += count
				.count();
			first.putIfAbsent(key, count);
		}
		List<Line> lines = new ArrayList<>();
		first.forEach((key, count) -> lines.add(new Line(count.programmeId(), count.programmeCode(),
				count.programmeName(), count.territory(), counts.get(key))));
		lines.sort((a, b) -> (a.code().equals(b.code()))
				? Integer.compare(TERRITORIES.indexOf(a.territory()), TERRITORIES.indexOf(b.territory()))
				: a.code().compareTo(b.code()));
		return lines;
	}

	List<String> headers(Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(message("programme.name", locale));
		headers.add(message("programme.figures.territory", locale));
		for (SubjectKind kind : SubjectKind.values()) {
			headers.add(message("programme.kind." + kind.name(), locale));
		}
		headers.add(message("programme.figures.total", locale));
		return headers;
	}

	String csv(List<Line> lines, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(headers(locale).stream().map(SpreadsheetCells::text).toList());
			for (Line line : lines) {
				List<Object> cells = new ArrayList<>();
				cells.add(SpreadsheetCells.text(line.name().in(locale).text()));
				cells.add(SpreadsheetCells.text(message("programme.territory." + line.territory(), locale)));
				for (long count : line.counts()) {
					cells.add(count);
				}
				cells.add(line.total());
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	byte[] xlsx(List<Line> lines, int year, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(Integer.toString(year));
			List<String> headers = headers(locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, SpreadsheetCells.text(headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (Line line : lines) {
				sheet.value(row, 0, SpreadsheetCells.text(line.name().in(locale).text()));
				sheet.value(row, 1, SpreadsheetCells.text(message("programme.territory." + line.territory(), locale)));
				int column = 2;
				for (long count : line.counts()) {
					sheet.value(row, column++, count);
				}
				sheet.value(row, column, line.total());
				row++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * One line of the figures.
	 *
	 * @param programmeId the programme
	 * @param code its code
	 * @param name its name
	 * @param territory {@code REGION} or a bassin code
	 * @param counts the counts in the order of {@link SubjectKind}
	 */
	record Line(UUID programmeId, String code, LocalizedText name, String territory, long[] counts) {

		public long count(SubjectKind kind) {
			return this.counts[kind.ordinal()];
		}

		public long total() {
			long total = 0;
			for (long count : this.counts) {
				total += count;
			}
			return total;
		}

	}

}
