package brussels.maillage.plans.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.system.PdfDocuments;
import brussels.maillage.system.SpreadsheetCells;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The report as a PDF (A4 landscape, {@code templates/plans/report/pdf.html} in
 * Thymeleaf's XML mode, as the PDF renderer reads XML) and as an XLSX: one sheet per
 * annex with its five columns, and a long sheet of every value.
 */
@Component
class ReportExports {

	private final PdfDocuments documents;

	private final ReportView view;

	ReportExports(PdfDocuments documents, ReportView view) {
		this.documents = documents;
		this.view = view;
	}

	byte[] pdf(AnnualReports.Report report, Locale locale, String baseUrl) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("annexes", this.view.annexes(report, locale));
		context.setVariable("errata", errata(report, locale));
		String xhtml = this.documents.xhtml("plans/report/pdf", context);
		return this.documents.pdf(xhtml, baseUrl);
	}

	/** The errata in words: what, before, after, why, who, when. */
	List<String[]> errata(AnnualReports.Report report, Locale locale) {
		Map<String, ReportContent.Value> original = new java.util.HashMap<>();
		report.content().values().forEach((value) -> original.put(value.key(), value));
		return report.errata().stream().map((erratum) -> {
			ReportContent.Value value = original.get(erratum.valueKey());
			String what = (value == null) ? erratum.valueKey() : describe(value, locale);
			return new String[] { what, number(erratum.oldValue(), locale), number(erratum.newValue(), locale),
					erratum.reason(), erratum.madeBy(),
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
						.withZone(java.time.ZoneId.of("Europe/Brussels"))
						.format(erratum.madeAt()) };
		}).toList();
	}

	/** A value named in words: annex, reference, territory, deliverable and detail. */
	String describe(ReportContent.Value value, Locale locale) {
		String territory = (value.territory() != null)
				? this.view.message(locale, "plans.territory." + value.territory())
				: this.view.message(locale, "plans.report.whole");
		String text = this.view.message(locale, "plans.report.valueName", value.annex(), value.reference(), territory,
				value.deliverable());
		return (value.detail() != null) ? text + " – " + this.view.detail(value.detail(), locale) : text;
	}

	private String number(java.math.BigDecimal value, Locale locale) {
		return (value == null) ? this.view.message(locale, "indicators.noData")
				: java.text.NumberFormat.getNumberInstance(locale).format(value);
	}

	void xlsx(AnnualReports.Report report, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		for (ReportView.AnnexView annex : this.view.annexes(report, locale)) {
			Worksheet sheet = workbook
				.newWorksheet(this.view.message(locale, "plans.report.sheet.annex", annex.number()));
			header(sheet, annex.headings());
			int row = 1;
			for (ReportView.RowView action : annex.rows()) {
				sheet.value(row, 0, SpreadsheetCells.text(action.reference()));
				sheet.value(row, 1, SpreadsheetCells.text(join(action.title(), action.description())));
				sheet.value(row, 2, SpreadsheetCells.text(String.join("\n", action.deliverables())));
				sheet.value(row, 3, SpreadsheetCells
					.text(String.join("\n\n", action.cells().stream().map(ReportView.CellView::text).toList())));
				sheet.value(row, 4, SpreadsheetCells.text(action.perspectives()));
				sheet.range(row, 0, row, 4).style().wrapText(true).verticalAlignment("top").set();
				row++;
			}
			for (int column = 0; column < 5; column++) {
				sheet.width(column, (column == 0) ? 8 : 50);
			}
		}
		valuesSheet(workbook, report, locale);
		workbook.finish();
	}

	private void valuesSheet(Workbook workbook, AnnualReports.Report report, Locale locale) {
		Worksheet sheet = workbook.newWorksheet(this.view.message(locale, "plans.report.sheet.values"));
		List<String> columns = List.of("annex", "reference", "deliverable", "territory", "detail", "metric", "target",
				"actual", "printed", "source", "erratum");
		header(sheet,
				columns.stream().map((column) -> this.view.message(locale, "plans.report.long." + column)).toList());
		Map<String, ReportContent.Value> values = report.values();
		Map<String, Erratum> latest = report.latestErrata();
		int row = 1;
		for (ReportContent.Value value : values.values()) {
			sheet.value(row, 0, value.annex());
			sheet.value(row, 1, SpreadsheetCells.text(value.reference()));
			sheet.value(row, 2, SpreadsheetCells.text(value.deliverable()));
			sheet.value(row, 3,
					(value.territory() != null) ? this.view.message(locale, "plans.territory." + value.territory())
							: this.view.message(locale, "plans.report.whole"));
			sheet.value(row, 4, (value.detail() != null) ? this.view.detail(value.detail(), locale) : "");
			sheet.value(row, 5, value.metric());
			if (value.target() != null) {
				sheet.value(row, 6, ReportContent.plain(value.target()));
			}
			if (value.actual() != null) {
				sheet.value(row, 7, ReportContent.plain(value.actual()));
			}
			sheet.value(row, 8, SpreadsheetCells.text(this.view.shown(value, locale)));
			sheet.value(row, 9, value.source());
			Erratum erratum = latest.get(value.key());
			sheet.value(row, 10, (erratum != null) ? SpreadsheetCells.text(erratum.reason()) : "");
			row++;
		}
	}

	private static void header(Worksheet sheet, List<String> headings) {
		for (int column = 0; column < headings.size(); column++) {
			sheet.value(0, column, headings.get(column));
		}
		sheet.range(0, 0, 0, headings.size() - 1).style().bold().fillColor("DDEBF0").set();
		sheet.freezePane(0, 1);
	}

	private static String join(String title, String description) {
		return (description == null || description.isBlank()) ? title : title + "\n" + description;
	}

}
