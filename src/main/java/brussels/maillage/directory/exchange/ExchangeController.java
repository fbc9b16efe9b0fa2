package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.NavigationItem;
import brussels.maillage.territory.UnknownPostcodeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exports of the directory: a staff page that chooses the format, the language and a
 * search, and the same as {@code GET /api/hsds/export} for partner systems (personal
 * access token of a staff member).
 */
@Controller
@Tag(name = "Directory (HSDS 3.1)")
class ExchangeController {

	private final DirectoryExport export;

	private final DirectoryService directory;

	private final Clock clock;

	ExchangeController(DirectoryExport export, DirectoryService directory, Clock clock) {
		this.export = export;
		this.directory = directory;
		this.clock = clock;
	}

	@Bean
	NavigationItem exchangeNavigation() {
		return new NavigationItem("exchange.nav", "/staff/directory/export", 520, Role.STAFF.name());
	}

	@Bean
	NavigationItem importNavigation() {
		return new NavigationItem("exchange.nav.import", "/admin/directory/import", 930, Role.ADMIN.name());
	}

	@GetMapping("/staff/directory/export")
	String page(@ModelAttribute("form") ExportRequest form, Model model, Locale locale) {
		ExportRequest shown = (form.format().isEmpty()) ? new ExportRequest("HSDS", locale.getLanguage(), form.q(),
				form.theme(), form.postcode(), form.commune(), form.bassin()) : form;
		model.addAttribute("form", shown);
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("textLanguages", LocalizedText.LANGUAGES);
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("total", this.directory.countServices());
		return "exchange/export";
	}

	@GetMapping("/staff/directory/export/download")
	String download(@ModelAttribute("form") ExportRequest form, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.of(form.format());
		String language = LocalizedText.LANGUAGES.contains(form.language()) ? form.language() : null;
		String postcodeError = null;
		List<UUID> ids = null;
		try {
			ids = this.export.select(form);
		}
		catch (UnknownPostcodeException ex) {
			postcodeError = "exchange.postcode.notBrussels";
		}
		catch (IllegalArgumentException ex) {
			postcodeError = "exchange.postcode.invalid";
		}
		if (format == null || language == null || postcodeError != null) {
			model.addAttribute("formatError", (format == null) ? "exchange.format.required" : null);
			model.addAttribute("postcodeError", postcodeError);
			page(form, model, locale);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "exchange/export";
		}
		send(format, language, ids, response);
		return null;
	}

	@GetMapping("/api/hsds/export")
	@ResponseBody
	@Operation(summary = "The directory, or the result of a search, as an HSDS 3.1 data package (zip), CSV or XLSX; "
			+ "needs a staff member's personal access token")
	void api(@ModelAttribute ExportRequest request, @RequestParam(required = false) String lang,
			Authentication authentication, HttpServletResponse response) throws IOException {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a personal access token is needed");
		}
		if (!user.has(Role.STAFF)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		ExportFormat format = request.format().isEmpty() ? ExportFormat.HSDS : ExportFormat.of(request.format());
		if (format == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is hsds, csv or xlsx");
		}
		String language = (lang == null || lang.isBlank()) ? "fr" : lang.strip();
		if (!LocalizedText.LANGUAGES.contains(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang is fr, nl or en");
		}
		List<UUID> ids;
		try {
			ids = this.export.select(request);
		}
		catch (UnknownPostcodeException ex) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
					"postcode " + request.postcode() + " is not a postcode of the Brussels-Capital Region");
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		send(format, language, ids, response);
	}

	private void send(ExportFormat format, String language, List<UUID> ids, HttpServletResponse response)
			throws IOException {
		String name = "maillage-directory-" + LocalDate.now(this.clock) + "-" + language + "." + format.extension();
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			this.export.write(format, language, ids, out);
		}
	}

}
