package brussels.maillage.helpdesk.monitoring;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.system.LocalizedText;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The monitoring dashboard: counts, monthly trend, orientations most given and unmet
 * needs by theme and bassin, for any period and filter, as SVG charts with their tables,
 * and the same requests exported (coded fields only) as CSV or XLSX.
 */
@Controller
class DashboardController {

	private final MonitoringService monitoring;

	private final StatisticsExport export;

	private final DirectoryService directory;

	private final MonitoringLabels labels;

	private final Clock clock;

	DashboardController(MonitoringService monitoring, StatisticsExport export, DirectoryService directory,
			MonitoringLabels labels, Clock clock) {
		this.monitoring = monitoring;
		this.export = export;
		this.directory = directory;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/staff/helpdesk/dashboard")
	String dashboard(@Validated @ModelAttribute("dashboardForm") DashboardForm form, BindingResult errors, Model model,
			Locale locale) {
		DashboardFilters filters = filters(form, errors);
		StatisticsReport report = this.monitoring.statistics(filters.filter());
		Map<String, LocalizedText> themeLabels = this.labels.themeLabels();
		model.addAttribute("filters", filters);
		model.addAttribute("fields", DashboardForm.FIELDS);
		model.addAttribute("report", report);
		model.addAttribute("lines", this.monitoring.lineCodes());
		model.addAttribute("bassins", StatisticsFilter.BASSINS);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("professions", Profession.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		model.addAttribute("themeLabels", themeLabels);
		int year = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE)).getYear();
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
	ResponseEntity<byte[]> csv(@Validated @ModelAttribute("dashboardForm") DashboardForm form, BindingResult errors,
			Locale locale) throws IOException {
		DashboardFilters filters = filters(form, errors);
		return download(this.export.csv(filters, locale), "text/csv;charset=UTF-8", name(filters, "csv"));
	}

	@GetMapping("/staff/helpdesk/dashboard/export.xlsx")
	ResponseEntity<byte[]> xlsx(@Validated @ModelAttribute("dashboardForm") DashboardForm form, BindingResult errors,
			Locale locale) throws IOException {
		DashboardFilters filters = filters(form, errors);
		return download(this.export.xlsx(filters, locale),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name(filters, "xlsx"));
	}

	private DashboardFilters filters(DashboardForm form, BindingResult errors) {
		return DashboardFilters.read(form, errors, this.monitoring.lineCodes(),
				this.directory.themes().stream().map(Theme::code).toList(),
				LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE)));
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
		return this.labels.entries(counts, prefix, locale);
	}

	private String themeLabel(Map<String, LocalizedText> labels, String code, Locale locale) {
		return this.labels.themeLabel(labels, code, locale);
	}

	private String message(String key, Locale locale) {
		return this.labels.message(key, locale);
	}

}
