package brussels.maillage.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

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

	private final EventFigures figures;

	FiguresController(EventFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/staff/events/figures")
	String page(@RequestParam(defaultValue = "kind") String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		String dimension = dimension(by);
		LocalDate first = day(from, LocalDate.now(EventMails.BRUSSELS).withDayOfYear(1));
		LocalDate last = day(to, first.plusYears(1).minusDays(1));
		List<FigureRow> rows = this.figures.figures(dimension, first, last, locale);
		model.addAttribute("by", dimension);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("dimensions", EventFigures.DIMENSIONS);
		model.addAttribute("rows", rows);
		model.addAttribute("headers", this.figures.headers(dimension, locale));
		model.addAttribute("cells", rows.stream().map((row) -> this.figures.texts(dimension, row, locale)).toList());
		return "events/figures";
	}

	@GetMapping("/staff/events/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "kind") String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		String dimension = dimension(by);
		LocalDate first = day(from, LocalDate.now(EventMails.BRUSSELS).withDayOfYear(1));
		LocalDate last = day(to, first.plusYears(1).minusDays(1));
		String csv = this.figures.csv(dimension, this.figures.figures(dimension, first, last, locale), locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("events-" + dimension + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/staff/events/figures.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "kind") String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		String dimension = dimension(by);
		LocalDate first = day(from, LocalDate.now(EventMails.BRUSSELS).withDayOfYear(1));
		LocalDate last = day(to, first.plusYears(1).minusDays(1));
		byte[] xlsx = this.figures.xlsx(dimension, this.figures.figures(dimension, first, last, locale), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("events-" + dimension + ".xlsx").build().toString())
			.body(xlsx);
	}

	private static String dimension(String by) {
		return EventFigures.DIMENSIONS.contains(by) ? by : "kind";
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
