package brussels.maillage.care.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.care.providers.Provider;
import brussels.maillage.care.providers.ProviderService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.PdfDocuments;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A statement as a PDF for its provider ({@code templates/care/statement-pdf.html}, XHTML
 * in Thymeleaf's XML mode, as the PDF renderer reads XML), and the payment list of
 * approved statements for the accounting software as XLSX and CSV (Belgian Excel:
 * {@code ;}, decimal comma, UTF-8 with a byte-order mark), with the providers' IBANs: for
 * the finance team only.
 */
@Service
@Transactional(readOnly = true)
class StatementExports {

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final StatementService statements;

	private final ProviderService providers;

	private final EventReader events;

	private final AuditLog audit;

	StatementExports(PdfDocuments documents, MessageSource messages, StatementService statements,
			ProviderService providers, EventReader events, AuditLog audit) {
		this.documents = documents;
		this.messages = messages;
		this.statements = statements;
		this.providers = providers;
		this.events = events;
		this.audit = audit;
	}

	/** The statement as a PDF in the reader's language. */
	public byte[] pdf(long id, Locale locale) {
		Statement statement = this.statements.statement(id).orElseThrow();
		Provider provider = this.providers.provider(statement.providerId()).orElseThrow();
		List<StatementLine> lines = this.statements.lines(id);
		Map<UUID, String> titles = new LinkedHashMap<>();
		lines.stream()
			.filter((line) -> line.eventId() != null)
			.forEach((line) -> titles.computeIfAbsent(line.eventId(), (event) -> this.events.title(event, locale)));
		Context context = new Context(locale);
		context.setVariable("statement", statement);
		context.setVariable("provider", provider);
		context.setVariable("lines", lines);
		context.setVariable("titles", titles);
		String xhtml = this.documents.xhtml("care/statement-pdf", context);
		byte[] pdf = this.documents.pdf(xhtml, null);
		this.audit.record("care.statement.pdf", "care_statement", id, null);
		return pdf;
	}

	/** The approved statements waiting for payment, as rows of the payment list. */
	public List<PaymentRow> paymentRows() {
		List<PaymentRow> rows = new ArrayList<>();
		for (Statement statement : this.statements.list(StatementStatus.APPROVED)) {
			Provider provider = this.providers.provider(statement.providerId()).orElseThrow();
			rows.add(new PaymentRow(statement.number(), provider.name(), provider.nihii(), provider.iban(),
					statement.total(), statement.periodStart().toString(), statement.periodEnd().toString()));
		}
		return rows;
	}

	/** The payment list as XLSX. */
	public byte[] paymentsXlsx(Locale locale) {
		List<PaymentRow> rows = paymentRows();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("care.payments.sheet", locale));
			List<String> headers = headers(locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, SpreadsheetCells.text(headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (PaymentRow row : rows) {
				sheet.value(line, 0, SpreadsheetCells.text(row.number()));
				sheet.value(line, 1, SpreadsheetCells.text(row.provider()));
				sheet.value(line, 2, SpreadsheetCells.text(row.nihii()));
				sheet.value(line, 3, SpreadsheetCells.text(row.iban()));
				sheet.value(line, 4, row.amount());
				sheet.style(line, 4).format("#,##0.00").set();
				sheet.value(line, 5, SpreadsheetCells.text(row.from()));
				sheet.value(line, 6, SpreadsheetCells.text(row.to()));
				line++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record("care.payments.exported", "care_statement", null,
				AuditLog.details("statements-exported", rows.size(), "xlsx"));
		return out.toByteArray();
	}

	/**
	 * The payment list as CSV for Belgian Excel: semicolons, decimal comma, UTF-8 with
	 * BOM.
	 */
	public byte[] paymentsCsv(Locale locale) {
		List<PaymentRow> rows = paymentRows();
		DecimalFormat amount = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.of("fr", "BE")));
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text,
				CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			csv.printRecord(headers(locale).stream().map(SpreadsheetCells::text).toList());
			for (PaymentRow row : rows) {
				csv.printRecord(SpreadsheetCells.text(row.number()), SpreadsheetCells.text(row.provider()),
						SpreadsheetCells.text(row.nihii()), SpreadsheetCells.text(row.iban()),
						amount.format(row.amount()), row.from(), row.to());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record("care.payments.exported", "care_statement", null,
				AuditLog.details("statements-exported", rows.size(), "csv"));
		return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
	}

	private List<String> headers(Locale locale) {
		return List.of(message("care.payments.number", locale), message("care.field.provider", locale),
				message("care.field.nihii", locale), message("care.field.iban", locale),
				message("care.field.amount", locale), message("care.payments.from", locale),
				message("care.payments.to", locale));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A line of the payment list.
	 *
	 * @param number the statement's number (the payment's communication)
	 * @param provider the provider's name
	 * @param nihii NIHII number
	 * @param iban account
	 * @param amount to pay
	 * @param from first day of the period
	 * @param to last day of the period
	 */
	public record PaymentRow(String number, String provider, String nihii, String iban, BigDecimal amount, String from,
			String to) {
	}

}
