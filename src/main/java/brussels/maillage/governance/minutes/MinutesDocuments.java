package brussels.maillage.governance.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.system.PdfDocuments;
import brussels.maillage.system.SpreadsheetCells;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed documents of a meeting: the procès-verbal and the signing sheet as PDF
 * (XHTML templates in Thymeleaf's XML mode, as the PDF renderer reads XML), and the
 * attendance list as XLSX.
 */
@Component
class MinutesDocuments {

	private final PdfDocuments documents;

	private final MessageSource messages;

	MinutesDocuments(PdfDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] minutes(MeetingRecord record, String baseUrl) {
		return pdf("governance/minutes-pdf", record, baseUrl);
	}

	byte[] signingSheet(MeetingRecord record, String baseUrl) {
		return pdf("governance/signing-sheet-pdf", record, baseUrl);
	}

	private byte[] pdf(String template, MeetingRecord record, String baseUrl) {
		Context context = new Context(Locale.forLanguageTag(record.language()));
		context.setVariable("record", record);
		String xhtml = this.documents.xhtml(template, context);
		return this.documents.pdf(xhtml, baseUrl);
	}

	/**
	 * The attendance list: one line per member seated on the day, with their category and
	 * attendance, then the counts of other participants.
	 */
	byte[] attendance(MeetingRecord record, Map<String, String> categoryNames, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("governance.attendance.title", locale));
			String[] headers = { "governance.members.person", "governance.members.organisation",
					"governance.members.category", "governance.members.role", "governance.attendance.title",
					"governance.minutes.counted" };
			for (int column = 0; column < headers.length; column++) {
				sheet.value(0, column, message(headers[column], locale));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (AttendanceSheet.Line line : record.sheet().lines()) {
				var member = line.membership();
				sheet.value(row, 0, SpreadsheetCells.text(member.personName()));
				sheet.value(row, 1, SpreadsheetCells.text(member.organisationName()));
				sheet.value(row, 2, (member.category() != null)
						? SpreadsheetCells.text(categoryNames.getOrDefault(member.category(), member.category())) : "");
				sheet.value(row, 3, message("governance.role." + member.role(), locale));
				sheet.value(row, 4,
						(line.status() != null) ? message("governance.attendance." + line.status(), locale) : "");
				sheet.value(row, 5, message(line.counted() ? "governance.yes" : "governance.no", locale));
				row++;
			}
			for (brussels.maillage.governance.meetings.Participant other : record.sheet().others()) {
				sheet.value(row, 0, SpreadsheetCells.text(other.personName()));
				sheet.value(row, 1, SpreadsheetCells.text(other.organisationName()));
				sheet.value(row, 2,
						(other.category() != null)
								? SpreadsheetCells.text(categoryNames.getOrDefault(other.category(), other.category()))
								: message("governance.participants.noCategory", locale));
				sheet.value(row, 3, message("governance.participants.title", locale));
				sheet.value(row, 4, message("governance.attendance.PRESENT", locale));
				sheet.value(row, 5, message("governance.no", locale));
				row++;
			}
			row++;
			AttendanceSheet attendance = record.sheet();
			row = count(sheet, row, message("governance.meeting.registered", locale), attendance.registered());
			row = count(sheet, row, message("governance.minutes.registrants", locale), attendance.registeredPresent());
			row = count(sheet, row, message("governance.attendance.walkIns", locale), record.meeting().walkIns());
			if (record.meeting().headcount() != null) {
				sheet.value(row, 2, message("governance.precision." + record.meeting().precision(), locale));
				row = count(sheet, row, message("governance.attendance.headcount", locale),
						record.meeting().headcount());
			}
			count(sheet, row, message("governance.meeting.participants", locale), attendance.participants());
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static int count(Worksheet sheet, int row, String label, long value) {
		sheet.value(row, 0, label);
		sheet.value(row, 1, value);
		return row + 1;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
