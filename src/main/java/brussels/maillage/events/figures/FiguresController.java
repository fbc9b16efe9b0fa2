package brussels.maillage.events.figures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff figures page and its CSV and XLSX exports. */
@Controller
class FiguresController {

	private final FigureService figures;

	private final FigureExports exports;

	private final Clock clock;

	FiguresController(FigureService figures, FigureExports exports, Clock clock) {
		this.clock = clock;
		this.figures = figures;
		this.exports = exports;
	}

	@GetMapping("/staff/events/figures")
	String page(@RequestParam(defaultValue = "kind") String by, @RequestParam(required = false) String then,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		FigureQuery query = query(by, then, status, from, to);
		List<FigureRow> rows = this.figures.figures(query, locale);
		model.addAttribute("query", query);
		model.addAttribute("by", query.by());
		model.addAttribute("from", query.from());
		model.addAttribute("to", query.to());
		// A day that cannot be read is shown again as typed, with a message; the figures
		// use the default period meanwhile.
		model.addAttribute("fromTyped", unreadable(from) ? from : null);
		model.addAttribute("toTyped", unreadable(to) ? to : null);
		model.addAttribute("dimensions", FigureService.DIMENSIONS);
		model.addAttribute("statuses", List.of(EventStatus.PUBLISHED, EventStatus.CANCELLED));
		model.addAttribute("rows", rows);
		model.addAttribute("headers", this.figures.headers(query, locale));
		model.addAttribute("cells", rows.stream().map((row) -> this.figures.texts(query, row, locale)).toList());
		model.addAttribute("numbers", rows.stream().map(FigureService::numbers).toList());
		return "events/figures";
	}

	@GetMapping("/staff/events/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "kind") String by,
			@RequestParam(required = false) String then, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		FigureQuery query = query(by, then, status, from, to);
		String csv = this.exports.csv(query, this.figures.figures(query, locale), locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(fileName(query) + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/staff/events/figures.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "kind") String by,
			@RequestParam(required = false) String then, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		FigureQuery query = query(by, then, status, from, to);
		byte[] xlsx = this.exports.xlsx(query, this.figures.figures(query, locale), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(fileName(query) + ".xlsx").build().toString())
			.body(xlsx);
	}

	private FigureQuery query(String by, String then, String status, String from, String to) {
		LocalDate first = day(from,
				LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE).withDayOfYear(1));
		LocalDate last = day(to, first.plusYears(1).minusDays(1));
		EventStatus wanted = "PUBLISHED".equals(status) ? EventStatus.PUBLISHED
				: "CANCELLED".equals(status) ? EventStatus.CANCELLED : null;
		return new FigureQuery(by, then, wanted, first, last);
	}

	private static String fileName(FigureQuery query) {
		return "events-" + query.by() + (query.crossed() ? "-" + query.then() : "");
	}

	private static boolean unreadable(String value) {
		return value != null && !value.isBlank() && day(value, null) == null;
	}

	private static LocalDate day(String value, LocalDate otherwise) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : otherwise;
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

}
