package brussels.maillage.prevention.programmes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.prevention.programmes.ProgrammeSubjects.Subject;

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
import org.springframework.web.util.UriUtils;

/**
 * The staff pages of the programmes: the list, each programme's page where staff tag
 * events, helpdesk requests, Focus repertoires and directory themes with it, and the
 * figures programme × territory of a year with their CSV and XLSX.
 */
@Controller
class ProgrammeStaffController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ProgrammeService programmes;

	private final ProgrammeTagging tagging;

	private final ProgrammeSubjects subjects;

	private final ProgrammeFigures figures;

	private final TagChecks checks;

	private final Clock clock;

	ProgrammeStaffController(ProgrammeService programmes, ProgrammeTagging tagging, ProgrammeSubjects subjects,
			ProgrammeFigures figures, TagChecks checks, Clock clock) {
		this.programmes = programmes;
		this.tagging = tagging;
		this.subjects = subjects;
		this.figures = figures;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping("/staff/programmes")
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("year", LocalDate.now(this.clock.withZone(ProgrammeSubjects.BRUSSELS)).getYear());
		return "prevention/programmes-staff";
	}

	@GetMapping("/staff/programmes/figures")
	String figures(@RequestParam(required = false) String year, Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2024, thisYear() + 1).boxed().toList());
		model.addAttribute("lines", this.figures.lines(shown));
		model.addAttribute("kinds", SubjectKind.values());
		return "prevention/programme-figures";
	}

	@GetMapping("/staff/programmes/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String year, Locale locale) {
		int shown = year(year);
		byte[] body = this.figures.csv(this.figures.lines(shown), locale).getBytes(StandardCharsets.UTF_8);
		return download(body, "programmes-" + shown + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/staff/programmes/figures.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year, Locale locale) {
		int shown = year(year);
		return download(this.figures.xlsx(this.figures.lines(shown), shown, locale), "programmes-" + shown + ".xlsx",
				XLSX);
	}

	@GetMapping("/staff/programmes/{code}")
	String programme(@PathVariable String code, @RequestParam(required = false) String q, Locale locale, Model model) {
		Programme programme = find(code);
		if (!model.containsAttribute("tagForm")) {
			model.addAttribute("tagForm", TagForm.empty());
		}
		return page(programme, q, locale, model);
	}

	@PostMapping("/staff/programmes/{code}/tags")
	String tag(@PathVariable String code, @Validated @ModelAttribute("tagForm") TagForm form, BindingResult errors,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		Programme programme = find(code);
		if (errors.hasFieldErrors("kind")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		SubjectKind kind = SubjectKind.valueOf(form.kind());
		Optional<Subject> subject = this.checks.subject(kind, form, user, errors);
		if (subject.isPresent()) {
			TagChecks.refused(kind, this.tagging.tag(programme, subject.get(), user.email()), errors);
		}
		if (errors.hasErrors()) {
			return page(programme, q, locale, model);
		}
		redirect.addFlashAttribute("notice", "programme.tag.notice.added");
		return "redirect:/staff/programmes/" + programme.code() + queryPart(q);
	}

	@PostMapping("/staff/programmes/{code}/tags/remove")
	String untag(@PathVariable String code, @RequestParam String kind, @RequestParam String subject,
			RedirectAttributes redirect) {
		Programme programme = find(code);
		SubjectKind removed;
		try {
			removed = SubjectKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (this.tagging.untag(programme.id(), removed, subject)) {
			redirect.addFlashAttribute("notice", "programme.tag.notice.removed");
		}
		return "redirect:/staff/programmes/" + programme.code();
	}

	private String page(Programme programme, String q, Locale locale, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("tags", this.tagging.tags(programme.id()));
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("eventHits", this.subjects.events(q));
		model.addAttribute("repertoires", this.subjects.repertoires(locale));
		model.addAttribute("themes", this.subjects.themes(locale));
		return "prevention/programme-staff";
	}

	private Programme find(String code) {
		return this.programmes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private int thisYear() {
		return LocalDate.now(this.clock.withZone(ProgrammeSubjects.BRUSSELS)).getYear();
	}

	private int year(String year) {
		try {
			return (year != null) ? Math.clamp(Integer.parseInt(year.strip()), 2000, 2100) : thisYear();
		}
		catch (NumberFormatException ex) {
			return thisYear();
		}
	}

	static String field(SubjectKind kind) {
		return switch (kind) {
			case EVENT -> "event";
			case HELPDESK_REQUEST -> "request";
			case FOCUS_REPERTOIRE -> "repertoire";
			case DIRECTORY_THEME -> "theme";
		};
	}

	private static String queryPart(String q) {
		return (q == null || q.isBlank()) ? "" : "?q=" + UriUtils.encodeQueryParam(q.strip(), StandardCharsets.UTF_8);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
