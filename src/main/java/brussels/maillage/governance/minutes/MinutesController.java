package brussels.maillage.governance.minutes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Category;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A meeting's printed documents: the procès-verbal (public once the meeting is held:
 * counts by category, never a name), the signing sheet and the attendance list (staff).
 */
@Controller
class MinutesController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MinutesService minutes;

	private final MinutesDocuments documents;

	private final BodiesService bodies;

	MinutesController(MinutesService minutes, MinutesDocuments documents, BodiesService bodies) {
		this.minutes = minutes;
		this.documents = documents;
		this.bodies = bodies;
	}

	@GetMapping("/gouvernance/reunions/{id}/proces-verbal.pdf")
	ResponseEntity<byte[]> publicMinutes(@PathVariable UUID id, @RequestParam(required = false) String lang,
			Locale locale) {
		MeetingRecord record = record(id, language(lang, locale));
		if (!record.meeting().status().held()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return pdf(this.documents.minutes(record, base()), "proces-verbal-" + record.date() + ".pdf");
	}

	@GetMapping("/staff/governance/meetings/{id}/proces-verbal.pdf")
	ResponseEntity<byte[]> staffMinutes(@PathVariable UUID id, @RequestParam(required = false) String lang,
			Locale locale) {
		MeetingRecord record = record(id, language(lang, locale));
		return pdf(this.documents.minutes(record, base()), "proces-verbal-" + record.date() + ".pdf");
	}

	@GetMapping("/staff/governance/meetings/{id}/signing-sheet.pdf")
	ResponseEntity<byte[]> signingSheet(@PathVariable UUID id, Locale locale) {
		MeetingRecord record = record(id, language(null, locale));
		return pdf(this.documents.signingSheet(record, base()), "signatures-" + record.date() + ".pdf");
	}

	@GetMapping("/staff/governance/meetings/{id}/attendance.xlsx")
	ResponseEntity<byte[]> attendance(@PathVariable UUID id, Locale locale) {
		MeetingRecord record = record(id, language(null, locale));
		Map<String, String> names = new LinkedHashMap<>();
		for (Category category : this.bodies.participantCategories(record.body())) {
			names.put(category.code(), category.name().in(locale).text());
		}
		byte[] xlsx = this.documents.attendance(record, names, locale);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("presences-" + record.date() + ".xlsx").build().toString())
			.body(xlsx);
	}

	private MeetingRecord record(UUID id, String language) {
		return this.minutes.record(id, language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String language(String lang, Locale locale) {
		String wanted = (lang != null) ? lang : locale.getLanguage();
		return switch (wanted) {
			case "nl", "en" -> wanted;
			default -> "fr";
		};
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(pdf);
	}

}
