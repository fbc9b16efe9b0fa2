package brussels.maillage.system.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import brussels.maillage.system.NavigationItem;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Administrators download a backup of the database taken now, or one of the daily backups
 * kept on the server.
 */
@Controller
class BackupController {

	private static final Logger log = LoggerFactory.getLogger(BackupController.class);

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	@Bean
	static NavigationItem backupNavigation() {
		return new NavigationItem("nav.backup", "/admin/backup", 930, "ADMIN");
	}

	@GetMapping("/admin/backup")
	String page(Model model) {
		model.addAttribute("daily", this.backups.dailyEnabled());
		model.addAttribute("folder", this.backups.folder().toString());
		model.addAttribute("keepDays", this.backups.keepDays());
		model.addAttribute("kept", this.backups.kept());
		return "system/backup";
	}

	@PostMapping("/admin/backup/download")
	void download(HttpServletResponse response, java.security.Principal principal) throws IOException {
		String name = "maillage-backup-"
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").format(ZonedDateTime.now(ZoneId.of("Europe/Brussels")))
				+ ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var summary = this.backups.write(response.getOutputStream());
		log.info("Backup downloaded by {}: {} tables, {} rows", (principal != null) ? principal.getName() : "unknown",
				summary.tables(), summary.rows());
	}

	@GetMapping("/admin/backup/files/{name}")
	void kept(@PathVariable String name, HttpServletResponse response) throws IOException {
		Path file = this.backups.keptFile(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("application/zip");
		response.setContentLengthLong(Files.size(file));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Files.copy(file, response.getOutputStream());
	}

}
