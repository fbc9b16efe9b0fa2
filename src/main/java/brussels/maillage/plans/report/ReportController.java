package brussels.maillage.plans.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.Problems;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the annual reports: the list by year, a year's annexes with their status
 * steps and errata, and the PDF and XLSX in the page's language.
 */
@Controller
class ReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReports reports;

	private final ReportView view;

	private final ReportExports exports;

	ReportController(AnnualReports reports, ReportView view, ReportExports exports) {
		this.reports = reports;
		this.view = view;
		this.exports = exports;
	}

	@GetMapping("/staff/plans/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.list());
		return "plans/report/list";
	}

	@GetMapping("/staff/plans/reports/{year}")
	String report(@PathVariable String year, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user) {
		return page(this.reports.report(year(year)), ErratumForm.empty(), model, locale, user);
	}

	@PostMapping("/staff/plans/reports/{year}/status")
	String advance(@PathVariable String year, @RequestParam String from, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int shown = year(year);
		try {
			this.reports.advance(shown, ReportStatus.valueOf(from), user);
			redirect.addFlashAttribute("notice", "plans.report.status.changed");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("refused", "plans.report.error.moved");
		}
		catch (ReportRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/plans/reports/" + shown;
	}

	@PostMapping("/staff/plans/reports/{year}/errata")
	String correct(@PathVariable String year, @Validated @ModelAttribute("erratumForm") ErratumForm form,
			BindingResult errors, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int shown = year(year);
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		AnnualReports.Report report = this.reports.report(shown);
		if (!ErratumChecks.erratum(form, report, errors)) {
			return page(report, form, model, locale, user);
		}
		try {
			this.reports.correct(shown, form.valueKey(), form.number(), form.reason(), user);
			redirect.addFlashAttribute("notice", "plans.report.erratum.saved");
		}
		catch (ReportRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/staff/plans/reports/" + shown + "#errata";
	}

	@GetMapping("/staff/plans/reports/{year}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String year, Locale locale, HttpServletRequest request) {
		int shown = year(year);
		byte[] pdf = this.exports.pdf(this.reports.report(shown), locale, request.getRequestURL().toString());
		return download(pdf, MediaType.APPLICATION_PDF, name(shown, locale, "pdf"));
	}

	@GetMapping("/staff/plans/reports/{year}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String year, Locale locale) throws IOException {
		int shown = year(year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.xlsx(this.reports.report(shown), locale, out);
		return download(out.toByteArray(), XLSX, name(shown, locale, "xlsx"));
	}

	private String page(AnnualReports.Report report, ErratumForm form, Model model, Locale locale, CurrentUser user) {
		model.addAttribute("report", report);
		model.addAttribute("annexes", this.view.annexes(report, locale));
		model.addAttribute("errata", this.exports.errata(report, locale));
		model.addAttribute("canAdvance", report.status().advancedBy(user));
		boolean correct = report.status().frozen() && user != null && user.has(Role.COORDINATOR);
		model.addAttribute("canCorrect", correct);
		if (correct) {
			model.addAttribute("choices",
					report.values()
						.values()
						.stream()
						.map((value) -> new Choice(value.key(),
								this.exports.describe(value, locale) + " = " + this.view.shown(value, locale)))
						.toList());
		}
		model.addAttribute("erratumForm", form);
		model.addAttribute("fields", ErratumForm.FIELDS);
		model.addAttribute("zone", java.time.ZoneId.of("Europe/Brussels"));
		return "plans/report/report";
	}

	private static String name(int year, Locale locale, String extension) {
		return ("nl".equals(locale.getLanguage()) ? "jaarverslag-bijlagen-" : "rapport-annuel-annexes-") + year + "-"
				+ locale.getLanguage() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	static int year(String year) {
		Integer parsed = Problems.yearParameter(year, -1);
		if (parsed == null || parsed < 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return parsed;
	}

	/**
	 * A value that an erratum may correct.
	 *
	 * @param code its key
	 * @param label its name and value in words
	 */
	record Choice(String code, String label) {
	}

}
