package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	private static final String LAST_REPORT = ImportController.class.getName() + ".lastReport";

	private final HsdsImport hsds;

	ImportController(HsdsImport hsds) {
		this.hsds = hsds;
	}

	@GetMapping("/admin/directory/import")
	String page(Model model) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		model.addAttribute("chosen", new ImportChoice("fr", "all-or-nothing", "", false));
		return "exchange/import";
	}

	@PostMapping("/admin/directory/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "fr") String language,
			@RequestParam(defaultValue = "all-or-nothing") String mode, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "false") boolean managedElsewhere, Model model, HttpSession session) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		boolean validRows = Boolean.TRUE.equals(ImportOptions.validRows(mode));
		model.addAttribute("chosen", new ImportChoice(language, validRows ? "valid-rows" : "all-or-nothing",
				source.strip(), managedElsewhere));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "exchange.import.file.required");
			return "exchange/import";
		}
		ImportReport report;
		try {
			report = this.hsds.importPackage(HsdsImport.unzip(file.getBytes()), new ImportOptions(
					LocalizedText.LANGUAGES.contains(language) ? language : "fr", validRows, source, managedElsewhere));
		}
		catch (IOException | RuntimeException ex) {
			model.addAttribute("fileError", "exchange.import.file.unreadable");
			return "exchange/import";
		}
		session.setAttribute(LAST_REPORT, report.errorsCsv());
		model.addAttribute("report", report);
		return "exchange/import";
	}

	/**
	 * The problems of the last import of this session, as CSV (table, line, field,
	 * reason).
	 */
	@GetMapping("/admin/directory/import/report.csv")
	ResponseEntity<byte[]> report(HttpSession session) {
		Object csv = session.getAttribute(LAST_REPORT);
		if (!(csv instanceof String text)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"import-report.csv\"")
			.body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@PostMapping(path = "/api/hsds/imports", consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@ResponseBody
	@Operation(summary = "Imports an HSDS 3.1 tabular data package (zip body); administrator token; "
			+ "answers the report: added, changed, unchanged, closed and the errors by table, line and field; "
			+ "mode=valid-rows imports the valid rows and reports the rest")
	ResponseEntity<Map<String, Object>> api(@RequestBody byte[] zip, @RequestParam(defaultValue = "fr") String language,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "false") boolean managedElsewhere, Authentication authentication) {
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
		ImportReport report;
		try {
			report = this.hsds.importPackage(HsdsImport.unzip(zip),
					new ImportOptions(language, validRows, source, managedElsewhere));
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the body is not a readable zip");
		}
		List<Map<String, Object>> errors = problems(report.errors());
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

	private static List<Map<String, Object>> problems(List<ImportReport.Problem> problems) {
		return problems.stream()
			.map((problem) -> Map.<String, Object>of("table", problem.table(), "line", problem.line(), "field",
					problem.field(), "reason", problem.reason()))
			.toList();
	}

}
