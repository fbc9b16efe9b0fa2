package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import io.swagger.v3.oas.annotations.Operation;

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

	private final HsdsImport hsds;

	ImportController(HsdsImport hsds) {
		this.hsds = hsds;
	}

	@GetMapping("/admin/directory/import")
	String page(Model model) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		return "exchange/import";
	}

	@PostMapping("/admin/directory/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "fr") String language, Model model) {
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "exchange.import.file.required");
			return "exchange/import";
		}
		ImportReport report;
		try {
			report = this.hsds.importPackage(HsdsImport.unzip(file.getBytes()),
					LocalizedText.LANGUAGES.contains(language) ? language : "fr");
		}
		catch (IOException | RuntimeException ex) {
			model.addAttribute("fileError", "exchange.import.file.unreadable");
			return "exchange/import";
		}
		model.addAttribute("report", report);
		return "exchange/import";
	}

	@PostMapping(path = "/api/hsds/imports", consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@ResponseBody
	@Operation(summary = "Imports an HSDS 3.1 tabular data package (zip body); administrator token; "
			+ "answers the report: added, changed, unchanged and the errors by table, line and field")
	ResponseEntity<Map<String, Object>> api(@RequestBody byte[] zip, @RequestParam(defaultValue = "fr") String language,
			Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		if (!user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!LocalizedText.LANGUAGES.contains(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language is fr, nl or en");
		}
		ImportReport report;
		try {
			report = this.hsds.importPackage(HsdsImport.unzip(zip), language);
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the body is not a readable zip");
		}
		List<Map<String, Object>> errors = report.errors()
			.stream()
			.map((problem) -> Map.<String, Object>of("table", problem.table(), "line", problem.line(), "field",
					problem.field(), "reason", problem.reason()))
			.toList();
		return ResponseEntity.status(report.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Map.of("added", report.added(), "changed", report.changed(), "unchanged", report.unchanged(),
					"closed", 0, "errors", errors));
	}

}
