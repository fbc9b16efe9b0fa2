package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.exchange.reading.HsdsJson;
import brussels.maillage.directory.exchange.reading.PackageReader;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports of HSDS packages: an administration page that uploads a zip and shows the
 * report, and {@code POST /api/hsds/imports} for partner systems (administrator token).
 */
@Controller
class ImportController {

	private static final String LAST_JOB = ImportController.class.getName() + ".lastJob";

	private final HsdsImport hsds;

	private final ImportJobs jobs;

	private final PackageReader reader;

	private final Problems problems;

	private final MessageSource messages;

	ImportController(HsdsImport hsds, ImportJobs jobs, PackageReader reader, Problems problems,
			MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
		this.hsds = hsds;
		this.jobs = jobs;
		this.reader = reader;
	}

	/**
	 * The page: the form, and the import given by {@code job} (or the session's last one)
	 * — its progress while it runs, its report once done — so a reload finds it again.
	 */
	@GetMapping("/admin/directory/import")
	String page(@RequestParam(required = false) UUID job, Model model, HttpSession session) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		model.addAttribute("chosen", new ImportChoice("fr", "all-or-nothing", "", false));
		UUID shown = (job != null) ? job : (session.getAttribute(LAST_JOB) instanceof UUID last) ? last : null;
		this.jobs.status(shown).ifPresent((status) -> {
			model.addAttribute("status", status);
			model.addAttribute("chosen", status.choice());
			if (status.report() != null) {
				model.addAttribute("report", status.report());
			}
		});
		return "exchange/import";
	}

	/**
	 * Checks the upload, starts the import in the background and sends the browser to the
	 * page that follows it.
	 */
	@PostMapping("/admin/directory/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "fr") String language,
			@RequestParam(defaultValue = "all-or-nothing") String mode, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "false") boolean managedElsewhere, Model model, HttpSession session,
			HttpServletResponse response) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		boolean validRows = Boolean.TRUE.equals(ImportOptions.validRows(mode));
		model.addAttribute("chosen", new ImportChoice(language, validRows ? "valid-rows" : "all-or-nothing",
				source.strip(), managedElsewhere));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "exchange.import.file.required");
			return "exchange/import";
		}
		Map<String, byte[]> files;
		try (InputStream in = file.getInputStream()) {
			files = this.reader.files(in, file.getOriginalFilename());
			if (files.isEmpty()) {
				throw new IllegalArgumentException("empty zip");
			}
		}
		catch (PackageReader.TooLargeException ex) {
			model.addAttribute("fileError", "exchange.import.file.tooLarge." + ex.limit());
			model.addAttribute("fileErrorLimit", limitText(ex));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			return "exchange/import";
		}
		catch (HsdsJson.NotServices ex) {
			model.addAttribute("fileError", "exchange.import.file.notServices");
			return "exchange/import";
		}
		catch (IOException | RuntimeException ex) {
			model.addAttribute("fileError", "exchange.import.file.unreadable");
			return "exchange/import";
		}
		UUID job = this.jobs.start(files, new ImportOptions(
				LocalizedText.LANGUAGES.contains(language) ? language : "fr", validRows, source, managedElsewhere));
		session.setAttribute(LAST_JOB, job);
		return "redirect:/admin/directory/import?job=" + job;
	}

	/**
	 * What the page polls (htmx) while an import runs: the progress, or the report when
	 * it is done; {@code phase} is the phase the page shows, so that the polite
	 * announcement is only made when it changes.
	 */
	@GetMapping("/admin/directory/import/progress")
	String progress(@RequestParam UUID job, @RequestParam(defaultValue = "") String phase, Model model) {
		ImportStatus status = this.jobs.status(job)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("status", status);
		model.addAttribute("announce", !status.phase().equals(phase));
		model.addAttribute("report", status.report());
		return "exchange/import :: status";
	}

	/**
	 * The errors and warnings of an import ({@code job}, or the session's last one), as
	 * CSV (table, line, field, reason, severity).
	 */
	@GetMapping("/admin/directory/import/report.csv")
	ResponseEntity<byte[]> report(@RequestParam(required = false) UUID job, HttpSession session) {
		UUID shown = (job != null) ? job : (session.getAttribute(LAST_JOB) instanceof UUID last) ? last : null;
		ImportReport report = this.jobs.report(shown)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"import-report.csv\"")
			.body(report.errorsCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@PostMapping(path = "/api/hsds/imports",
			consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE,
					MediaType.APPLICATION_JSON_VALUE })
	@ResponseBody
	@Operation(summary = "Imports an HSDS 3.1 tabular data package (zip body), or HSDS 3.1 services as JSON "
			+ "(an array of full service objects, or the paged {\"contents\": [...]} answer); administrator token; "
			+ "answers the report: added, changed, unchanged, closed and the errors by table, line and field; "
			+ "mode=valid-rows imports the valid rows and reports the rest")
	ResponseEntity<?> api(InputStream zip, @RequestParam(defaultValue = "fr") String language,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "false") boolean managedElsewhere, Authentication authentication,
			@org.springframework.web.bind.annotation.RequestHeader(name = "Content-Disposition",
					required = false) String disposition,
			java.util.Locale locale) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		if (!user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!LocalizedText.LANGUAGES.contains(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language is fr, nl or en");
		}
		Boolean validRows = ImportOptions.validRows(mode);
		if (validRows == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "mode is all-or-nothing or valid-rows");
		}
		Map<String, byte[]> files;
		try {
			files = this.reader.files(zip, fileName(disposition));
		}
		catch (PackageReader.TooLargeException ex) {
			this.reader.drain(zip);
			ProblemDetail problem = this.problems.of(HttpStatus.CONTENT_TOO_LARGE, locale, "/api/hsds/imports");
			problem.setDetail(this.messages.getMessage("exchange.import.file.tooLarge." + ex.limit(),
					new Object[] { limitText(ex) }, ex.getMessage(), locale));
			problem.setProperty("limit", ex.limit());
			problem.setProperty("limitValue", ex.value());
			problem.setProperty("reason", ex.getMessage());
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		catch (HsdsJson.NotServices ex) {
			return unreadable("exchange.import.file.notServices",
					"the body is JSON but not HSDS 3.1 services (an array of services or the paged {\"contents\": [...]} answer)",
					locale);
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			return unreadable("exchange.import.file.unreadable", "the body is not a readable zip", locale);
		}
		ImportReport report = this.hsds.importPackage(files,
				new ImportOptions(language, validRows, source, managedElsewhere));
		List<Map<String, Object>> errors = problems(report.errors());
		if (!report.written()) {
			// Nothing written: an RFC 9457 problem, with the report's fields.
			ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, locale, "/api/hsds/imports");
			problem.setDetail(this.messages.getMessage("exchange.import.refused", null, locale));
			problem.setProperty("added", 0);
			problem.setProperty("changed", 0);
			problem.setProperty("unchanged", 0);
			problem.setProperty("closed", 0);
			problem.setProperty("written", false);
			problem.setProperty("source", report.source());
			problem.setProperty("errors", errors);
			problem.setProperty("warnings", problems(report.warnings()));
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("added", report.added());
		body.put("changed", report.changed());
		body.put("unchanged", report.unchanged());
		body.put("closed", report.closed());
		body.put("written", report.written());
		body.put("source", report.source());
		body.put("errors", errors);
		body.put("warnings", problems(report.warnings()));
		return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
	}

	/** A 400 problem: the body cannot be read as a package. */
	private ResponseEntity<ProblemDetail> unreadable(String messageKey, String reason, java.util.Locale locale) {
		ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, locale, "/api/hsds/imports");
		problem.setDetail(this.messages.getMessage(messageKey, null, reason, locale));
		problem.setProperty("reason", reason);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The file name a {@code Content-Disposition} header gives, or null. */
	private static String fileName(String disposition) {
		try {
			return (disposition != null) ? org.springframework.http.ContentDisposition.parse(disposition).getFilename()
					: null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String limitText(PackageReader.TooLargeException ex) {
		return (ex.limit().equals("entries") || ex.limit().equals("ratio")) ? String.valueOf(ex.value())
				: PackageReader.megabytes(ex.value());
	}

	private static List<Map<String, Object>> problems(List<ImportReport.Problem> problems) {
		return problems.stream()
			.map((problem) -> Map.<String, Object>of("table", problem.table(), "line", problem.line(), "field",
					problem.field(), "reason", problem.reason()))
			.toList();
	}

}
