package brussels.maillage.helpdesk.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Service;

/**
 * The requests that match the dashboard's filters, exported (coded fields only, with
 * their labels) as CSV or as XLSX with the totals; every export is logged. Like the
 * dashboard, it reads outside a transaction (see {@link MonitoringService#statistics}).
 */
@Service
class StatisticsExport {

	private final MonitoringService monitoring;

	private final MonitoringLabels labels;

	private final AuditLog audit;

	StatisticsExport(MonitoringService monitoring, MonitoringLabels labels, AuditLog audit) {
		this.monitoring = monitoring;
		this.labels = labels;
		this.audit = audit;
	}

	/** The CSV file (UTF-8 with a byte order mark, for spreadsheets). */
	byte[] csv(DashboardFilters filters, Locale locale) throws IOException {
		StringWriter out = new StringWriter();
		ExportLabels labels = exportLabels(locale);
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(header(locale).toArray(String[]::new)).get())) {
			for (MonitoringService.ExportRow row : this.monitoring.rows(filters.filter())) {
				printer.printRecord(values(row, labels));
			}
		}
		this.audit.record("helpdesk.statistics.exported", "helpdesk_statistics", null, details("csv", filters));
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	/** The XLSX workbook: the totals, then the requests. */
	byte[] xlsx(DashboardFilters filters, Locale locale) throws IOException {
		StatisticsReport report = this.monitoring.statistics(filters.filter());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		Worksheet totals = workbook.newWorksheet(message("helpdesk.dashboard.export.totals", locale));
		int r = 0;
		totals.value(r, 0, message("helpdesk.dashboard.period", locale));
		totals.value(r, 1, report.filter().from() + " – " + report.filter().to());
		totals.value(++r, 0, message("helpdesk.dashboard.total", locale));
		totals.value(r, 1, report.total());
		totals.value(++r, 0, message("helpdesk.dashboard.unmet", locale));
		totals.value(r, 1, report.unmetNeeds());
		r = section(totals, r + 2, message("helpdesk.dashboard.byChannel", locale), report.byChannel(),
				"helpdesk.channel.", locale);
		r = section(totals, r + 1, message("helpdesk.dashboard.byLine", locale), report.byLine(), "helpdesk.line.",
				locale);
		r = section(totals, r + 1, message("helpdesk.dashboard.byBassin", locale), report.byBassin(),
				"helpdesk.bassin.", locale);
		section(totals, r + 1, message("helpdesk.dashboard.byKind", locale), report.byKind(), "helpdesk.kind.", locale);
		Worksheet rows = workbook.newWorksheet(message("helpdesk.dashboard.export.requests", locale));
		List<String> header = header(locale);
		for (int c = 0; c < header.size(); c++) {
			rows.value(0, c, header.get(c));
		}
		ExportLabels labels = exportLabels(locale);
		int i = 1;
		for (MonitoringService.ExportRow row : this.monitoring.rows(filters.filter())) {
			List<Object> values = values(row, labels);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					rows.value(i, c, number);
				}
				else if (value != null) {
					rows.value(i, c, value.toString());
				}
			}
			i++;
		}
		workbook.finish();
		this.audit.record("helpdesk.statistics.exported", "helpdesk_statistics", null, details("xlsx", filters));
		return out.toByteArray();
	}

	/**
	 * The columns of the requests exported: labels in the export's language, then the
	 * same fields as codes, in columns named as such, for whoever joins them to other
	 * data.
	 */
	private List<String> header(Locale locale) {
		List<String> header = new ArrayList<>();
		header.add(message("helpdesk.export.id", locale));
		header.add(message("helpdesk.field.receivedAt", locale));
		List<String> coded = List.of(message("helpdesk.field.channel", locale), message("helpdesk.field.line", locale),
				message("helpdesk.export.bassin", locale), message("helpdesk.field.commune", locale),
				message("helpdesk.field.profession", locale), message("helpdesk.field.organisationType", locale),
				message("helpdesk.field.kind", locale), message("helpdesk.field.status", locale));
		header.addAll(coded);
		header.add(message("helpdesk.export.unmetNeed", locale));
		header.add(message("helpdesk.field.minutesSpent", locale));
		header.add(message("helpdesk.field.themes", locale));
		header.add(message("helpdesk.export.orientations", locale));
		for (String name : coded) {
			header.add(this.labels.message("helpdesk.export.code", new Object[] { name }, locale));
		}
		header.add(this.labels.message("helpdesk.export.code",
				new Object[] { message("helpdesk.field.themes", locale) }, locale));
		return header.stream().map(SpreadsheetCells::text).toList();
	}

	private List<Object> values(MonitoringService.ExportRow row, ExportLabels labels) {
		List<Object> values = new ArrayList<>();
		values.add(row.id());
		values.add(row.receivedAt().atZone(HelpdeskService.TIME_ZONE).toLocalDateTime().toString());
		values.add(labels.coded("helpdesk.channel.", row.channel()));
		values.add((row.lineCode() != null) ? labels.coded("helpdesk.line.", row.lineCode())
				: labels.coded("helpdesk.line.", "NONE"));
		values.add(labels.coded("helpdesk.bassin.", row.bassin()));
		values.add(
				(row.communeNis() != null) ? labels.communes().getOrDefault(row.communeNis(), row.communeNis()) : null);
		values.add(labels.coded("helpdesk.profession.", row.profession()));
		values.add(labels.coded("helpdesk.organisationType.", row.organisationType()));
		values.add(labels.coded("helpdesk.kind.", row.kind()));
		values.add(labels.coded("helpdesk.status.", row.status()));
		values.add(row.unmetNeed() ? 1 : 0);
		values.add(row.minutesSpent());
		List<String> themes = (row.themes() != null) ? List.of(row.themes().split(" ")) : List.of();
		values.add(String.join("; ",
				themes.stream()
					.map((code) -> this.labels.themeLabel(labels.themes(), code, labels.locale()))
					.toList()));
		values.add(row.orientations());
		values.add(row.channel());
		values.add(row.lineCode());
		values.add(row.bassin());
		values.add(row.communeNis());
		values.add(row.profession());
		values.add(row.organisationType());
		values.add(row.kind());
		values.add(row.status());
		values.add(String.join(" ", themes));
		return values.stream().map(SpreadsheetCells::cell).toList();
	}

	private ExportLabels exportLabels(Locale locale) {
		return new ExportLabels(locale, this.labels.themeLabels(), this.labels.communes(locale), this.labels);
	}

	/** What the export needs to write labels instead of codes, read once per export. */
	private record ExportLabels(Locale locale, Map<String, LocalizedText> themes, Map<String, String> communes,
			MonitoringLabels labels) {

		String coded(String prefix, String code) {
			return this.labels.coded(prefix, code, this.locale);
		}

	}

	private int section(Worksheet sheet, int row, String title, List<StatisticsReport.Count> counts, String prefix,
			Locale locale) {
		sheet.value(row, 0, title);
		int r = row;
		for (StatisticsReport.Count count : counts) {
			sheet.value(++r, 0, SpreadsheetCells.text(message(prefix + count.key(), locale)));
			sheet.value(r, 1, count.count());
		}
		return r + 1;
	}

	/**
	 * The audit details of an export: its format, its period and its filters, each as its
	 * code ({@code -} when not chosen).
	 */
	private static String details(String format, DashboardFilters filters) {
		return AuditLog.details("statistics-exported", format, filters.filter().from(), filters.filter().to(),
				chosen(filters.line()), chosen(filters.bassin()), chosen(filters.channel()),
				chosen(filters.profession()), chosen(filters.theme()), chosen(filters.kind()));
	}

	private static String chosen(String code) {
		return (code != null) ? code : "-";
	}

	private String message(String key, Locale locale) {
		return this.labels.message(key, locale);
	}

}
