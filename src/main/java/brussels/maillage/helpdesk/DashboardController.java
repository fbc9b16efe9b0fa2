package brussels.maillage.helpdesk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring dashboard: counts, monthly trend, orientations most given and unmet
 * needs by theme and bassin, for any period and filter, as SVG charts with their tables,
 * and the same requests exported (coded fields only) as CSV or XLSX.
 */
@Controller
class DashboardController {

	private final Statistics statistics;

	private final Lines lines;

	private final DirectoryService directory;

	private final MessageSource messages;

	private final AuditLog audit;

	DashboardController(Statistics statistics, Lines lines, DirectoryService directory, MessageSource messages,
			AuditLog audit) {
		this.statistics = statistics;
		this.lines = lines;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/staff/helpdesk/dashboard")
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String line, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String profession,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String kind, Model model,
			Locale locale) {
		DashboardFilters filters = filters(from, to, line, bassin, channel, profession, theme, kind);
		StatisticsReport report = this.statistics.report(filters.filter());
		Map<String, LocalizedText> themeLabels = themeLabels();
		model.addAttribute("filters", filters);
		model.addAttribute("report", report);
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("bassins", DashboardFilters.BASSINS);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("professions", Profession.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		model.addAttribute("themeLabels", themeLabels);
		int year = LocalDate.now(RequestChecks.BRUSSELS).getYear();
		model.addAttribute("years", List.of(year - 2, year - 1, year));
		List<Chart> charts = new ArrayList<>();
		charts.add(Chart.columns("chart-months", message("helpdesk.dashboard.monthly", locale),
				report.monthly()
					.stream()
					.map((month) -> new Chart.Entry(
							month.month().getMonth().getDisplayName(TextStyle.SHORT, locale)
									+ ((report.monthly().size() > 12) ? " " + month.month().getYear() % 100 : ""),
							month.count()))
					.toList()));
		charts.add(Chart.bars("chart-channel", message("helpdesk.dashboard.byChannel", locale),
				entries(report.byChannel(), "helpdesk.channel.", locale)));
		charts.add(Chart.bars("chart-line", message("helpdesk.dashboard.byLine", locale),
				entries(report.byLine(), "helpdesk.line.", locale)));
		charts.add(Chart.bars("chart-bassin", message("helpdesk.dashboard.byBassin", locale),
				entries(report.byBassin(), "helpdesk.bassin.", locale)));
		charts.add(Chart.bars("chart-kind", message("helpdesk.dashboard.byKind", locale),
				entries(report.byKind(), "helpdesk.kind.", locale)));
		charts.add(Chart.bars("chart-profession", message("helpdesk.dashboard.byProfession", locale),
				entries(report.byProfession(), "helpdesk.profession.", locale)));
		charts.add(Chart.bars("chart-theme", message("helpdesk.dashboard.byTheme", locale),
				report.byTheme()
					.stream()
					.map((count) -> new Chart.Entry(themeLabel(themeLabels, count.key(), locale), count.count()))
					.toList()));
		charts.add(Chart.bars("chart-orientations", message("helpdesk.dashboard.orientations", locale),
				report.orientations().stream().map((count) -> new Chart.Entry(count.label(), count.count())).toList()));
		model.addAttribute("charts", charts);
		model.addAttribute("unmet",
				UnmetTable.of(report.unmetByThemeAndBassin(), (code) -> themeLabel(themeLabels, code, locale)));
		return "helpdesk/dashboard";
	}

	@GetMapping("/staff/helpdesk/dashboard/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String line, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String profession,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String kind, Locale locale)
			throws IOException {
		DashboardFilters filters = filters(from, to, line, bassin, channel, profession, theme, kind);
		StringWriter out = new StringWriter();
		ExportLabels labels = exportLabels(locale);
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(header(locale).toArray(String[]::new)).get())) {
			for (Statistics.ExportRow row : this.statistics.rows(filters.filter())) {
				printer.printRecord(values(row, labels));
			}
		}
		this.audit.record("helpdesk.statistics.exported", "helpdesk_statistics", null, "csv " + filters.query());
		return download(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
				name(filters, "csv"));
	}

	@GetMapping("/staff/helpdesk/dashboard/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String line, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String profession,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String kind, Locale locale)
			throws IOException {
		DashboardFilters filters = filters(from, to, line, bassin, channel, profession, theme, kind);
		StatisticsReport report = this.statistics.report(filters.filter());
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
		for (Statistics.ExportRow row : this.statistics.rows(filters.filter())) {
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
		this.audit.record("helpdesk.statistics.exported", "helpdesk_statistics", null, "xlsx " + filters.query());
		return download(out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				name(filters, "xlsx"));
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
			header.add(this.messages.getMessage("helpdesk.export.code", new Object[] { name }, locale));
		}
		header.add(this.messages.getMessage("helpdesk.export.code",
				new Object[] { message("helpdesk.field.themes", locale) }, locale));
		return header.stream().map(SpreadsheetCells::text).toList();
	}

	private List<Object> values(Statistics.ExportRow row, ExportLabels labels) {
		List<Object> values = new ArrayList<>();
		values.add(row.id());
		values.add(row.receivedAt().atZone(RequestChecks.BRUSSELS).toLocalDateTime().toString());
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
				themes.stream().map((code) -> themeLabel(labels.themes(), code, labels.locale())).toList()));
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
		Map<String, String> communes = new HashMap<>();
		this.directory.communes(locale).forEach((commune) -> communes.put(commune.getKey(), commune.getValue()));
		return new ExportLabels(locale, themeLabels(), communes, this.messages);
	}

	/** What the export needs to write labels instead of codes, read once per export. */
	private record ExportLabels(Locale locale, Map<String, LocalizedText> themes, Map<String, String> communes,
			MessageSource messages) {

		String coded(String prefix, String code) {
			return (code != null) ? this.messages.getMessage(prefix + code, null, code, this.locale) : null;
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

	private DashboardFilters filters(String from, String to, String line, String bassin, String channel,
			String profession, String theme, String kind) {
		return DashboardFilters.read(from, to, line, bassin, channel, profession, theme, kind, this.lines.codes(),
				this.directory.themes().stream().map(Theme::code).toList(), LocalDate.now(RequestChecks.BRUSSELS));
	}

	private static String name(DashboardFilters filters, String extension) {
		return "helpdesk-" + filters.filter().from() + "-" + filters.filter().to() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	private List<Chart.Entry> entries(List<StatisticsReport.Count> counts, String prefix, Locale locale) {
		return counts.stream()
			.map((count) -> new Chart.Entry(message(prefix + count.key(), locale), count.count()))
			.toList();
	}

	private Map<String, LocalizedText> themeLabels() {
		Map<String, LocalizedText> labels = new HashMap<>();
		for (Theme theme : this.directory.themes()) {
			labels.put(theme.code(), theme.label());
		}
		return labels;
	}

	private String themeLabel(Map<String, LocalizedText> labels, String code, Locale locale) {
		if (StatisticsReport.NONE.equals(code)) {
			return message("helpdesk.dashboard.noTheme", locale);
		}
		LocalizedText label = labels.get(code);
		return (label != null) ? label.in(locale).text() : code;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
