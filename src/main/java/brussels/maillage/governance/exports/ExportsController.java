package brussels.maillage.governance.exports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * CSV and XLSX exports: a body's members (staff only, they hold names and addresses), the
 * meetings and the proposals of a year (public, no personal data).
 */
@Controller
class ExportsController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final GovernanceExports exports;

	private final BodiesService bodies;

	private final Clock clock;

	ExportsController(GovernanceExports exports, BodiesService bodies, Clock clock) {
		this.exports = exports;
		this.bodies = bodies;
		this.clock = clock;
	}

	@GetMapping("/staff/governance/bodies/{id}/members.{format:csv|xlsx}")
	ResponseEntity<byte[]> members(@PathVariable UUID id, @PathVariable String format,
			@RequestParam(required = false) Integer year, Locale locale) {
		Body body = this.bodies.body(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int chosen = year(year);
		return file(this.exports.members(body, chosen, locale), format,
				"membres-" + body.code() + "-" + chosen + "." + format);
	}

	@GetMapping("/gouvernance/reunions.{format:csv|xlsx}")
	ResponseEntity<byte[]> meetings(@PathVariable String format, @RequestParam(required = false) Integer year,
			Locale locale) {
		int chosen = year(year);
		return file(this.exports.meetings(chosen, locale), format, "reunions-" + chosen + "." + format);
	}

	@GetMapping("/gouvernance/propositions.{format:csv|xlsx}")
	ResponseEntity<byte[]> proposals(@PathVariable String format, @RequestParam(required = false) Integer year,
			Locale locale) {
		int chosen = year(year);
		return file(this.exports.proposals(chosen, locale), format, "propositions-" + chosen + "." + format);
	}

	private int year(Integer year) {
		if (year == null) {
			return LocalDate.now(this.clock).getYear();
		}
		if (year < 2000 || year > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return year;
	}

	private static ResponseEntity<byte[]> file(ExportTable table, String format, String fileName) {
		boolean csv = "csv".equals(format);
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(csv ? table.csv().getBytes(StandardCharsets.UTF_8) : table.xlsx());
	}

}
